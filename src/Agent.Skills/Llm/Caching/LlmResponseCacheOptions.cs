namespace SegmentAI.Skills.Llm.Caching;

/// <summary>
/// The on-disk cache of model responses (section <c>Llm:ResponseCache</c>). With a directory set, a request already
/// answered (same messages, options, model id and salt) is answered from disk, so an eval run with a configured
/// model gives the same replies every time, in CI too. Change the salt to start afresh without deleting files.
/// </summary>
internal sealed class LlmResponseCacheOptions
{
    /// <summary>Folder the responses are kept in; empty turns the cache off.</summary>
    public string? Directory { get; set; }

    /// <summary>Part of every key: a new salt makes every earlier response a miss.</summary>
    public string Salt { get; set; } = "v1";

    /// <summary>True when a directory is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Directory);
}
