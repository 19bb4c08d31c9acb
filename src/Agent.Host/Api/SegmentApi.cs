using System.Text.Json;
using SegmentAI.Host.Api.Resources;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Estimation;
using SegmentAI.Skills.Exports;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Members;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Host.Api;

/// <summary>
/// The saved-segment REST API under <c>/api/segments</c>: list, get, create from a definition, update, delete,
/// explain, member keys and the trace of the conversation that built a segment. Every request is scoped to the
/// caller's tenant (another tenant's segments do not exist for it) and checked against the caller's role.
/// </summary>
internal static class SegmentApi
{
    private const string Tag = "Segments";

    public static IEndpointRouteBuilder MapSegmentApi(this IEndpointRouteBuilder app)
    {
        var segments = app.MapGroup("/api/segments").WithTags(Tag).AddEndpointFilter<ApiCallerFilter>();

        segments.MapGet("", ListAsync)
            .Require(TenantPermission.View).WithName("ListSegments")
            .WithSummary("List the tenant's saved segments")
            .WithDescription("The segments of the caller's tenant, most recently changed first.")
            .Produces<SegmentListResource>().CallerProblems();
        segments.MapGet("/{id}", GetAsync)
            .Require(TenantPermission.View).WithName("GetSegment")
            .WithSummary("Get a saved segment")
            .Produces<SegmentResource>().CallerProblems().ProducesProblem(StatusCodes.Status404NotFound);
        segments.MapPost("", CreateAsync)
            .Require(TenantPermission.Create).WithName("CreateSegment")
            .WithSummary("Save a segment from a definition")
            .WithDescription("Validates the definition against the tenant's catalog and saves it under a name not yet used in the tenant.")
            .WithMetadata(new JsonRequestBody(typeof(CreateSegmentBody)))
            .Produces<SegmentResource>(StatusCodes.Status201Created).CallerProblems()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        segments.MapPatch("/{id}", UpdateAsync)
            .Require(TenantPermission.Edit).WithName("UpdateSegment")
            .WithSummary("Rename a segment and/or replace its definition")
            .WithDescription("Each change adds a version; a rename and a new definition in one request add two.")
            .WithMetadata(new JsonRequestBody(typeof(UpdateSegmentBody)))
            .Produces<SegmentResource>().CallerProblems().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        segments.MapDelete("/{id}", DeleteAsync)
            .Require(TenantPermission.Delete).WithName("DeleteSegment")
            .WithSummary("Delete a segment")
            .WithDescription("Soft delete: the segment disappears and its name is free again; its versions stay in the history.")
            .Produces(StatusCodes.Status204NoContent).CallerProblems().ProducesProblem(StatusCodes.Status404NotFound);
        segments.MapGet("/{id}/explain", ExplainAsync)
            .Require(TenantPermission.View).WithName("ExplainSegment")
            .WithSummary("Explain a segment: plain English, SQL and size")
            .Produces<SegmentExplanationResource>().CallerProblems().ProducesProblem(StatusCodes.Status404NotFound);
        segments.MapGet("/{id}/members", MembersAsync)
            .Require(TenantPermission.View).WithName("ListSegmentMembers")
            .WithSummary("Page through a segment's member keys")
            .WithDescription($"Entity keys only, in key order; limit is 1 to {SegmentMembers.MaxPageSize} (default {SegmentMembers.DefaultPageSize}); pass next_cursor as cursor for the next page.")
            .Produces<MemberPageResource>().CallerProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        segments.MapGet("/{id}/members.csv", MembersCsvAsync)
            .Require(TenantPermission.View).WithName("ExportSegmentMembers")
            .WithSummary("Download a segment's member keys as CSV")
            .WithDescription("Every member's entity key, one per line under a header naming the key column, in key order; never any other column.")
            .Produces(StatusCodes.Status200OK, contentType: MemberCsv.MediaType).CallerProblems().ProducesProblem(StatusCodes.Status404NotFound);
        segments.MapPost("/{id}/deliveries", DeliverAsync)
            .Require(TenantPermission.Create).WithName("DeliverSegment")
            .WithSummary("Send a segment's member keys to one of the tenant's webhook destinations")
            .WithDescription("Body {\"destination\": \"crm\"}: a destination listed under destinations: in tenant.yaml. The keys go as signed JSON POSTs, retried with back-off; 200 says how many keys went in how many parts, 502 why the receiver did not take them.")
            .Produces<SegmentDeliveryResource>().CallerProblems().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status502BadGateway);
        segments.MapGet("/{id}/trace", TraceAsync)
            .Require(TenantPermission.View).WithName("TraceSegment")
            .WithSummary("Why the segment was built this way")
            .WithDescription("The recorded turns of the conversation that saved the segment: what was asked, which skill answered, the facets retrieval offered, the values inferred and each step's trace.")
            .Produces<SegmentTraceResource>().CallerProblems().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static RouteHandlerBuilder Require(this RouteHandlerBuilder endpoint, TenantPermission permission) =>
        endpoint.WithMetadata(new RequiredPermission(permission));

