using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Llm;
using SegmentAI.Skills.Perception;

namespace SegmentAI.Skills.Telemetry;

/// <summary>
/// The engine's traces and metrics, with <see cref="System.Diagnostics"/> only: the "SegmentAI"
/// <see cref="ActivitySource"/> (spans per turn, skill, tool, retrieval and model call) and <see cref="Meter"/>
/// (turn latency, clarifications, refusals, model tokens and cost, cache hits and misses). Whoever listens (the
/// host's OpenTelemetry SDK, a test's listener) decides what is kept; with no listener a span is never created
/// and a measurement costs a flag check. Users appear only as <see cref="PseudonymizeUser"/>, never as their id;
/// message and prompt text never appear at all.
/// </summary>
public static class SegmentTelemetry
{
    /// <summary>Name of the activity source and of the meter.</summary>
    public const string Name = "SegmentAI";

    /// <summary>Span of one handled message.</summary>
    public const string TurnSpan = "segmentai.turn";

    /// <summary>Span of the skill that answered a turn.</summary>
    public const string SkillSpan = "segmentai.skill";

    /// <summary>Span of one tool call (SQL compilation, size estimate, library operation).</summary>
    public const string ToolSpan = "segmentai.tool";

    /// <summary>Span of one facet or value retrieval.</summary>
    public const string RetrievalSpan = "segmentai.retrieval";

    /// <summary>Span of one model call.</summary>
    public const string LlmSpan = "segmentai.llm";

    private const string UserHashTag = "segmentai.user.hash";
    private const string TenantTag = "segmentai.tenant";
    private const string SessionTag = "segmentai.session";
    private const string ChannelTag = "segmentai.channel";
    private const string SkillIdTag = "segmentai.skill.id";
    private const string SkillVersionTag = "segmentai.skill.version";
    private const string ReplyKindTag = "segmentai.reply.kind";
    private const string ModelTag = "gen_ai.request.model";
    private const string InputTokensTag = "gen_ai.usage.input_tokens";
    private const string OutputTokensTag = "gen_ai.usage.output_tokens";
    private const string CostTag = "segmentai.llm.cost_usd";

    private static readonly string Version = typeof(SegmentTelemetry).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    private static long _turnCount;
    private static long _clarificationCount;

    /// <summary>
    /// The id a user can quote to an admin to find the failure in the logs and traces: the current trace's id, or a
    /// new random one when nothing is tracing (the command line without a listener).
    /// </summary>
    public static string CurrentTraceId() =>
        (Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.TraceId : ActivityTraceId.CreateRandom()).ToHexString();

    /// <summary>Source of the engine's spans.</summary>
    public static ActivitySource Source { get; } = new(Name, Version);

    /// <summary>Meter of the engine's metrics.</summary>
    public static Meter Meter { get; } = new(Name, Version);

    private static Histogram<double> TurnDuration { get; } = Meter.CreateHistogram<double>(
        "segmentai.turn.duration", "s", "Time to handle one message, by tenant, channel, reply kind and skill.");

    private static Counter<long> Turns { get; } = Meter.CreateCounter<long>("segmentai.turns", "{turn}", "Messages handled, by tenant, channel, reply kind and skill.");

    private static Counter<long> Clarifications { get; } = Meter.CreateCounter<long>(
        "segmentai.clarifications", "{question}", "Turns answered with a clarifying question, by tenant, skill and slot.");

    private static Counter<long> Refusals { get; } = Meter.CreateCounter<long>("segmentai.refusals", "{refusal}", "Turns refused, by tenant and category.");

    private static Counter<long> LlmTokens { get; } = Meter.CreateCounter<long>("segmentai.llm.tokens", "{token}", "Model tokens, by model and type (input, output).");

    private static Counter<double> LlmCost { get; } = Meter.CreateCounter<double>("segmentai.llm.cost", "USD", "Model cost from the configured prices, by model.");

    private static Counter<long> LlmCalls { get; } = Meter.CreateCounter<long>("segmentai.llm.calls", "{call}", "Model calls, by model and outcome.");

