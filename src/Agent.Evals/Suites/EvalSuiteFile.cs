namespace SegmentAI.Evals.Suites;

/// <summary>One suite file as read: its header and its cases.</summary>
/// <param name="Path">The file, as named in messages.</param>
/// <param name="SuiteId">The <c>suite:</c> header: the skill's <c>eval_suite_id</c>.</param>
/// <param name="SkillId">The <c>skill:</c> header: the skill the cases exercise.</param>
/// <param name="Cases">The cases, in file order.</param>
public sealed record EvalSuiteFile(string Path, string SuiteId, string SkillId, IReadOnlyList<EvalCase> Cases);
