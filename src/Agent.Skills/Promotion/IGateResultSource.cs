namespace SegmentAI.Skills.Promotion;

/// <summary>
/// The eval gate results the gate itself stored: the only approvals <see cref="SkillActivation"/> trusts, so a
/// caller cannot make a gated version live by sending an approval it wrote itself.
/// </summary>
public interface IGateResultSource
{
    /// <summary>
    /// The approval of the stored gate result whose gate id, or whose candidate eval run id, is <paramref name="gateOrRunId"/>
    /// (passed or not), or null when no gate result with that id was stored.
    /// </summary>
    Task<GateApproval?> FindApprovalAsync(string gateOrRunId, CancellationToken cancellationToken = default);

    /// <summary>Whether the eval harness stored a run with id <paramref name="evalRunId"/>, so a decision resting on it rests on something real.</summary>
    Task<bool> RunExistsAsync(string evalRunId, CancellationToken cancellationToken = default);
}
