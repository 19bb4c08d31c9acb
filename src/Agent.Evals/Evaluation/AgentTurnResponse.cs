using SegmentAI.Skills.Chat;

namespace SegmentAI.Evals.Evaluation;

/// <summary>What the agent answered to the last message of a conversation, with what the turn cost.</summary>
/// <param name="Reply">The reply in the chat contract.</param>
/// <param name="Latency">How long the turn took.</param>
/// <param name="LlmCalls">Model calls the turn made.</param>
/// <param name="Tokens">Tokens those calls used.</param>
/// <param name="Cost">What those calls cost, in US dollars.</param>
public sealed record AgentTurnResponse(ChatReply Reply, TimeSpan Latency, int LlmCalls = 0, int Tokens = 0, decimal Cost = 0m);
