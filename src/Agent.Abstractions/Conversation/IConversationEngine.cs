using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Skills.Conversation;

/// <summary>Turns one message into one reply (the chat contract), keeping the conversation's state between turns.</summary>
public interface IConversationEngine
{
    /// <summary>Handles one message. Never throws for bad input: problems come back as refusal or error replies.</summary>
    Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default);
}
