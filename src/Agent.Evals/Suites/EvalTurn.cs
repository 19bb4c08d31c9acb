namespace SegmentAI.Evals.Suites;

/// <summary>One message of an eval case and what its reply must be.</summary>
/// <param name="Say">The user's message, verbatim.</param>
/// <param name="Expect">What the reply must be.</param>
/// <param name="Line">1-based line of the turn.</param>
public sealed record EvalTurn(string Say, TurnExpectation Expect, int Line);
