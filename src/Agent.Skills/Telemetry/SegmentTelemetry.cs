using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;

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

    internal const string UserHashTag = "segmentai.user.hash";
    internal const string TenantTag = "segmentai.tenant";
    internal const string SessionTag = "segmentai.session";
    internal const string ChannelTag = "segmentai.channel";
    internal const string SkillIdTag = "segmentai.skill.id";
    internal const string SkillVersionTag = "segmentai.skill.version";
    internal const string ReplyKindTag = "segmentai.reply.kind";
    internal const string ModelTag = "gen_ai.request.model";
    internal const string InputTokensTag = "gen_ai.usage.input_tokens";
    internal const string OutputTokensTag = "gen_ai.usage.output_tokens";
    internal const string CostTag = "segmentai.llm.cost_usd";

    private static readonly string Version = typeof(SegmentTelemetry).Assembly.GetName().Version?.ToString() ?? "0.0.0";

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

    private static Counter<long> CacheHits { get; } = Meter.CreateCounter<long>("segmentai.cache.hits", "{lookup}", "Retrieval cache lookups answered from the cache, by cache.");

    private static Counter<long> CacheMisses { get; } = Meter.CreateCounter<long>("segmentai.cache.misses", "{lookup}", "Retrieval cache lookups that had to compute, by cache.");

    /// <summary>
    /// The user as telemetry shows them: the first 16 hex digits of the SHA-256 of the id. Stable, so one user's
    /// turns can be followed, but not the id itself.
    /// </summary>
    public static string PseudonymizeUser(string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userId)))[..16];
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
}
