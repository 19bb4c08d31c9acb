namespace SegmentAI.LoadTest;

/// <summary>One message of a simulated conversation and the kinds of reply it may get.</summary>
/// <param name="Text">What the user says.</param>
/// <param name="ExpectedKinds">
/// Reply kinds that are right: a question the agent asked a user once is answered from their remembered preference
/// the next time, so a clarification step may get the segment straight away.
/// </param>
internal sealed record ScriptedTurn(string Text, params string[] ExpectedKinds);
