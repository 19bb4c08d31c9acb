namespace SegmentAI.Memory.Hosting;

/// <summary>Where memory lives, bound from the <c>Memory</c> configuration section.</summary>
public sealed class MemoryOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Memory";

    /// <summary>
    /// Folder the embedded stores keep their files in (<c>--state-dir</c> on the command line). Relative paths
    /// are resolved against the working directory; empty means <c>state/</c> (git-ignored) in the working directory.
    /// </summary>
    public string? StateDirectory { get; set; }
}
