using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Host.CommandLine.Chat;

/// <summary>
/// One run of the <c>chat</c> command: who is talking to which tenant in which session, and how each line
/// becomes a request. The command line is a trusted local tool, so unknown users get the tenant's default role.
/// </summary>
internal sealed class CommandLineConversation
{
    public const string Channel = "cli";

    private readonly IConversationEngine _engine;

    /// <summary>A conversation through <paramref name="engine"/>: the host's admission pipeline, which answers a failure with an error reply.</summary>
    public CommandLineConversation(
        IConversationEngine engine, string tenantId, string userId, string? sessionId, DateOnly? asOf, string? warehouse)
    {
        _engine = engine;
        TenantId = tenantId;
        UserId = userId;
        SessionId = sessionId ?? NewSessionId();
        AsOf = asOf;
        Warehouse = warehouse;
    }

    public string TenantId { get; }

    public string UserId { get; }

    /// <summary>Kept for the whole run, so every line continues the same conversation.</summary>
    public string SessionId { get; private set; }

    public DateOnly? AsOf { get; }

    public string? Warehouse { get; }

    public ChatRequest Request(string text) =>
        new(TenantId, UserId, SessionId, text, Channel, TrustUnknownUsers: true, AsOf, Warehouse);

    /// <summary>
    /// The pipeline's reply. An engine failure is a polite error reply (and a log line with its trace id on stderr), so
    /// a script reading <c>--json</c> output still gets exactly one line per message.
    /// </summary>
    public Task<ChatReply> SendAsync(string text, CancellationToken cancellationToken = default) =>
        _engine.HandleAsync(Request(text), cancellationToken);

    public void StartNewSession() => SessionId = NewSessionId();

    private static string NewSessionId() => "cli-" + Guid.NewGuid().ToString("N")[..12];
}
