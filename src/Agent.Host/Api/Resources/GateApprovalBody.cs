using System.Text.Json;

namespace SegmentAI.Host.Api.Resources;

/// <summary>The passed eval gate a version with <c>eval_gate: true</c> needs to go live.</summary>
/// <param name="EvalRunId">Eval run of the candidate the gate judged.</param>
/// <param name="CandidateVersion">Version the gate judged; must be the version activated.</param>
/// <param name="Passed">True when every gate passed.</param>
/// <param name="Details">Gates passed and failed and metrics that regressed (a JSON object), kept in the history.</param>
internal sealed record GateApprovalBody(string EvalRunId, string CandidateVersion, bool Passed, JsonElement? Details);
