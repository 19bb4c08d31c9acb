using System.Text.Json.Nodes;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>Bot Connector tokens as the Bot Framework issues them to bots, with one field changed per test.</summary>
internal static class BotTokens
{
    public const string Issuer = "https://api.botframework.com";

    /// <summary>A token the channel accepts for <paramref name="serviceUrl"/>; <paramref name="change"/> spoils it.</summary>
    public static string Mint(TestSigningKey key, string appId, string serviceUrl, Action<JsonObject, JsonObject>? change = null)
    {
        var now = DateTimeOffset.UtcNow;
        var header = new JsonObject { ["alg"] = "RS256", ["kid"] = key.Id, ["x5t"] = key.Id, ["typ"] = "JWT" };
        var claims = new JsonObject
        {
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
            ["iss"] = Issuer,
            ["aud"] = appId,
        };
        change?.Invoke(header, claims);
        return key.Sign(header, claims);
    }
}
