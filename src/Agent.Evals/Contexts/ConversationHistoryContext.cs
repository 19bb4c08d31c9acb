using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Evals.Contexts;

/// <summary>The replies of the earlier turns of the same case, oldest first.</summary>
internal sealed class ConversationHistoryContext(IReadOnlyList<ChatReply> earlierReplies) : EvaluationContext("history")
{
    /// <summary>Replies before the one evaluated.</summary>
    public IReadOnlyList<ChatReply> EarlierReplies { get; } = earlierReplies ?? throw new ArgumentNullException(nameof(earlierReplies));
}
