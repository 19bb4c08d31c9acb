using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SegmentAI.Host.Api.Resources;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Promotion;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Api;

/// <summary>
/// The skill promotion REST API under <c>/api/skills</c>: live versions, the promotion history, activation (only
/// through a passed eval gate for versions with <c>eval_gate: true</c>), rollback, and the shadow-replay review
/// queue. Changes need the <c>promote_skills</c> permission; review items and tenant pins are the caller's tenant's.
/// </summary>
internal static class SkillApi
{
    private const string Tag = "Skills";
    private const string TenantScope = "tenant";

    public static IEndpointRouteBuilder MapSkillApi(this IEndpointRouteBuilder app)
    {
        var skills = app.MapGroup("/api/skills").WithTags(Tag).AddEndpointFilter<ApiCallerFilter>();

        skills.MapGet("", List)
            .Require(TenantPermission.View).WithName("ListSkills")
            .WithSummary("List skills with their live and available versions")
            .WithDescription("For each skill: the global active version, the caller's tenant's pin, the version the tenant gets, and every loaded version with eval_gate and min_accuracy.")
            .Produces<SkillListResource>().CallerProblems();
        skills.MapGet("/{id}/history", HistoryAsync)
            .Require(TenantPermission.PromoteSkills).WithName("GetSkillHistory")
            .WithSummary("The promotions, rejections and rollbacks of a skill")
            .WithDescription("Global decisions and the caller's tenant's own, newest first.")
            .Produces<SkillHistoryResource>().CallerProblems().ProducesProblem(StatusCodes.Status404NotFound);
        skills.MapPost("/{id}/activate", ActivateAsync)
            .Require(TenantPermission.PromoteSkills).WithName("ActivateSkillVersion")
            .WithSummary("Make a version of a skill live, globally or for the caller's tenant")
            .WithDescription("A version with eval_gate: true goes live only with a gate_approval naming (by gate_id or eval_run_id) a passed gate result the eval gate stored for that skill and version (422 otherwise: an approval without a stored result is refused); other versions need the eval_run_id the decision rests on. The decision is recorded in the history.")
            .WithMetadata(new JsonRequestBody(typeof(ActivateSkillBody)))
            .Produces<SkillDecisionResource>().CallerProblems().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        skills.MapPost("/{id}/rollback", RollbackAsync)
            .Require(TenantPermission.PromoteSkills).WithName("RollbackSkillVersion")
            .WithSummary("Make the version live before the current one live again")
            .WithDescription("Goes back to the version the history shows was live before the current one (for a tenant pin the history added, removes the pin). No gate is needed: that version was live before.")
            .WithMetadata(new JsonRequestBody(typeof(RollbackSkillBody)))
            .Produces<SkillDecisionResource>().CallerProblems().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        skills.MapGet("/{id}/reviews", ReviewsAsync)
            .Require(TenantPermission.PromoteSkills).WithName("ListSkillReviews")
            .WithSummary("Pending shadow-replay review items of a skill")
            .WithDescription("Production queries of the caller's tenant where a candidate version answered differently from the active one, oldest first; ?candidate=<version> narrows to one candidate.")
            .Produces<ReviewListResource>().CallerProblems().ProducesProblem(StatusCodes.Status404NotFound);
        skills.MapPost("/{id}/reviews/{itemId}/approve", (string id, string itemId, HttpContext context, IShadowReviewQueue queue, CancellationToken cancellationToken) =>
                ReviewAsync(id, itemId, approved: true, context, queue, cancellationToken))
            .Require(TenantPermission.PromoteSkills).WithName("ApproveSkillReview")
            .WithSummary("Accept the candidate's reply of a pending review item")
            .WithMetadata(new JsonRequestBody(typeof(ReviewVerdictBody)))
            .Produces<ReviewItemResource>().CallerProblems().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        skills.MapPost("/{id}/reviews/{itemId}/reject", (string id, string itemId, HttpContext context, IShadowReviewQueue queue, CancellationToken cancellationToken) =>
                ReviewAsync(id, itemId, approved: false, context, queue, cancellationToken))
            .Require(TenantPermission.PromoteSkills).WithName("RejectSkillReview")
            .WithSummary("Reject the candidate's reply of a pending review item")
            .WithMetadata(new JsonRequestBody(typeof(ReviewVerdictBody)))
            .Produces<ReviewItemResource>().CallerProblems().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static RouteHandlerBuilder Require(this RouteHandlerBuilder endpoint, TenantPermission permission) =>
        endpoint.WithMetadata(new RequiredPermission(permission));

    private static RouteHandlerBuilder CallerProblems(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static IResult List(HttpContext context, SkillRegistry registry)
    {
        var tenant = ApiCaller.From(context).Tenant.Config;
        var library = registry.Library;
        var versions = registry.Versions;
        var ids = library.SkillIds.Concat(versions.SkillIds).Concat(library.Failures.Select(f => f.SkillId)).Distinct().Order(StringComparer.Ordinal);
        var skills = ids.Select(id =>
        {
            var pin = versions.PinnedVersion(id, tenant.Id);
            var own = tenant.SkillOverrides.GetValueOrDefault(id)?.Version;
            var active = versions.ActiveVersion(id);
            return new SkillSummaryResource(
                id,
                active,
                pin,
                own,
                own ?? pin ?? active,
                library.Versions(id).Select(SkillVersionResource.From).ToList(),
                library.Failures.Where(f => f.SkillId == id).Select(f => f.Version).ToList());
        }).ToList();
        return Results.Ok(new SkillListResource(tenant.Id, skills));
    }

    private static Task<IResult> HistoryAsync(string id, HttpContext context, SkillRegistry registry, ISkillPromotionLog log, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            if (UnknownSkill(id, registry) is { } unknown)
            {
                return unknown;
            }

            var history = await log.HistoryAsync(id, ApiCaller.From(context).Tenant.Id, cancellationToken).ConfigureAwait(false);
            return Results.Ok(new SkillHistoryResource(id, history.Select(SkillDecisionResource.From).ToList()));
        });

    private static async Task<IResult> ActivateAsync(string id, HttpContext context, SkillActivation activation, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        const string Title = "Invalid activation";
        var (body, invalid) = await ApiJson.ReadObjectAsync(context.Request, Title, optional: false, cancellationToken).ConfigureAwait(false);
        if (invalid is not null)
        {
            return invalid;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var version = ApiJson.OptionalString(body, "version", errors);
        if (version is null && !errors.ContainsKey("version"))
        {
            errors["version"] = ["version is required: the version to make live, e.g. \"1.1.0\" (GET /api/skills lists the versions)"];
        }

        var scope = Scope(body, caller, errors);
        var approval = Approval(id, body, errors);
        var evalRunId = ApiJson.OptionalString(body, "eval_run_id", errors);
        var reason = ApiJson.OptionalString(body, "reason", errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: Title, detail: "Fix the fields listed in errors and send the request again.");
        }

        if (OutOfReach(scope!, caller, options.Value) is { } forbidden)
        {
            return forbidden;
        }

        return await GuardAsync(async () =>
        {
            var decision = await activation.ActivateAsync(
                new ActivationRequest
                {
                    SkillId = id,
                    Version = version!,
                    Scope = scope!,
                    DecidedBy = caller.UserId,
                    Reason = reason,
                    Approval = approval,
                    EvalRunId = evalRunId,
                },
                cancellationToken).ConfigureAwait(false);
            return Results.Ok(SkillDecisionResource.From(decision));
        }).ConfigureAwait(false);
    }

    private static async Task<IResult> RollbackAsync(string id, HttpContext context, SkillActivation activation, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        const string Title = "Invalid rollback";
        var (body, invalid) = await ApiJson.ReadObjectAsync(context.Request, Title, optional: true, cancellationToken).ConfigureAwait(false);
        if (invalid is not null)
        {
            return invalid;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var scope = Scope(body, caller, errors);
        var reason = ApiJson.OptionalString(body, "reason", errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: Title, detail: "Fix the fields listed in errors and send the request again.");
        }

        if (OutOfReach(scope!, caller, options.Value) is { } forbidden)
        {
            return forbidden;
        }

        return await GuardAsync(async () =>
            Results.Ok(SkillDecisionResource.From(await activation.RollbackAsync(id, scope!, caller.UserId, reason, cancellationToken).ConfigureAwait(false)))).ConfigureAwait(false);
    }

    private static Task<IResult> ReviewsAsync(string id, string? candidate, HttpContext context, SkillRegistry registry, IShadowReviewQueue queue, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            if (UnknownSkill(id, registry) is { } unknown)
            {
                return unknown;
            }

            if (candidate is not null && !SkillVersion.IsValid(candidate))
            {
                return ApiProblems.Invalid("Invalid review filter", "candidate", $"'{candidate}' is not a version of the form major.minor.patch");
            }

            var tenantId = ApiCaller.From(context).Tenant.Id;
            var pending = await queue.PendingAsync(tenantId, id, candidate, cancellationToken).ConfigureAwait(false);
            return Results.Ok(new ReviewListResource(id, tenantId, pending.Select(ReviewItemResource.From).ToList()));
        });

