using System.Security.Cryptography;
using System.Text;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Skills.Conversation;

/// <summary>
/// The shape of the ids a client chooses — session ids and message (idempotency) ids — which become storage keys:
/// 1 to <see cref="MaxLength"/> printable ASCII characters, no spaces.
/// </summary>
public static class ConversationIds
{
    /// <summary>Longest id accepted.</summary>
    public const int MaxLength = 128;

    /// <summary>
    /// The id of the session a request without one starts. A request with a client message id gets a session named
    /// after it (tenant, user and id hashed), so a retry of a first message lands in the session the first try made.
    /// </summary>
    public static string NewSession(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.MessageId is { } messageId
            ? "s-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{request.TenantId}\n{request.UserId}\n{messageId}")))[..12]
            : $"s-{Guid.NewGuid():N}"[..14];
    }

    /// <summary>Why <paramref name="id"/> cannot be used as the <paramref name="what"/>, or null when it can.</summary>
    public static string? Problem(string id, string what)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length is 0 or > MaxLength)
        {
            return $"{what} must be 1 to {MaxLength} characters long; it was {id.Length:N0}.";
        }

        return id.All(c => c is > ' ' and <= '~')
            ? null
            : $"{what} may only use letters, digits and punctuation (printable ASCII without spaces).";
    }
}
