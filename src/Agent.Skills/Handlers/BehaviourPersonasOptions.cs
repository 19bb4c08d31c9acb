namespace SegmentAI.Skills.Handlers;

/// <summary>The <c>behaviour_personas</c> skill's parameters.</summary>
internal sealed class BehaviourPersonasOptions
{
    /// <summary>Days analysed when the message names no period.</summary>
    public int DefaultDays { get; set; } = 7;

    /// <summary>Days the retention tables and survival curves cover, day 0 included.</summary>
    public int RetentionDays { get; set; } = 7;

    /// <summary>Experiment ideas proposed per persona.</summary>
    public int ExperimentsPerPersona { get; set; } = 3;

    /// <summary>The smallest change in a drop-off rate, in percentage points, an experiment is sized to detect.</summary>
    public double MinimumDetectableEffectPoints { get; set; } = 5;

    /// <summary>Users of each persona drawn on the PCA map.</summary>
    public int MapPointsPerPersona { get; set; } = 150;
}
