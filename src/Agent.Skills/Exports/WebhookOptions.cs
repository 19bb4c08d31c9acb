namespace SegmentAI.Skills.Exports;

/// <summary>How segments are delivered to webhook destinations (section <c>SegmentAI:Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "SegmentAI:Webhooks";

    /// <summary>Keys per POST; a larger segment is sent in numbered parts.</summary>
    public int KeysPerPost { get; set; } = 10_000;

    /// <summary>Most keys one delivery sends; a larger segment is refused with a message saying so.</summary>
    public int MaxKeys { get; set; } = 1_000_000;

    /// <summary>Retries of a POST that failed for a reason that may pass (no answer, 408, 429, 5xx).</summary>
    public int Retries { get; set; } = 3;

    /// <summary>The wait before the first retry; each later one waits twice as long (a receiver's Retry-After wins).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one POST may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
