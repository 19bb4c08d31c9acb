using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SegmentAI.Host.Api.Resources;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Importing;

namespace SegmentAI.Host.Api;

/// <summary>
/// <c>POST /api/tenants/{tenant}/events</c>: a tenant admin uploads an event export (CSV or JSON lines), which is
/// streamed through the tenant's <c>event_sources:</c> mapping into its event table in one transaction. Admin only:
/// the caller's role must hold <c>manage_users</c>, the permission of a tenant's administrators.
/// </summary>
internal static class EventImportApi
{
    private const string Tag = "Events";
    private const string RejectedTitle = "Events file rejected";

    /// <summary>The content types the endpoint reads, and the format each means.</summary>
    private static readonly Dictionary<string, EventFileFormat> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/csv"] = EventFileFormat.Csv,
        ["application/x-ndjson"] = EventFileFormat.JsonLines,
        ["application/jsonl"] = EventFileFormat.JsonLines,
        ["application/x-jsonlines"] = EventFileFormat.JsonLines,
    };

    public static IEndpointRouteBuilder MapEventImportApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/tenants/{tenantId}/events", ImportAsync)
            .AddEndpointFilter<ApiCallerFilter>()
            .WithMetadata(new RequiredPermission(TenantPermission.ManageUsers))
            .WithTags(Tag).WithName("ImportEvents")
            .WithSummary("Import an event export (CSV or JSON lines) into the tenant's event table")
            .WithDescription("Tenant admins only. The body is the file, sent as text/csv (with a header row) or application/x-ndjson (one JSON object per line), read through the event source named by ?source= (the tenant's only one when omitted). Bad rows are counted and reported by line; when their share is above the source's max_bad_row_share the file is rejected whole (422, nothing written). The same content is imported once: a repeat answers 200 with already_imported true and writes nothing.")
            .WithMetadata(new FileRequestBody([.. MediaTypes.Keys]))
            .Produces<EventImportResource>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<IResult> ImportAsync(
        string tenantId, string? source, HttpContext context, RepositoryLayout layout, IOptions<ApiOptions> options, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (!string.Equals(tenantId, caller.Tenant.Id, StringComparison.Ordinal))
        {
            return ApiProblems.Forbidden($"You are a user of tenant '{caller.Tenant.Id}' and can import events only into it, not into '{tenantId}'.");
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !MediaTypes.TryGetValue(mediaType.MediaType.Value ?? "", out var format))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unsupported content type",
                detail: $"Send the events file as text/csv (with a header row) or application/x-ndjson (one JSON object per line); the request said '{context.Request.ContentType ?? "nothing"}'.");
        }

        EventImportRequest request;
        Warehouse warehouse;
        try
        {
            request = EventImportRequest.For(caller.Tenant, source, format, FileName(context.Request));
            warehouse = Warehouse.For(caller.Tenant, layout.Root);
        }
        catch (EventImportException ex)
        {
            return ApiProblems.Invalid("Invalid import", "source", ex.Message);
        }
        catch (WarehouseUnavailableException ex)
        {
            return Unavailable(ex.Message);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.Value.MaxEventUploadBytes;
        }

        try
        {
            var report = await new EventImporter(context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System)
                .ImportAsync(warehouse, request, context.Request.Body, context.Request.ContentLength, progress: null, cancellationToken).ConfigureAwait(false);
            var resource = EventImportResource.From(caller.Tenant.Id, report);
            return report.Outcome == EventImportOutcome.Rejected
                ? Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: RejectedTitle,
                    detail: $"{report.Summary}. Fix the rows listed in report.bad_row_reasons and send the file again.",
                    extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["report"] = resource })
                : Results.Ok(resource);
        }
        catch (EventImportException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: RejectedTitle, detail: $"{ex.Message}; nothing was written.");
        }
        catch (BadHttpRequestException ex)
        {
            return Results.Problem(statusCode: ex.StatusCode, title: "Request body not read",
                detail: ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? $"This endpoint takes event files of at most {options.Value.MaxEventUploadBytes:N0} bytes; nothing was written. Split the file and send the parts."
                    : "The request body could not be read completely, so nothing was written. Send the file again.");
        }
        catch (WarehouseUnavailableException ex)
        {
            // The message names the warehouse's location, not secrets; the driver's words stay in the log.
            loggers.CreateLogger(typeof(EventImportApi)).LogWarning(ex, "Event import for tenant {Tenant} could not open the warehouse", caller.Tenant.Id);
            return Unavailable("it is in use or cannot be opened for writing");
        }
    }

    private static IResult Unavailable(string reason) =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Warehouse unavailable",
            detail: $"The tenant's warehouse cannot take the import: {reason}. Nothing was written; try again in a moment.");

    private static string? FileName(HttpRequest request) =>
        ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition)
            ? (disposition.FileNameStar.Value ?? disposition.FileName.Value)?.Trim('"')
            : null;
}