    private static Counter<long> CacheHits { get; } = Meter.CreateCounter<long>("segmentai.cache.hits", "{lookup}", "Retrieval cache lookups answered from the cache, by cache.");

    private static Counter<long> CacheMisses { get; } = Meter.CreateCounter<long>("segmentai.cache.misses", "{lookup}", "Retrieval cache lookups that had to compute, by cache.");

    private static ObservableGauge<double> ClarificationRate { get; } = Meter.CreateObservableGauge(
        "segmentai.clarification.rate",
        () => Rate(Interlocked.Read(ref _clarificationCount), Interlocked.Read(ref _turnCount)),
        "1",
        "Share of the turns handled by this process that asked a clarifying question.");

    /// <summary>
    /// The user as telemetry shows them: the first 16 hex digits of the SHA-256 of the id. Stable, so one user's
    /// turns can be followed, but not the id itself.
    /// </summary>
    public static string PseudonymizeUser(string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userId)))[..16];
    }

    /// <summary>Starts the span of a turn, or returns null when nobody listens.</summary>
    internal static Activity? StartTurn(ChatRequest request)
    {
        var activity = Source.StartActivity(TurnSpan, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag(TenantTag, request.TenantId);
            activity.SetTag(UserHashTag, PseudonymizeUser(request.UserId));
            activity.SetTag(ChannelTag, request.Channel);
        }

        return activity;
    }

    /// <summary>Completes the turn span with what the reply was and records the turn's metrics.</summary>
    internal static void EndTurn(Activity? activity, ChatRequest request, ChatReply reply, TimeSpan elapsed)
    {
        var kind = KindName(reply.Kind);
        var skill = reply.Skill?.Id ?? "none";
        var tags = new TagList { { TenantTag, request.TenantId }, { ChannelTag, request.Channel }, { ReplyKindTag, kind }, { SkillIdTag, skill } };
        TurnDuration.Record(elapsed.TotalSeconds, tags);
        Turns.Add(1, tags);
        Interlocked.Increment(ref _turnCount);
        if (reply.Kind == ReplyKind.Clarification)
        {
            Interlocked.Increment(ref _clarificationCount);
            Clarifications.Add(1, new TagList { { TenantTag, request.TenantId }, { SkillIdTag, skill }, { "segmentai.clarification.slot", reply.Clarification?.Slot } });
        }
        else if (reply.Kind == ReplyKind.Refusal)
        {
            Refusals.Add(1, new TagList { { TenantTag, request.TenantId }, { "segmentai.refusal.category", reply.Refusal?.Category } });
        }

        if (activity is null)
        {
            return;
        }

        var usage = reply.Usage;
        activity.SetTag(SessionTag, reply.SessionId);
        activity.SetTag(ReplyKindTag, kind);
        activity.SetTag(SkillIdTag, reply.Skill?.Id);
        activity.SetTag(SkillVersionTag, reply.Skill?.Version);
        activity.SetTag("segmentai.llm.calls", usage?.LlmCalls ?? 0);
        activity.SetTag(InputTokensTag, usage?.InputTokens ?? 0);
        activity.SetTag(OutputTokensTag, usage?.OutputTokens ?? 0);
        activity.SetTag(CostTag, (double)(usage?.CostUsd ?? 0m));
        if (reply.Kind == ReplyKind.Error)
        {
            activity.SetStatus(ActivityStatusCode.Error, "the turn ended in an error reply");
        }
    }

    /// <summary>Starts the span of the skill chosen for a turn.</summary>
    internal static Activity? StartSkill(string tenantId, string? skillId, string? skillVersion, Intent intent)
    {
        var activity = Source.StartActivity(SkillSpan, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag(TenantTag, tenantId);
            activity.SetTag(SkillIdTag, skillId);
            activity.SetTag(SkillVersionTag, skillVersion);
            activity.SetTag("segmentai.intent", Configuration.SnakeCase.From(intent.ToString()));
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
            activity.SetTag(SkillIdTag, skill.Id);
            activity.SetTag(SkillVersionTag, skill.Version);
        }

        activity.SetTag(ReplyKindTag, KindName(reply.Kind));
    }

    /// <summary>Starts the span of a tool call (<c>sql_compile</c>, <c>estimate</c>, <c>library.save</c>, ...).</summary>
    internal static Activity? StartTool(string tool, string? tenantId)
    {
        var activity = Source.StartActivity(ToolSpan, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.DisplayName = $"tool {tool}";
            activity.SetTag("segmentai.tool.name", tool);
            activity.SetTag(TenantTag, tenantId);
        }

        return activity;
    }

    /// <summary>Starts the span of a retrieval (<c>facet</c> or <c>value</c>); the phrase itself is user text and is not recorded.</summary>
    internal static Activity? StartRetrieval(string kind, string tenantId, string? facetId)
    {
        var activity = Source.StartActivity(RetrievalSpan, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag("segmentai.retrieval.kind", kind);
            activity.SetTag(TenantTag, tenantId);
            activity.SetTag("segmentai.facet", facetId);
        }

        return activity;
    }

    /// <summary>Completes a retrieval span: how many candidates, whether the lexical fallback answered, whether the search cache did.</summary>
    internal static void EndRetrieval(Activity? activity, int candidates, bool fallback, bool? cacheHit)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag("segmentai.retrieval.candidates", candidates);
        activity.SetTag("segmentai.retrieval.fallback", fallback);
        activity.SetTag("segmentai.cache_hit", cacheHit);
    }

    /// <summary>Starts the span of a model call.</summary>
    internal static Activity? StartLlm(string model, ModelTier tier)
    {
        var activity = Source.StartActivity(LlmSpan, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag(ModelTag, model);
            activity.SetTag("segmentai.llm.tier", tier.ToString().ToLowerInvariant());
        }

        return activity;
    }

    /// <summary>Completes a model-call span and records its tokens, cost and outcome.</summary>
    internal static void EndLlm(Activity? activity, LlmCallRecord call)
    {
        var outcome = call.Outcome.ToString().ToLowerInvariant();
        LlmCalls.Add(1, new TagList { { ModelTag, call.Model }, { "segmentai.llm.outcome", outcome } });
        LlmTokens.Add(call.InputTokens, new TagList { { ModelTag, call.Model }, { "gen_ai.token.type", "input" } });
        LlmTokens.Add(call.OutputTokens, new TagList { { ModelTag, call.Model }, { "gen_ai.token.type", "output" } });
        LlmCost.Add((double)call.CostUsd, new TagList { { ModelTag, call.Model } });
        if (activity is null)
        {
            return;
        }

        activity.SetTag(InputTokensTag, call.InputTokens);
        activity.SetTag(OutputTokensTag, call.OutputTokens);
        activity.SetTag("gen_ai.usage.cached_input_tokens", call.CachedInputTokens);
        activity.SetTag(CostTag, (double)call.CostUsd);
        activity.SetTag("segmentai.llm.outcome", outcome);
        if (call.Outcome != LlmOutcome.Drafted)
        {
            activity.SetStatus(ActivityStatusCode.Error, call.Error);
        }
    }

    /// <summary>Counts one lookup of a retrieval cache (<c>facet_search</c> or <c>embedding</c>).</summary>
    internal static void RecordCacheLookup(string cache, bool hit)
    {
        var tags = new TagList { { "segmentai.cache", cache } };
        if (hit)
        {
            CacheHits.Add(1, tags);
        }
        else
        {
            CacheMisses.Add(1, tags);
        }
    }

    /// <summary>Marks a span failed by an exception that is about to propagate.</summary>
    internal static void Fail(Activity? activity, Exception exception)
    {
        activity?.AddException(exception);
        activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
    }

    private static string KindName(ReplyKind kind) => Configuration.SnakeCase.From(kind.ToString());

    private static double Rate(long part, long whole) => whole == 0 ? 0 : (double)part / whole;
}
