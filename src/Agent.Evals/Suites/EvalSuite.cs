namespace SegmentAI.Evals.Suites;

/// <summary>Every case of one skill's suite, from all of its files (one per tenant), in file then case order.</summary>
/// <param name="Id">The suite id (the skill's <c>eval_suite_id</c>).</param>
/// <param name="SkillId">The skill under test.</param>
/// <param name="Files">The files the cases came from.</param>
/// <param name="Cases">The cases.</param>
public sealed record EvalSuite(string Id, string SkillId, IReadOnlyList<string> Files, IReadOnlyList<EvalCase> Cases);
