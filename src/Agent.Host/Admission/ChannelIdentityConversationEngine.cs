using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Conversation.Pipeline;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Host.Admission;

/// <summary>
/// Maps a channel sender (<see cref="ChatRequest.Sender"/>) to the tenant user tenant.yaml enrolls, or tells them how
/// to get enrolled. A request without a sender (the web API, the command line) already names its tenant user.
/// </summary>
internal sealed partial class ChannelIdentityConversationEngine(IConversationEngine innerEngine, ChannelIdentityMap identities, ILogger logger)
    : DelegatingConversationEngine(innerEngine)
{
    /// <summary>The refusal category of a sender no tenant enrolls.</summary>
    public const string NotEnrolledCategory = "not_enrolled";

    public override Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Sender is not { } sender)
        {
            return InnerEngine.HandleAsync(request, cancellationToken);
        }

        if (identities.Resolve(request.Channel, sender.Workspace, sender.SenderId) is not { } user)
        {
            LogNotEnrolled(logger, request.Channel, sender.Workspace);
            return Task.FromResult(NotEnrolled(request.Channel, sender, request.SessionId ?? ""));
        }

        return InnerEngine.HandleAsync(request with { TenantId = user.Tenant.Id, UserId = user.User.Id }, cancellationToken);
    }

    private static ChatReply NotEnrolled(string channel, ChannelSender sender, string sessionId)
    {
        var reason = $"you're not enrolled in SegmentAI yet. Ask your SegmentAI admin to add your {Describe(channel)} id ({sender.SenderId}) to your company's tenant.";
        return new ChatReply
        {
            Kind = ReplyKind.Refusal,
            Text = $"Hi! I can't help you yet: {reason}",
            SessionId = sessionId,
            Refusal = new RefusalCard(reason, NotEnrolledCategory),
        };
    }

    private static string Describe(string channel) => channel switch
    {
        ChannelNames.Teams => "Microsoft Teams",
        ChannelNames.Slack => "Slack",
        _ => "user",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Channel} sender from workspace {Workspace} is not enrolled in any tenant")]
    private static partial void LogNotEnrolled(ILogger logger, string channel, string workspace);
}
