namespace SegmentAI.Skills.Configuration;

/// <summary>A configuration file could not be loaded; <see cref="Issues"/> says where and why.</summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Creates the exception from the issues found.</summary>
    public ConfigurationException(IReadOnlyList<ConfigurationIssue> issues)
        : base(Describe(issues))
    {
        Issues = issues;
    }

    /// <summary>Creates the exception for a single issue.</summary>
    public ConfigurationException(ConfigurationIssue issue)
        : this([issue])
    {
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<ConfigurationIssue> Issues { get; }

    private static string Describe(IReadOnlyList<ConfigurationIssue> issues) =>
        issues.Count switch
        {
            0 => "Configuration is invalid.",
            1 => issues[0].ToString(),
            _ => $"{issues[0]} (and {issues.Count - 1} more: {string.Join("; ", issues.Skip(1).Select(i => i.ToString()))})",
        };
}
