using System.Text.Json;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Skills.Promotion;

/// <summary>What every promotion log checks before it records a decision, so all implementations refuse the same input.</summary>
public static class SkillDecisionRules
{
    /// <summary>Longest reason kept.</summary>
    public const int MaxReasonLength = 2000;

    /// <summary>Throws <see cref="ArgumentException"/> naming what is wrong with <paramref name="decision"/>.</summary>
    public static void Validate(SkillDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        Require(!string.IsNullOrWhiteSpace(decision.SkillId), "A decision needs the skill id.");
        Require(decision.Scope is not null, "A decision needs a scope: global or a tenant.");
        Require(decision.Scope!.TenantId is null || !string.IsNullOrWhiteSpace(decision.Scope.TenantId), "A tenant scope needs a tenant id.");
        Require(!string.IsNullOrWhiteSpace(decision.DecidedBy), "A decision needs the user who decided.");
        Require(decision.FromVersion is null || SkillVersion.IsValid(decision.FromVersion), $"'{decision.FromVersion}' is not a version of the form major.minor.patch.");
        Require(decision.ToVersion is null || SkillVersion.IsValid(decision.ToVersion), $"'{decision.ToVersion}' is not a version of the form major.minor.patch.");
        Require(
            decision.ToVersion is not null || (decision.Kind == DecisionKind.RolledBack && !decision.Scope.IsGlobal),
            "Only a rollback of a tenant's pin may leave no version; promotions, rejections and global rollbacks name the version.");
        Require(
            decision.Kind == DecisionKind.RolledBack || !string.IsNullOrWhiteSpace(decision.EvalRunId),
            "Promotions and rejections need the id of the eval run they rest on.");
        Require(decision.Reason is null || decision.Reason.Length <= MaxReasonLength, $"A reason may have at most {MaxReasonLength} characters.");
        Require(decision.GateSummary is null || IsJsonObject(decision.GateSummary), "The gate summary must be a JSON object.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, "decision");
        }
    }

    private static bool IsJsonObject(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
