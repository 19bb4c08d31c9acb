namespace SegmentAI.Skills.Promotion;

/// <summary>
/// The eval gate's verdict that a candidate version may go live: the input a skill with <c>eval_gate: true</c> needs
/// before <see cref="SkillActivation"/> makes that version active. The gate that compares runs produces it;
/// activation checks that it is about the right skill and version and that it passed.
/// </summary>
public sealed record GateApproval
{
    /// <summary>The gate run that produced the approval; its stored result is what activation trusts.</summary>
    public string? GateId { get; init; }

    /// <summary>The eval run of the candidate that the gate judged.</summary>
    public required string EvalRunId { get; init; }

    /// <summary>Skill the gate judged.</summary>
    public required string SkillId { get; init; }

    /// <summary>Version the gate judged.</summary>
    public required string CandidateVersion { get; init; }

    /// <summary>True when every gate passed.</summary>
    public required bool Passed { get; init; }

    /// <summary>JSON object: the gates passed and failed and the metrics that regressed; kept in the promotion log.</summary>
    public string? Details { get; init; }

    /// <summary>Why this approval does not allow <paramref name="skillId"/>@<paramref name="version"/> to go live, or null when it does.</summary>
    public string? ProblemFor(string skillId, string version)
    {
        if (string.IsNullOrWhiteSpace(EvalRunId))
        {
            return "the gate approval has no eval run id; give the id of the eval run the gate judged";
        }

        if (!string.Equals(SkillId, skillId, StringComparison.Ordinal) || !string.Equals(CandidateVersion, version, StringComparison.Ordinal))
        {
            return $"the gate approval of run {EvalRunId} is for {SkillId}@{CandidateVersion}, not {skillId}@{version}";
        }

        return Passed ? null : $"the gate of run {EvalRunId} did not pass for {skillId}@{version}; fix the regressions and run the evals again";
    }
}
