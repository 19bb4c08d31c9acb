using System.Text.Json;

namespace SegmentAI.Host.Channels.Teams.Activities;

/// <summary>
/// The fields of a Bot Framework activity the Teams channel reads. Every field is optional to the parser so a
/// missing one is reported by name (<see cref="ActivityReader"/>) instead of failing deserialization.
/// </summary>
internal sealed record TeamsActivity
{
    /// <summary>message, conversationUpdate, invoke, typing, ...</summary>
    public string? Type { get; init; }

    /// <summary>Id of the activity, unique within its conversation; replies are addressed to it.</summary>
    public string? Id { get; init; }

    /// <summary>Invoke name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }

    /// <summary>Bot Connector endpoint replies for this conversation go to.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>"msteams".</summary>
    public string? ChannelId { get; init; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; init; }

    /// <summary>The bot, as the channel knows it.</summary>
    public ChannelAccount? Recipient { get; init; }

    /// <summary>The conversation: personal chat, group chat or channel thread.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>What the sender wrote, with mention markup such as <c>&lt;at&gt;SegmentAI&lt;/at&gt;</c>.</summary>
    public string? Text { get; init; }

    /// <summary>Mentions and client info.</summary>
    public IReadOnlyList<ActivityEntity>? Entities { get; init; }

    /// <summary>Teams-specific data: the Entra tenant and the team.</summary>
    public TeamsChannelData? ChannelData { get; init; }

    /// <summary>Card action data: the invoke's <c>action</c>, or an Action.Submit's data on a message.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The activity this one answers.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>Members who joined, on conversationUpdate.</summary>
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>The Entra tenant the activity comes from: <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</summary>
    public string? TenantId => ChannelData?.Tenant?.Id is { Length: > 0 } id ? id : Conversation?.TenantId;
}
