using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Promotion;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Handlers;

/// <summary>
/// Admin commands over the shadow-replay review queue: list a skill's pending items, approve or reject one. They
/// are handled beside the other admin command (erasing a user) by the user_memory skill, and need the
/// <c>promote_skills</c> permission.
/// </summary>
internal sealed partial class ShadowReviewCommands(LongTermMemory memory, PermissionChecker permissions, SkillRegistry skills, TimeProvider time)
{
    private const int ReviewsShown = 10;

    public static bool IsReviewCommand(string text) => PendingReviewsRequest().IsMatch(text) || ReviewVerdictRequest().IsMatch(text);

    public async Task<ChatReply> RunAsync(TurnContext turn, ResolvedSkill skill, string text, CancellationToken cancellationToken)
    {
        var permission = permissions.Check(turn.Tenant.Config, turn.Request.UserId, TenantPermission.PromoteSkills, turn.Request.TrustUnknownUsers);
        if (!permission.Allowed)
        {
            return Replies.Refusal(turn, skill, permission.Message ?? "only an admin can review skill versions", "permission");
        }

        if (PendingReviewsRequest().Match(text) is { Success: true } list)
        {
            return await ListReviewsAsync(turn, skill, list.Groups["skill"].Value.ToLowerInvariant(), list.Groups["version"] is { Success: true } v ? v.Value : null, cancellationToken).ConfigureAwait(false);
        }

        var verdict = ReviewVerdictRequest().Match(text);
        var approve = verdict.Groups["verb"].Value.StartsWith("approve", StringComparison.OrdinalIgnoreCase);
        var note = verdict.Groups["note"] is { Success: true } n ? n.Value.Trim() : null;
        return await ReviewAsync(turn, skill, long.Parse(verdict.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture), approve, note, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ChatReply> ListReviewsAsync(TurnContext turn, ResolvedSkill skill, string skillId, string? version, CancellationToken cancellationToken)
    {
        var known = skills.Library.SkillIds;
        if (!known.Contains(skillId))
        {
            return Replies.Answer(turn, skill, $"There is no skill called {skillId}. Skills: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
        }

        var pending = await memory.Reviews.PendingAsync(turn.Tenant.Id, skillId, version, cancellationToken).ConfigureAwait(false);
        var which = version is null ? skillId : $"{skillId}@{version}";
        if (pending.Count == 0)
        {
            return Replies.Answer(turn, skill, $"No review items are pending for {which} in {turn.Tenant.Config.DisplayName}.");
        }

        var reply = new StringBuilder();
        reply.Append(pending.Count.ToString(CultureInfo.InvariantCulture)).Append(pending.Count == 1 ? " review item is" : " review items are")
            .Append(" pending for ").Append(which).AppendLine(" (the candidate answered differently from the live version):");
        foreach (var item in pending.Take(ReviewsShown))
        {
            reply.Append("- **").Append(item.Id.ToString(CultureInfo.InvariantCulture)).Append("** (").Append(item.CandidateVersion).Append(" vs ")
                .Append(item.ActiveVersion).Append(", ").Append(item.DifferenceKind.Replace('_', ' ')).Append(") \"").Append(item.Turn.Query).Append("\": live ")
                .Append(item.ActiveReply).Append(" / candidate ").AppendLine(item.CandidateReply);
        }

        if (pending.Count > ReviewsShown)
        {
            reply.Append("…and ").Append((pending.Count - ReviewsShown).ToString(CultureInfo.InvariantCulture)).AppendLine(" more (GET /api/skills/{id}/reviews lists them all).");
        }

        reply.Append("Say \"approve review ").Append(pending[0].Id.ToString(CultureInfo.InvariantCulture)).Append("\" or \"reject review ")
            .Append(pending[0].Id.ToString(CultureInfo.InvariantCulture)).Append(" because …\".");
        return Replies.Answer(turn, skill, reply.ToString());
    }

    private async Task<ChatReply> ReviewAsync(TurnContext turn, ResolvedSkill skill, long itemId, bool approve, string? note, CancellationToken cancellationToken)
    {
        try
        {
            var reviewed = await memory.Reviews.ReviewAsync(turn.Tenant.Id, itemId, new ReviewVerdict(approve, turn.Request.UserId, note, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            var left = await memory.Reviews.CountPendingAsync(turn.Tenant.Id, reviewed.SkillId, reviewed.CandidateVersion, cancellationToken).ConfigureAwait(false);
            return Replies.Answer(turn, skill,
                $"Review item {itemId} {(approve ? "approved" : "rejected")}: {reviewed.SkillId}@{reviewed.CandidateVersion} on \"{reviewed.Turn.Query}\"{(note is null ? "" : $" ({note})")}. " +
                $"{left.ToString(CultureInfo.InvariantCulture)} item{(left == 1 ? "" : "s")} still pending for {reviewed.SkillId}@{reviewed.CandidateVersion}.");
        }
        catch (ShadowReviewException ex)
        {
            return Replies.Answer(turn, skill, ex.Message);
        }
        catch (ArgumentException ex)
        {
            return Replies.Answer(turn, skill, $"I could not record that review: {ex.Message}");
        }
    }

    [GeneratedRegex(@"^(?:please\s+)?(?:show|list|what are)(?:\s+me)?(?:\s+the)?\s+pending\s+reviews?(?:\s+items?)?\s+(?:for|of)\s+(?<skill>[a-z][a-z0-9_]*)(?:@|\s+(?:candidate|version)\s+)?(?<version>\d+\.\d+\.\d+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PendingReviewsRequest();

    [GeneratedRegex(@"^(?:please\s+)?(?<verb>approve|reject)\s+review(?:\s+item)?\s+#?(?<id>\d{1,15})(?:\s*(?:because|:|,)\s*(?<note>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReviewVerdictRequest();
}
