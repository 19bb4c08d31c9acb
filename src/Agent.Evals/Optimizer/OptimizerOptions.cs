namespace SegmentAI.Evals.Optimizer;

/// <summary>The scheduled optimizer, bound from the <c>Optimizer</c> section.</summary>
internal sealed class OptimizerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Optimizer";

    /// <summary>Registers the scheduled job when true.</summary>
    public bool Enabled { get; set; }

    /// <summary>When it runs (see <see cref="OptimizerSchedule"/>); default daily at 02:00 UTC.</summary>
    public string Schedule { get; set; } = "daily 02:00";

    /// <summary>The skill optimized when <see cref="Skills"/> is empty.</summary>
    public const string DefaultSkill = "segment_creation";

    /// <summary>Skills optimized on each run; <see cref="DefaultSkill"/> when none are configured.</summary>
    public IReadOnlyList<string> Skills { get; set; } = [];

    /// <summary>Only this tenant's cases and feedback (a promotion then pins the version for it), or all when empty.</summary>
    public string? Tenant { get; set; }

    /// <summary>Feedback and production queries of this many days before a run are read.</summary>
    public int LookbackDays { get; set; } = 1;

    /// <summary>Most candidates per skill.</summary>
    public int Candidates { get; set; } = OptimizerRequest.DefaultCandidates;

    /// <summary>Seed of the split.</summary>
    public int Seed { get; set; } = OptimizerRequest.DefaultSeed;

    /// <summary>User recorded as promoting; when empty the job only proposes, and a person promotes with the gate id.</summary>
    public string? PromoteBy { get; set; }
}
