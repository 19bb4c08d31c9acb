using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Evals.Evaluation;

/// <summary>
/// The agent's structured reply to the last message, with what the turn cost. The evaluated <c>ChatResponse</c>
/// carries only the reply's text; evaluators read the segment, clarification and refusal from here.
/// </summary>
internal sealed class AgentReplyContext : EvaluationContext
{
    /// <summary>Context name, for reports.</summary>
    public const string ContextName = "Agent reply";

    /// <summary>Creates the context of <paramref name="reply"/>, which took <paramref name="latency"/>.</summary>
    public AgentReplyContext(ChatReply reply, TimeSpan latency, int llmCalls = 0, int tokens = 0, decimal cost = 0m)
        : base(ContextName, ChatJson.Serialize(reply ?? throw new ArgumentNullException(nameof(reply))))
    {
        Reply = reply;
        Latency = latency;
        LlmCalls = llmCalls;
        Tokens = tokens;
        Cost = cost;
    }

    /// <summary>The reply in the chat contract.</summary>
    public ChatReply Reply { get; }

    /// <summary>How long the turn took.</summary>
    public TimeSpan Latency { get; }

    /// <summary>Model calls the turn made.</summary>
    public int LlmCalls { get; }

    /// <summary>Tokens those calls used.</summary>
    public int Tokens { get; }

    /// <summary>What those calls cost, in US dollars.</summary>
    public decimal Cost { get; }

    /// <summary>The response to evaluate: the reply's text as the assistant's message.</summary>
    public ChatResponse Response => new(new ChatMessage(ChatRole.Assistant, Reply.Text));

    /// <summary>The reply among <paramref name="contexts"/>; an evaluator cannot judge a turn without it.</summary>
    /// <exception cref="ArgumentException">No <see cref="AgentReplyContext"/> was passed.</exception>
    public static AgentReplyContext From(IEnumerable<EvaluationContext>? contexts) =>
        contexts?.OfType<AgentReplyContext>().FirstOrDefault()
            ?? throw new ArgumentException($"pass the agent's reply as an {nameof(AgentReplyContext)} in the additional context", nameof(contexts));
}
