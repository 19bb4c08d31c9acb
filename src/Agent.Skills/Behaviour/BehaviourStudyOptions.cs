namespace SegmentAI.Skills.Behaviour;

/// <summary>How much of a persona analysis is worked out beyond the personas themselves.</summary>
internal sealed record BehaviourStudyOptions
{
    /// <summary>Days the retention tables cover, day 0 included.</summary>
    public int RetentionPeriods { get; init; } = 7;

    /// <summary>Users of each persona drawn on the PCA map (a seeded sample, so the picture is the same every time).</summary>
    public int MapPointsPerPersona { get; init; } = 150;

    /// <summary>Experiment ideas proposed per persona.</summary>
    public int ExperimentsPerPersona { get; init; } = 3;

    /// <summary>The smallest absolute change in a drop-off rate an experiment is sized to detect.</summary>
    public double MinimumDetectableEffect { get; init; } = 0.05;
}
