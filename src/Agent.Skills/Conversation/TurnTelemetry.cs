using System.Diagnostics;
using System.Diagnostics.Metrics;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Telemetry;

namespace SegmentAI.Skills.Conversation;

/// <summary>
/// The spans and metrics of a turn and of the skill that answered it, on the <see cref="SegmentTelemetry"/> source
/// and meter: they speak of requests and replies, which the telemetry below the engine must not know.
/// </summary>
internal static class TurnTelemetry
{
    private static long _turnCount;
    private static long _clarificationCount;

    private static Histogram<double> TurnDuration { get; } = SegmentTelemetry.Meter.CreateHistogram<double>(
        "segmentai.turn.duration", "s", "Time to handle one message, by tenant, channel, reply kind and skill.");

    private static Counter<long> Turns { get; } = SegmentTelemetry.Meter.CreateCounter<long>("segmentai.turns", "{turn}", "Messages handled, by tenant, channel, reply kind and skill.");

    private static Counter<long> Clarifications { get; } = SegmentTelemetry.Meter.CreateCounter<long>(
        "segmentai.clarifications", "{question}", "Turns answered with a clarifying question, by tenant, skill and slot.");

    private static Counter<long> Refusals { get; } = SegmentTelemetry.Meter.CreateCounter<long>("segmentai.refusals", "{refusal}", "Turns refused, by tenant and category.");

    private static ObservableGauge<double> ClarificationRate { get; } = SegmentTelemetry.Meter.CreateObservableGauge(
        "segmentai.clarification.rate",
        () => Rate(Interlocked.Read(ref _clarificationCount), Interlocked.Read(ref _turnCount)),
        "1",
        "Share of the turns handled by this process that asked a clarifying question.");

    /// <summary>Starts the span of a turn, or returns null when nobody listens.</summary>
    internal static Activity? StartTurn(ChatRequest request)
    {
        var activity = SegmentTelemetry.Source.StartActivity(SegmentTelemetry.TurnSpan, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag(SegmentTelemetry.TenantTag, request.TenantId);
            activity.SetTag(SegmentTelemetry.UserHashTag, SegmentTelemetry.PseudonymizeUser(request.UserId));
            activity.SetTag(SegmentTelemetry.ChannelTag, request.Channel);
        }

        return activity;
    }

    /// <summary>Completes the turn span with what the reply was and records the turn's metrics.</summary>
    internal static void EndTurn(Activity? activity, ChatRequest request, ChatReply reply, TimeSpan elapsed)
    {
        var kind = KindName(reply.Kind);
        var skill = reply.Skill?.Id ?? "none";
        var tags = new TagList { { SegmentTelemetry.TenantTag, request.TenantId }, { SegmentTelemetry.ChannelTag, request.Channel }, { SegmentTelemetry.ReplyKindTag, kind }, { SegmentTelemetry.SkillIdTag, skill } };
        TurnDuration.Record(elapsed.TotalSeconds, tags);
        Turns.Add(1, tags);
        Interlocked.Increment(ref _turnCount);
        if (reply.Kind == ReplyKind.Clarification)
        {
            Interlocked.Increment(ref _clarificationCount);
            Clarifications.Add(1, new TagList { { SegmentTelemetry.TenantTag, request.TenantId }, { SegmentTelemetry.SkillIdTag, skill }, { "segmentai.clarification.slot", reply.Clarification?.Slot } });
        }
        else if (reply.Kind == ReplyKind.Refusal)
        {
            Refusals.Add(1, new TagList { { SegmentTelemetry.TenantTag, request.TenantId }, { "segmentai.refusal.category", reply.Refusal?.Category } });
        }

        if (activity is null)
        {
            return;
        }

        var usage = reply.Usage;
        activity.SetTag(SegmentTelemetry.SessionTag, reply.SessionId);
        activity.SetTag(SegmentTelemetry.ReplyKindTag, kind);
        activity.SetTag(SegmentTelemetry.SkillIdTag, reply.Skill?.Id);
        activity.SetTag(SegmentTelemetry.SkillVersionTag, reply.Skill?.Version);
        activity.SetTag("segmentai.llm.calls", usage?.LlmCalls ?? 0);
        activity.SetTag(SegmentTelemetry.InputTokensTag, usage?.InputTokens ?? 0);
        activity.SetTag(SegmentTelemetry.OutputTokensTag, usage?.OutputTokens ?? 0);
        activity.SetTag(SegmentTelemetry.CostTag, (double)(usage?.CostUsd ?? 0m));
        if (reply.Kind == ReplyKind.Error)
        {
            activity.SetStatus(ActivityStatusCode.Error, "the turn ended in an error reply");
        }
    }

    /// <summary>Starts the span of the skill chosen for a turn.</summary>
    internal static Activity? StartSkill(string tenantId, string? skillId, string? skillVersion, Intent intent)
    {
        var activity = SegmentTelemetry.Source.StartActivity(SegmentTelemetry.SkillSpan, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag(SegmentTelemetry.TenantTag, tenantId);
            activity.SetTag(SegmentTelemetry.SkillIdTag, skillId);
            activity.SetTag(SegmentTelemetry.SkillVersionTag, skillVersion);
            activity.SetTag("segmentai.intent", intent.Name);
        }

        return activity;
    }

    /// <summary>Completes the skill span with the skill that actually answered (a request can hand over, e.g. to a question).</summary>
    internal static void EndSkill(Activity? activity, ChatReply reply)
    {
        if (activity is null)
        {
            return;
        }

        if (reply.Skill is { } skill)
        {
            activity.SetTag(SegmentTelemetry.SkillIdTag, skill.Id);
            activity.SetTag(SegmentTelemetry.SkillVersionTag, skill.Version);
        }

        activity.SetTag(SegmentTelemetry.ReplyKindTag, KindName(reply.Kind));
    }

    private static string KindName(ReplyKind kind) => Configuration.SnakeCase.From(kind.ToString());

    private static double Rate(long part, long whole) => whole == 0 ? 0 : (double)part / whole;
}
