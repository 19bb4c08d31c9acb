using System.Globalization;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Conversation.Pipeline;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Admission;

/// <summary>
/// The message limits of tenant.yaml on every channel: a message over the user's or the tenant's allowance gets the same
/// error reply everywhere (the web API answers it with 429 and Retry-After) and never reaches the engine.
/// </summary>
internal sealed partial class RateLimitingConversationEngine(
    IConversationEngine innerEngine, TurnRateLimiter limits, TenantDirectory tenants, ILogger logger) : DelegatingConversationEngine(innerEngine)
{
    public override Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (tenants.Find(request.TenantId) is not { } tenant
            || tenant.Config.FindEnrolled(request.UserId) is not { } user
            || limits.TryAdmit(new ChannelUser(tenant, user)) is not { } retryAfter)
        {
            return InnerEngine.HandleAsync(request, cancellationToken);
        }

        LogRateLimited(logger, request.Channel, tenant.Id);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        return Task.FromResult(new ChatReply
        {
            Kind = ReplyKind.Error,
            Text = string.Create(CultureInfo.InvariantCulture, $"You're sending messages faster than the limits of your workspace allow. Wait about {seconds} seconds, then send it again."),
            SessionId = request.SessionId ?? "",
            Error = new ErrorCard(ErrorCodes.RateLimited, RetryAfterSeconds: seconds),
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Channel} message for tenant {TenantId} was over the message limit")]
    private static partial void LogRateLimited(ILogger logger, string channel, string tenantId);
}
