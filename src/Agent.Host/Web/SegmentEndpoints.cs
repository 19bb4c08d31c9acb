using System.Text.Json;
using SegmentAI.Skills.Estimation;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Host.Web;

/// <summary>Segment estimation over HTTP: the same compiler and estimator as the command line.</summary>
internal static class SegmentEndpoints
{
    public static IEndpointRouteBuilder MapSegmentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/segments/estimate", EstimateAsync)
            .WithName("EstimateSegment").WithTags("Segments")
            .WithSummary("Compile and size a segment definition without saving it")
            .WithDescription("The body is a segment definition with its tenant; answers the SQL, the estimated size and a few member keys.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<IResult> EstimateAsync(
        HttpRequest request,
        TenantDirectory tenants,
        RepositoryLayout layout,
        SizeEstimator estimator,
        CancellationToken cancellationToken)
    {
        SegmentDefinition definition;
        try
        {
            using var body = new StreamReader(request.Body);
            definition = SegmentJson.Parse(await body.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (SegmentValidationException ex)
        {
            return Invalid(ex);
        }

        if (definition.Tenant is null || tenants.Find(definition.Tenant) is not { } tenant)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown tenant",
                detail: $"Set \"tenant\" in the definition to one of: {string.Join(", ", tenants.Tenants.Select(t => t.Id))}.");
        }

        try
        {
            // A definition that cannot be valid is the caller's mistake, whatever state the warehouse is in.
            SegmentValidator.Validate(definition, tenant);
            var warehouse = Warehouse.For(tenant, layout.Root);
            var asOf = definition.AsOf
                ?? (await WarehouseMetadata.ReadAsync(warehouse, cancellationToken).ConfigureAwait(false))?.AsOf
                ?? DateOnly.FromDateTime(DateTime.Today);
            var compiled = SegmentCompiler.Compile(definition, tenant, warehouse.Dialect, asOf);
            var estimate = await estimator.EstimateAsync(compiled, tenant, warehouse, cancellationToken: cancellationToken).ConfigureAwait(false);
            return Results.Text(JsonSerializer.Serialize(new
            {
                tenant = tenant.Id,
                as_of = asOf,
                logic = compiled.Logic,
                description = compiled.Description,
                estimated_size = estimate.Size,
                total_population = estimate.Population,
                sample_keys = estimate.SampleKeys,
                assumptions = compiled.Assumptions,
                warning = estimate.LimitWarning,
                sql = compiled.DisplaySql,
                definition = compiled.Definition,
            }, SegmentJson.Options), "application/json");
        }
        catch (SegmentValidationException ex)
        {
            return Invalid(ex);
        }
        catch (WarehouseUnavailableException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Warehouse unavailable", detail: ex.Message);
        }
    }

    private static IResult Invalid(SegmentValidationException ex) =>
        Results.ValidationProblem(
            ex.Issues.GroupBy(i => i.Path).ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToArray()),
            title: "Invalid segment definition");
}
