using System.Text.Json;
using SegmentAI.Evals.Runs;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Promotion;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Evals.Gates;

/// <summary>
/// Gate 3's replay: the tenant's recent production sessions in which the skill answered, each replayed turn by turn
/// in order through the active engine and the candidate-pinned engine, in fresh sessions, and every turn where the
/// two replies differ (kind, conditions, or estimated size beyond <see cref="SizeTolerance"/>) returned as a
/// review item. Replies are compared with each other, never with the logged reply, so drift in the data since the
/// query was logged does not count as a difference.
/// </summary>
/// <param name="active">Engine answering with the live version.</param>
/// <param name="candidate">Engine answering with the candidate version.</param>
/// <param name="log">The production query log (long-term memory).</param>
/// <param name="warehouses">Eval warehouses to replay against, or null for each tenant's own warehouse.</param>
/// <param name="time">Clock of the review items.</param>
public sealed class ShadowReplay(IConversationEngine active, IConversationEngine candidate, IInteractionLog log, EvalWarehouses? warehouses, TimeProvider time)
{
    /// <summary>Relative difference of two estimated sizes above which they count as different.</summary>
    public const double SizeTolerance = 0.05;

    private const int SummaryLength = 240;

    /// <summary>The differences found, and how many turns were replayed.</summary>
    public async Task<(IReadOnlyList<ShadowReviewItem> Differences, int TurnsReplayed)> ReplayAsync(
        string skillId, string activeVersion, string candidateVersion, IReadOnlyList<string> tenantIds, DateTimeOffset since, int limit,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenantIds);
        var differences = new List<ShadowReviewItem>();
        var replayed = 0;
        foreach (var tenantId in tenantIds)
        {
            var recent = await log.RecentAsync(tenantId, since, limit, cancellationToken).ConfigureAwait(false);
            var sessions = recent.Where(t => t.SkillId == skillId).OrderBy(t => t.At).Select(t => t.SessionId).Distinct(StringComparer.Ordinal).ToList();
            var warehouse = warehouses is null ? null : await warehouses.EnsureAsync(tenantId, cancellationToken).ConfigureAwait(false);
            foreach (var sessionId in sessions)
            {
                var turns = await log.SessionAsync(tenantId, sessionId, cancellationToken).ConfigureAwait(false);
                var replay = $"shadow-{Guid.NewGuid():N}";
                foreach (var turn in turns.OrderBy(t => t.Turn))
                {
                    var activeReply = await active.HandleAsync(Request(turn, replay + "-active", warehouse), cancellationToken).ConfigureAwait(false);
                    var candidateReply = await candidate.HandleAsync(Request(turn, replay + "-candidate", warehouse), cancellationToken).ConfigureAwait(false);
                    replayed++;
                    if (Difference(activeReply, candidateReply) is { } kind)
                    {
                        differences.Add(new ShadowReviewItem
                        {
                            SkillId = skillId,
                            CandidateVersion = candidateVersion,
                            ActiveVersion = activeVersion,
                            TenantId = tenantId,
                            UserId = turn.UserId,
                            Turn = new ReviewedTurn(sessionId, turn.Turn, turn.Query),
                            ActiveReply = Summary(activeReply),
                            CandidateReply = Summary(candidateReply),
                            DifferenceKind = kind,
                            CreatedAt = time.GetUtcNow(),
                        });
                    }
                }
            }
        }

        return (differences, replayed);
    }

    /// <summary>How two replies to the same turn differ (snake_case), or null when they agree.</summary>
    public static string? Difference(ChatReply active, ChatReply candidate)
    {
        ArgumentNullException.ThrowIfNull(active);
        ArgumentNullException.ThrowIfNull(candidate);
        if (active.Kind != candidate.Kind)
        {
            return "different_kind";
        }

        if (active.Segment is not { } before || candidate.Segment is not { } after)
        {
            return null;
        }

        if (Conditions(before) != Conditions(after))
        {
            return "different_conditions";
        }

        if (before.EstimatedSize is { } a && after.EstimatedSize is { } b && Math.Abs(a - b) > SizeTolerance * Math.Max(a, b))
        {
            return "different_size";
        }

        return null;
    }

    // What the segment selects; ids, wording and confidences may differ between versions without changing it.
    private static string Conditions(SegmentCard segment) =>
        segment.Logic + JsonSerializer.Serialize(segment.Conditions
            .Select(c => new
            {
                c.Facet,
                Operator = c.Operator.ToString(),
                Values = c.Values.Order(StringComparer.Ordinal).ToList(),
                c.Window,
                c.Frequency,
                c.Aggregate,
                SameEvent = c.SameEvent
                    .Select(f => $"{f.Facet} {f.Operator} [{string.Join(", ", f.Values.Order(StringComparer.Ordinal))}]")
                    .Order(StringComparer.Ordinal)
                    .ToList(),
            })
            .OrderBy(c => c.Facet, StringComparer.Ordinal)
            .ThenBy(c => string.Join(",", c.Values), StringComparer.Ordinal)
            .ToList());

    private static ChatRequest Request(TurnRecord turn, string sessionId, string? warehouse) =>
        new(turn.TenantId, turn.UserId, sessionId, turn.Query, "shadow", TrustUnknownUsers: true, AsOf: turn.AsOf, Warehouse: warehouse);

    private static string Summary(ChatReply reply)
    {
        var size = reply.Segment?.EstimatedSize is { } estimated ? $" (~{estimated} members)" : "";
        var text = $"{reply.Kind.ToString().ToLowerInvariant()}{size}: {reply.Text.ReplaceLineEndings(" ")}";
        return text.Length <= SummaryLength ? text : string.Concat(text.AsSpan(0, SummaryLength - 1), "…");
    }
}