    private static async Task<IResult> ReviewAsync(string id, string itemId, bool approved, HttpContext context, IShadowReviewQueue queue, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        const string Title = "Invalid review";
        if (!long.TryParse(itemId, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            return UnknownReview(id, itemId);
        }

        var (body, invalid) = await ApiJson.ReadObjectAsync(context.Request, Title, optional: true, cancellationToken).ConfigureAwait(false);
        if (invalid is not null)
        {
            return invalid;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var note = ApiJson.OptionalString(body, "note", errors);
        if (note is { Length: > ShadowReviewRules.MaxNoteLength })
        {
            errors["note"] = [$"note may have at most {ShadowReviewRules.MaxNoteLength} characters"];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: Title, detail: "Fix the fields listed in errors and send the request again.");
        }

        return await GuardAsync(async () =>
        {
            // An item of another skill is not addressable under this skill's path.
            if (await queue.GetAsync(caller.Tenant.Id, number, cancellationToken).ConfigureAwait(false) is not { } item || item.SkillId != id)
            {
                return UnknownReview(id, itemId);
            }

            var time = context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
            var reviewed = await queue.ReviewAsync(caller.Tenant.Id, number, new ReviewVerdict(approved, caller.UserId, note, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            return Results.Ok(ReviewItemResource.From(reviewed));
        }).ConfigureAwait(false);
    }

    // A tenant's admin changes only their tenant: the version every tenant gets is the platform role's to change.
    private static IResult? OutOfReach(PromotionScope scope, ApiCaller caller, ApiOptions options) =>
        scope.IsGlobal && !options.IsPlatformAdmin(caller.Tenant.Id, caller.UserId)
            ? ApiProblems.Forbidden(
                $"Changing the version every tenant gets needs the platform role, which {caller.UserId} does not hold. Send \"scope\": \"tenant\" to change it for {caller.Tenant.Id} only, or ask the operator to list you in {ApiOptions.SectionName}:PlatformAdmins.")
            : null;

    private static PromotionScope? Scope(JsonElement body, ApiCaller caller, Dictionary<string, string[]> errors)
    {
        var scope = ApiJson.OptionalString(body, "scope", errors);
        switch (scope)
        {
            case null or PromotionScope.GlobalName:
                return PromotionScope.Global;
            case TenantScope:
                return PromotionScope.Tenant(caller.Tenant.Id);
            default:
                errors["scope"] = [$"scope is '{scope}'; use \"global\" (every tenant without a pin) or \"tenant\" (a pin for your tenant, {caller.Tenant.Id})"];
                return null;
        }
    }

    private static GateApproval? Approval(string skillId, JsonElement body, Dictionary<string, string[]> errors)
    {
        if (!body.TryGetProperty("gate_approval", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            errors["gate_approval"] = ["gate_approval must be an object: {\"gate_id\": ..., \"eval_run_id\": ..., \"candidate_version\": ..., \"passed\": true, \"details\": {...}}"];
            return null;
        }

        var approvalErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var runId = ApiJson.OptionalString(element, "eval_run_id", approvalErrors);
        var gateId = ApiJson.OptionalString(element, "gate_id", approvalErrors);
        var candidate = ApiJson.OptionalString(element, "candidate_version", approvalErrors);
        if (string.IsNullOrWhiteSpace(runId) && !approvalErrors.ContainsKey("eval_run_id"))
        {
            approvalErrors["eval_run_id"] = ["eval_run_id is required: the eval run of the candidate the gate judged"];
        }

        if (candidate is null && !approvalErrors.ContainsKey("candidate_version"))
        {
            approvalErrors["candidate_version"] = ["candidate_version is required: the version the gate judged"];
        }

        if (!element.TryGetProperty("passed", out var passed) || passed.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            approvalErrors["passed"] = ["passed is required: true when every gate passed"];
        }

        string? details = null;
        if (element.TryGetProperty("details", out var detailsElement) && detailsElement.ValueKind != JsonValueKind.Null)
        {
            if (detailsElement.ValueKind == JsonValueKind.Object)
            {
                details = detailsElement.GetRawText();
            }
            else
            {
                approvalErrors["details"] = ["details must be an object: the gates passed and failed and the metrics that regressed"];
            }
        }

        foreach (var (field, messages) in approvalErrors)
        {
            errors[$"gate_approval.{field}"] = messages;
        }

        return approvalErrors.Count > 0
            ? null
            : new GateApproval { GateId = gateId, EvalRunId = runId!, SkillId = skillId, CandidateVersion = candidate!, Passed = passed.GetBoolean(), Details = details };
    }

    private static IResult? UnknownSkill(string id, SkillRegistry registry) =>
        registry.Library.SkillIds.Contains(id) || registry.Versions.ActiveVersion(id) is not null
            ? null
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown skill",
                detail: $"There is no skill '{id}'. GET /api/skills lists the skills.");

    private static IResult UnknownReview(string skillId, string itemId) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown review item",
            detail: $"Your tenant has no review item '{itemId}' for skill {skillId}. GET /api/skills/{skillId}/reviews lists the pending ones.");

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
        catch (ShadowReviewException ex)
        {
            return ex.Failure == ShadowReviewFailure.AlreadyReviewed
                ? Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Review item already reviewed", detail: ex.Message)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown review item", detail: ex.Message);
        }
        catch (SkillActivationException ex)
        {
            return ex.Failure switch
            {
                ActivationFailure.UnknownSkill => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown skill", detail: ex.Message),
                ActivationFailure.UnknownVersion => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown skill version", detail: ex.Message),
                ActivationFailure.VersionDoesNotLoad => Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Skill version does not load", detail: ex.Message),
                ActivationFailure.GateRequired or ActivationFailure.GateNotPassed =>
                    Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Eval gate not passed", detail: ex.Message),
                ActivationFailure.UnknownEvalRun => Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unknown eval run", detail: ex.Message),
                ActivationFailure.AlreadyActive => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Version already live", detail: ex.Message),
                ActivationFailure.NothingToRollBack => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Nothing to roll back to", detail: ex.Message),
                ActivationFailure.ManifestNotWritten => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Skill manifest not written", detail: ex.Message),
                _ => ApiProblems.Invalid("Invalid activation", "$", ex.Message),
            };
        }
    }
}
