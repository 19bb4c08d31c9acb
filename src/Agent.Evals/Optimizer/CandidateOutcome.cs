using SegmentAI.Evals.Gates;

namespace SegmentAI.Evals.Optimizer;

/// <summary>One proposed version and how far it got.</summary>
internal sealed record CandidateOutcome
{
    /// <summary>The candidate's version number.</summary>
    public required string Version { get; init; }

    /// <summary>The proposer that made it.</summary>
    public required string Proposer { get; init; }

    /// <summary>What changed.</summary>
    public required string Change { get; init; }

    /// <summary>The candidate file (outside the live skills folder until promoted).</summary>
    public required string File { get; init; }

    /// <summary>Train cases passed by the live version.</summary>
    public int TrainPassedBefore { get; init; }

    /// <summary>Train cases passed by the candidate.</summary>
    public int TrainPassedAfter { get; init; }

    /// <summary>True when it passed more train cases than the live version and went on to the gate.</summary>
    public bool Screened { get; init; }

    /// <summary>The gate result id, when gated.</summary>
    public string? GateId { get; init; }

    /// <summary>The gate's verdict, when gated.</summary>
    public GateStatus? GateStatus { get; init; }

    /// <summary>Each gate's details, when gated.</summary>
    public IReadOnlyList<string> GateChecks { get; init; } = [];

    /// <summary>Holdout cases passed by the live version (in the gate's active run).</summary>
    public int HoldoutPassedBefore { get; init; }

    /// <summary>Holdout cases passed by the candidate; decides between gated candidates.</summary>
    public int HoldoutPassedAfter { get; init; }

    /// <summary>The live version's failure clusters, before and after.</summary>
    public IReadOnlyList<ClusterOutcome> Clusters { get; init; } = [];

    /// <summary>Cases the live version passed that the candidate fails, with their new cluster keys.</summary>
    public IReadOnlyList<string> Regressions { get; init; } = [];

    /// <summary>Why it stopped where it did.</summary>
    public required string Verdict { get; init; }
}
