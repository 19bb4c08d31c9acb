using System.Text.Json;
using SegmentAI.Skills.Promotion;

namespace SegmentAI.Host.Api.Resources;

/// <summary>One promotion, rejection or rollback of a skill version.</summary>
/// <param name="Id">Decision id.</param>
/// <param name="Skill">Skill.</param>
/// <param name="Scope"><c>global</c> or <c>tenant</c>.</param>
/// <param name="Tenant">The tenant of a tenant-scoped decision.</param>
/// <param name="Kind">promoted, rejected or rolled_back.</param>
/// <param name="FromVersion">Version live before; null when the tenant had no pin.</param>
/// <param name="ToVersion">Version live after (the refused candidate of a rejection); null when a rollback removed the tenant's pin.</param>
/// <param name="EvalRunId">The eval run the decision rests on.</param>
/// <param name="GateSummary">Gates passed and failed and the metrics that regressed.</param>
/// <param name="DecidedBy">User who decided.</param>
/// <param name="Reason">Why.</param>
/// <param name="At">When.</param>
internal sealed record SkillDecisionResource(
    long Id,
    string Skill,
    string Scope,
    string? Tenant,
    DecisionKind Kind,
    string? FromVersion,
    string? ToVersion,
    string? EvalRunId,
    JsonElement? GateSummary,
    string DecidedBy,
    string? Reason,
    DateTimeOffset At)
{
    public static SkillDecisionResource From(SkillDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        JsonElement? summary = null;
        if (decision.GateSummary is { } json)
        {
            using var document = JsonDocument.Parse(json);
            summary = document.RootElement.Clone();
        }

        return new(
            decision.Id,
            decision.SkillId,
            decision.Scope.IsGlobal ? PromotionScope.GlobalName : "tenant",
            decision.Scope.TenantId,
            decision.Kind,
            decision.FromVersion,
            decision.ToVersion,
            decision.EvalRunId,
            summary,
            decision.DecidedBy,
            decision.Reason,
            decision.At);
    }
}