    private static RouteHandlerBuilder CallerProblems(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static Task<IResult> ListAsync(HttpContext context, ISegmentLibrary store, PermissionChecker permissions, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            var caller = ApiCaller.From(context);
            var saved = await caller.Segments(store, permissions).ListAsync(caller.Tenant.Id, cancellationToken).ConfigureAwait(false);
            return Results.Ok(new SegmentListResource(caller.Tenant.Id, saved.Select(SegmentResource.From).ToList()));
        });

    private static Task<IResult> GetAsync(string id, HttpContext context, ISegmentLibrary store, PermissionChecker permissions, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            var caller = ApiCaller.From(context);
            return await caller.Segments(store, permissions).GetAsync(caller.Tenant.Id, id, cancellationToken).ConfigureAwait(false) is { } segment
                ? Results.Ok(SegmentResource.From(segment))
                : ApiProblems.UnknownSegment(id);
        });

    private static async Task<IResult> CreateAsync(HttpContext context, ISegmentLibrary store, PermissionChecker permissions, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        var (body, invalid) = await ApiJson.ReadObjectAsync(context.Request, "Invalid segment", optional: false, cancellationToken).ConfigureAwait(false);
        if (invalid is not null)
        {
            return invalid;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!body.TryGetProperty("name", out var nameElement) || nameElement.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(nameElement.GetString()))
        {
            errors["name"] = ["name is required: the name to save the segment under, unique within the tenant"];
        }

        if (!body.TryGetProperty("definition", out var definitionElement) || definitionElement.ValueKind != JsonValueKind.Object)
        {
            errors["definition"] = ["definition is required: a segment definition object (schemas/segment-definition.schema.json)"];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Invalid segment", detail: "Send {\"name\": ..., \"definition\": {...}}.");
        }

        if (ValidName(nameElement.GetString()!, out var name) is { } badName)
        {
            return badName;
        }

        if (Definition(definitionElement, caller.Tenant, out var definition) is { } badDefinition)
        {
            return badDefinition;
        }

        return await GuardAsync(async () =>
        {
            var saved = await caller.Segments(store, permissions).SaveAsync(caller.Tenant.Id, caller.UserId, name, definition, cancellationToken: cancellationToken).ConfigureAwait(false);
            return Results.Created($"/api/segments/{Uri.EscapeDataString(saved.Id)}", SegmentResource.From(saved));
        }).ConfigureAwait(false);
    }

    private static async Task<IResult> UpdateAsync(string id, HttpContext context, ISegmentLibrary store, PermissionChecker permissions, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        var (body, invalid) = await ApiJson.ReadObjectAsync(context.Request, "Invalid segment update", optional: false, cancellationToken).ConfigureAwait(false);
        if (invalid is not null)
        {
            return invalid;
        }

        var hasName = body.TryGetProperty("name", out var nameElement) && nameElement.ValueKind != JsonValueKind.Null;
        var hasDefinition = body.TryGetProperty("definition", out var definitionElement) && definitionElement.ValueKind != JsonValueKind.Null;
        if (!hasName && !hasDefinition)
        {
            return ApiProblems.Invalid("Invalid segment update", "$", "send \"name\" to rename the segment, \"definition\" to replace its definition, or both");
        }

        string? name = null;
        if (hasName && (nameElement.ValueKind != JsonValueKind.String
            ? ApiProblems.Invalid("Invalid segment update", "name", "name must be a string")
            : ValidName(nameElement.GetString()!, out name)) is { } badName)
        {
            return badName;
        }

        SegmentDefinition? definition = null;
        if (hasDefinition && (definitionElement.ValueKind != JsonValueKind.Object
            ? ApiProblems.Invalid("Invalid segment definition", "definition", "definition must be a segment definition object")
            : Definition(definitionElement, caller.Tenant, out definition)) is { } badDefinition)
        {
            return badDefinition;
        }

        var library = caller.Segments(store, permissions);
        return await GuardAsync(async () =>
        {
            if (await library.GetAsync(caller.Tenant.Id, id, cancellationToken).ConfigureAwait(false) is not { } segment)
            {
                return ApiProblems.UnknownSegment(id);
            }

            // The rename can conflict, so it goes first: a refused name leaves the definition untouched too.
            if (name is not null && !string.Equals(name, segment.Name, StringComparison.Ordinal))
            {
                segment = await library.RenameAsync(caller.Tenant.Id, id, name, caller.UserId, cancellationToken).ConfigureAwait(false);
            }

            if (definition is not null)
            {
                segment = await library.UpdateAsync(caller.Tenant.Id, id, definition, caller.UserId, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            return Results.Ok(SegmentResource.From(segment));
        }).ConfigureAwait(false);
    }

    private static Task<IResult> DeleteAsync(string id, HttpContext context, ISegmentLibrary store, PermissionChecker permissions, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            var caller = ApiCaller.From(context);
            return await caller.Segments(store, permissions).DeleteAsync(caller.Tenant.Id, id, caller.UserId, cancellationToken).ConfigureAwait(false)
                ? Results.NoContent()
                : ApiProblems.UnknownSegment(id);
        });

    private static Task<IResult> ExplainAsync(
        string id, HttpContext context, ISegmentLibrary store, PermissionChecker permissions, SegmentRunner runner, SizeEstimator estimator, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            var caller = ApiCaller.From(context);
            if (await caller.Segments(store, permissions).GetAsync(caller.Tenant.Id, id, cancellationToken).ConfigureAwait(false) is not { } segment)
            {
                return ApiProblems.UnknownSegment(id);
            }

            var (compiled, warehouse, _) = await runner.PrepareAsync(segment.Definition, caller.Tenant, cancellationToken: cancellationToken).ConfigureAwait(false);
            var estimate = await estimator.EstimateAsync(compiled, caller.Tenant, warehouse, cancellationToken: cancellationToken).ConfigureAwait(false);
            var card = SegmentCardBuilder.Build(segment.Id, compiled, caller.Tenant, estimate, [], saved: true);
            return Results.Ok(new SegmentExplanationResource(
                segment.Id,
                segment.Name,
                segment.Version,
                compiled.Definition.AsOf!.Value,
                SegmentExplainer.Explain(card, caller.Tenant.Config.Entity.Noun),
                compiled.Description,
                compiled.Logic,
                compiled.DisplaySql,
                estimate.Size,
                estimate.Population,
                card.Conditions,
                card.Assumptions,
                SegmentOriginResource.From(segment.Origin),
                segment.Origin is null ? null : $"/api/segments/{Uri.EscapeDataString(segment.Id)}/trace"));
        });

    private static Task<IResult> MembersAsync(
        string id, int? limit, string? cursor, HttpContext context, ISegmentLibrary store, PermissionChecker permissions, SegmentRunner runner, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            var size = limit ?? SegmentMembers.DefaultPageSize;
            if (size is < 1 or > SegmentMembers.MaxPageSize)
            {
                return ApiProblems.Invalid("Invalid page", "limit", $"limit must be between 1 and {SegmentMembers.MaxPageSize}; it was {size}");
            }

            var caller = ApiCaller.From(context);
            if (await caller.Segments(store, permissions).GetAsync(caller.Tenant.Id, id, cancellationToken).ConfigureAwait(false) is not { } segment)
            {
                return ApiProblems.UnknownSegment(id);
            }

            var (compiled, warehouse, _) = await runner.PrepareAsync(segment.Definition, caller.Tenant, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                var page = await SegmentMembers.ReadPageAsync(compiled, warehouse, string.IsNullOrEmpty(cursor) ? null : cursor, size, cancellationToken).ConfigureAwait(false);
                return Results.Ok(new MemberPageResource(segment.Id, page.Keys, page.Total, size, page.NextCursor));
            }
            catch (FormatException ex)
            {
                return ApiProblems.Invalid("Invalid page", "cursor", ex.Message);
            }
        });

    private static Task<IResult> MembersCsvAsync(
        string id, HttpContext context, ISegmentLibrary store, PermissionChecker permissions, SegmentRunner runner, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            var caller = ApiCaller.From(context);
            if (await caller.Segments(store, permissions).GetAsync(caller.Tenant.Id, id, cancellationToken).ConfigureAwait(false) is not { } segment)
            {
                return ApiProblems.UnknownSegment(id);
            }

            // Compiling and opening the warehouse first turns its problems into a problem response, not a cut-off file.
            var run = await runner.PrepareAsync(segment.Definition, caller.Tenant, cancellationToken: cancellationToken).ConfigureAwait(false);
            return Results.Stream(
                output => MemberCsv.WriteAsync(output, run.Compiled.KeyColumn, SegmentMembers.ReadAllAsync(run.Compiled, run.Warehouse, cancellationToken), cancellationToken),
                MemberCsv.MediaType + "; charset=utf-8",
                MemberCsv.FileName(segment.Name));
        });

    private static async Task<IResult> DeliverAsync(
        string id, HttpContext context, ISegmentLibrary store, PermissionChecker permissions, SegmentRunner runner, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var (body, invalid) = await ApiJson.ReadObjectAsync(context.Request, "Invalid delivery", optional: false, cancellationToken).ConfigureAwait(false);
        if (invalid is not null)
        {
            return invalid;
        }

        var caller = ApiCaller.From(context);
        var destinations = caller.Tenant.Config.Destinations;
        if (!body.TryGetProperty("destination", out var named) || named.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(named.GetString()))
        {
            return ApiProblems.Invalid("Invalid delivery", "destination",
                destinations.Count == 0
                    ? "destination is required, and this tenant has none yet: an admin adds them under destinations: in tenant.yaml"
                    : $"destination is required: one of {string.Join(", ", destinations.Select(d => d.Id))}");
        }

        return await GuardAsync(async () =>
        {
            if (await caller.Segments(store, permissions).GetAsync(caller.Tenant.Id, id, cancellationToken).ConfigureAwait(false) is not { } segment)
            {
                return ApiProblems.UnknownSegment(id);
            }

            var wanted = named.GetString()!.Trim();
            if (destinations.FirstOrDefault(d => string.Equals(d.Id, wanted, StringComparison.OrdinalIgnoreCase)) is not { } destination)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown destination",
                    detail: destinations.Count == 0
                        ? $"Tenant {caller.Tenant.Id} has no destinations; an admin adds them under destinations: in tenant.yaml."
                        : $"Tenant {caller.Tenant.Id} has no destination '{wanted}'; it has {string.Join(", ", destinations.Select(d => d.Id))}.");
            }

            var run = await runner.PrepareAsync(segment.Definition, caller.Tenant, cancellationToken: cancellationToken).ConfigureAwait(false);
            var result = await delivery.SendAsync(destination, run, segment.Id, segment.Name, cancellationToken).ConfigureAwait(false);
            return result.Delivered
                ? Results.Ok(new SegmentDeliveryResource(segment.Id, destination.Id, result.Keys, result.Parts, result.Attempts, run.AsOf))
                : Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Delivery failed",
                    detail: $"The segment was not delivered to {destination.Id}: {result.Problem}.");
        }).ConfigureAwait(false);
    }

    private static Task<IResult> TraceAsync(string id, HttpContext context, ISegmentLibrary store, PermissionChecker permissions, IInteractionLog log, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            var caller = ApiCaller.From(context);
            if (await caller.Segments(store, permissions).GetAsync(caller.Tenant.Id, id, cancellationToken).ConfigureAwait(false) is not { } segment)
            {
                return ApiProblems.UnknownSegment(id);
            }

            if (segment.Origin is not { } origin)
            {
                return Results.Ok(new SegmentTraceResource(segment.Id, segment.Name, null, [],
                    "This segment was saved through the REST API, not in a conversation, so no turns built it; its definition is all there is."));
            }

            var turns = (await log.SessionAsync(caller.Tenant.Id, origin.SessionId, cancellationToken).ConfigureAwait(false))
                .Where(t => t.Turn <= origin.Turn)
                .Select(TraceTurnResource.From)
                .ToList();
            var note = turns.Count == 0
                ? "The conversation that saved this segment is no longer in long-term memory (or its log could not be written at the time)."
                : null;
            return Results.Ok(new SegmentTraceResource(segment.Id, segment.Name, SegmentOriginResource.From(origin), turns, note));
        });

    // Store and warehouse outages and library refusals read the same on every endpoint.
    private static async Task<IResult> GuardAsync(Func<Task<IResult>> handle)
    {
        try
        {
            return await handle().ConfigureAwait(false);
        }
        catch (MemoryUnavailableException ex)
        {
            return ApiProblems.MemoryUnavailable(ex.Store);
        }
        catch (MemoryStoreException ex)
        {
            return ApiProblems.MemoryFailed(ex.Store);
        }
        catch (WarehouseUnavailableException ex)
        {
            return ApiProblems.WarehouseUnavailable(ex.Message);
        }
        catch (SegmentValidationException ex)
        {
            // A saved definition the catalog no longer accepts (a facet was removed since it was saved).
            return ApiProblems.InvalidDefinition(ex.Issues, "definition");
        }
        catch (SegmentLibraryException ex)
        {
            return ex.Failure switch
            {
                SegmentLibraryFailure.NameTaken => ApiProblems.NameConflict(ex.Message),
                SegmentLibraryFailure.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown segment", detail: ex.Message),
                SegmentLibraryFailure.Forbidden => ApiProblems.Forbidden(ex.Message),
                _ => ApiProblems.Invalid("Invalid segment", "name", ex.Message),
            };
        }
    }

    private static IResult? ValidName(string raw, out string name)
    {
        try
        {
            name = SegmentNameRules.Clean(raw);
            return null;
        }
        catch (SegmentLibraryException ex)
        {
            name = "";
            return ApiProblems.Invalid("Invalid segment", "name", ex.Message);
        }
    }

    private static IResult? Definition(JsonElement element, Tenant tenant, out SegmentDefinition definition)
    {
        definition = null!;
        try
        {
            var parsed = SegmentJson.Parse(element.GetRawText());
            if (parsed.Tenant is { } named && !string.Equals(named, tenant.Id, StringComparison.Ordinal))
            {
                return ApiProblems.Invalid("Invalid segment definition", "definition.tenant",
                    $"the definition is for tenant '{named}', but you are calling as a user of '{tenant.Id}'; set it to '{tenant.Id}' or leave it out");
            }

            definition = SegmentValidator.Validate(parsed with { Tenant = tenant.Id }, tenant);
            return null;
        }
        catch (SegmentValidationException ex)
        {
            return ApiProblems.InvalidDefinition(ex.Issues, "definition");
        }
    }
}
