namespace SegmentAI.Evals.Optimizer;

/// <summary>
/// What one optimizer run found and did, written as JSON to <c>&lt;results&gt;/optimizer/&lt;job id&gt;.json</c>.
/// </summary>
internal sealed record OptimizerReport
{
    /// <summary>The version of this shape.</summary>
    public int SchemaVersion { get; init; } = 1;

    /// <summary>Unique id of the run.</summary>
    public required string JobId { get; init; }

    /// <summary>The skill.</summary>
    public required string SkillId { get; init; }

    /// <summary>The version live when the run started.</summary>
    public required string LiveVersion { get; init; }

    /// <summary>Oldest feedback read.</summary>
    public required DateTimeOffset Since { get; init; }

    /// <summary>Seed of the split.</summary>
    public required int Seed { get; init; }

    /// <summary>The tenant the run was limited to, or null.</summary>
    public string? TenantFilter { get; init; }

    /// <summary>Cases per part: train, validation, holdout.</summary>
    public required IReadOnlyDictionary<string, int> Split { get; init; }

    /// <summary>The live version's fresh suite run the failures came from.</summary>
    public required string LiveRunId { get; init; }

    /// <summary>Cases passed by the live version, known failures excluded.</summary>
    public required int LivePassed { get; init; }

    /// <summary>Cases counted, known failures excluded.</summary>
    public required int LiveCounted { get; init; }

    /// <summary>Failure clusters of the eval run, then of feedback.</summary>
    public required IReadOnlyList<FailureCluster> Clusters { get; init; }

    /// <summary>Each proposer's status: how many candidates it made, or why it did not run.</summary>
    public required IReadOnlyDictionary<string, string> Proposers { get; init; }

    /// <summary>Every candidate.</summary>
    public required IReadOnlyList<CandidateOutcome> Candidates { get; init; }

    /// <summary>The best candidate that passed the gate without regressing a case, or null.</summary>
    public string? Chosen { get; init; }

    /// <summary>What was done: promoted (with the decision id), proposed (with the command to promote), or why nothing passed.</summary>
    public required string Outcome { get; init; }

    /// <summary>When the run started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When it finished.</summary>
    public required DateTimeOffset FinishedAt { get; init; }
}
