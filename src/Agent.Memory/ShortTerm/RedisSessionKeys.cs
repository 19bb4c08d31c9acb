using System.Globalization;
using System.Text;

namespace SegmentAI.Memory.ShortTerm;

/// <summary>
/// Names of the Redis keys of short-term memory: <c>{prefix}:{tenant}:session:{session}</c>,
/// <c>{prefix}:{tenant}:user:{user}:sessions</c> and the channel deliveries taken. The tenant is the hash tag, so a tenant's keys share one cluster
/// slot and the Lua scripts may touch them together. Ids are percent-encoded: outside letters, digits and
/// <c>- _ . @</c> every byte (including <c>%</c> itself) becomes <c>%XX</c>, so no id can contain a separator or a
/// brace, and two different ids never share a key.
/// </summary>
internal sealed class RedisSessionKeys
{
    private readonly string _prefix;

    /// <summary>Creates the key names under <paramref name="prefix"/> (validated by <see cref="RedisShortTermOptions"/>).</summary>
    public RedisSessionKeys(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        _prefix = prefix;
    }

    /// <summary>Key of one session's hash.</summary>
    public string Session(string tenantId, string sessionId) => SessionPrefix(tenantId) + Encode(sessionId);

    /// <summary>Everything before the encoded session id in <see cref="Session"/>.</summary>
    public string SessionPrefix(string tenantId) => $"{_prefix}:{{{Encode(tenantId)}}}:session:";

    /// <summary>Key of the set of a user's session ids (encoded) in a tenant.</summary>
    public string UserSessions(string tenantId, string userId) => $"{_prefix}:{{{Encode(tenantId)}}}:user:{Encode(userId)}:sessions";

    /// <summary>
    /// Key marking a channel delivery as taken: <c>{prefix}:{workspace}:delivery:{channel}:{delivery}</c>, with the
    /// channel's workspace (Teams tenant, Slack team, or our tenant for the web) as the hash tag.
    /// </summary>
    public string Delivery(string channel, string workspace, string deliveryId) =>
        $"{_prefix}:{{{Encode(workspace)}}}:delivery:{Encode(channel)}:{Encode(deliveryId)}";

    /// <summary>Pattern matching every key under the prefix, for clean-up tools and tests (never used on a request path).</summary>
    public string AllKeysPattern => $"{_prefix}:*";

    /// <summary>The id as it appears inside a key.</summary>
    public static string Encode(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var builder = new StringBuilder(id.Length);
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '@')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
