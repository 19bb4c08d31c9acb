namespace SegmentAI.Host.Channels.Teams.Activities;

/// <summary>The conversation of an activity.</summary>
/// <param name="Id">Conversation id; a channel thread's id ends with <c>;messageid=...</c>.</param>
/// <param name="ConversationType">personal, groupChat or channel.</param>
/// <param name="IsGroup">True for group chats and channels.</param>
/// <param name="TenantId">The Entra tenant.</param>
/// <param name="Name">Name of a group chat or channel.</param>
internal sealed record ConversationAccount(string? Id = null, string? ConversationType = null, bool? IsGroup = null, string? TenantId = null, string? Name = null);
