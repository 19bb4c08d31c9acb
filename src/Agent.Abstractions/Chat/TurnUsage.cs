namespace SegmentAI.Skills.Chat;

/// <summary>What the model calls of one turn used; absent from a reply that made none.</summary>
/// <param name="LlmCalls">Model calls made.</param>
/// <param name="InputTokens">Prompt tokens, all calls together.</param>
/// <param name="OutputTokens">Completion tokens, all calls together.</param>
/// <param name="CostUsd">What the calls cost, in US dollars, from the configured prices.</param>
public sealed record TurnUsage(int LlmCalls, long InputTokens, long OutputTokens, decimal CostUsd);
