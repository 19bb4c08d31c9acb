namespace SegmentAI.Evals.Runs;

/// <summary>
/// One run of a skill's suite: which skill version ran on which cases, every case's turns and metrics, and the
/// summaries the gate reads. Serialized by <see cref="EvalRunJson"/>; fields may be added, never renamed.
/// </summary>
public sealed record EvalRun
{
    /// <summary>The version of this shape.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The version of the JSON shape.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Unique run id; the result file is named after it.</summary>
    public required string RunId { get; init; }

    /// <summary>The suite id (the skill's eval_suite_id).</summary>
    public required string SuiteId { get; init; }

    /// <summary>The skill under test.</summary>
    public required string SkillId { get; init; }

    /// <summary>The version of the skill under test.</summary>
    public required string SkillVersion { get; init; }

    /// <summary>The tenant the run was limited to, or null for every tenant of the suite.</summary>
    public string? TenantFilter { get; init; }

    /// <summary>The skill's minimum accuracy (the gate's threshold).</summary>
    public required double MinAccuracy { get; init; }

    /// <summary>When the run started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the run finished.</summary>
    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>Cases run, known failures included.</summary>
    public required int CaseCount { get; init; }

    /// <summary>Cases passed, known failures excluded.</summary>
    public required int PassedCount { get; init; }

    /// <summary>Share of the cases not tagged known_failure that passed; 0 when there are none.</summary>
    public required double Accuracy { get; init; }

    /// <summary>Cases tagged known_failure.</summary>
    public required int KnownFailureCount { get; init; }

    /// <summary>Cases tagged known_failure that passed anyway (the defect may be fixed: drop the tag).</summary>
    public required int KnownFailurePassedCount { get; init; }

    /// <summary>True when <see cref="Accuracy"/> reaches <see cref="MinAccuracy"/>.</summary>
    public bool MeetsMinAccuracy => Accuracy >= MinAccuracy;

    /// <summary>Every metric over the run, by name, then the run-level rates (clarification precision and recall, duplicate-question rate, turns to success).</summary>
    public required IReadOnlyList<MetricSummary> Metrics { get; init; }

    /// <summary>Every case, in suite order.</summary>
    public required IReadOnlyList<CaseResult> Cases { get; init; }
}
