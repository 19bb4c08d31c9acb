namespace SegmentAI.Host.Api.Resources;

/// <summary>Body of <c>POST /api/skills/{id}/activate</c>.</summary>
/// <param name="Version">Version to make live.</param>
/// <param name="Scope"><c>global</c> (the default) or <c>tenant</c> (a pin for the caller's tenant only).</param>
/// <param name="GateApproval">The passed eval gate; required when the version has <c>eval_gate: true</c>.</param>
/// <param name="EvalRunId">The eval run the decision rests on, for versions without a gate.</param>
/// <param name="Reason">Why, kept in the history.</param>
internal sealed record ActivateSkillBody(string Version, string? Scope, GateApprovalBody? GateApproval, string? EvalRunId, string? Reason);
