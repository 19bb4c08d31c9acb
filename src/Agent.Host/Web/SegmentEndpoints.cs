using System.Text.Json;
using SegmentAI.Host.Api;
using SegmentAI.Skills.Estimation;
using SegmentAI.Skills.Segments;
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
            .WithDescription("The body is a segment definition of the caller's tenant (identified like every API call); answers the SQL, the estimated size and a few member keys.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<IResult> EstimateAsync(
        HttpContext context,
        IApiCallerResolver callers,
        SegmentRunner runner,
        SizeEstimator estimator,
        CancellationToken cancellationToken)
    {
        // Sizes and member keys are tenant data: only a caller of the definition's tenant may ask for them.
        var resolution = await callers.ResolveAsync(context, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!resolution.Admitted)
        {
            return resolution.Problem;
        }

        var tenant = resolution.Caller.Tenant;
        var (body, tooLarge) = await RequestBody.ReadTextAsync(context.Request, RequestBody.Limit(context), cancellationToken).ConfigureAwait(false);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        SegmentDefinition definition;
        try
        {
            definition = SegmentJson.Parse(body!);
        }
        catch (SegmentValidationException ex)
        {
            return Invalid(ex);
        }

        if (definition.Tenant is { } named && !string.Equals(named, tenant.Id, StringComparison.Ordinal))
        {
            return ApiProblems.Forbidden($"You are calling as a user of '{tenant.Id}', so you can only estimate its segments; the definition is for '{named}'.");
        }

        definition = definition with { Tenant = tenant.Id };
        try
        {
            // A definition that cannot be valid is the caller's mistake, whatever state the warehouse is in.
            SegmentValidator.Validate(definition, tenant);
            var (compiled, warehouse, asOf) = await runner.PrepareAsync(definition, tenant, cancellationToken: cancellationToken).ConfigureAwait(false);
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
