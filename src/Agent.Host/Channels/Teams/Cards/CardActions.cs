using System.Text.Json;
using System.Text.Json.Nodes;

namespace SegmentAI.Host.Channels.Teams.Cards;

/// <summary>
/// The buttons of SegmentAI's cards and the chat text each one stands for, so a click is a turn like a typed
/// message: Save is "save it as "name"", Explain is "explain it", the thumbs are 👍 and 👎, and a clarification option
/// is its label. The verb travels in the action's data too, because the Action.Submit fallback has no verb of its own.
/// </summary>
internal static class CardActions
{
    public const string Save = "save";

    public const string Explain = "explain";

    public const string Rate = "rate";

    public const string Answer = "answer";

    private const string VerbField = "verb";

    /// <summary>
    /// An Action.Execute (Universal Actions, answered by an invoke) with an Action.Submit fallback carrying the same
    /// data, for clients without Universal Actions (the data then arrives as a message's value).
    /// </summary>
    public static JsonObject Button(string title, string verb, params (string Name, string Value)[] fields)
    {
        var data = new JsonObject { [VerbField] = verb };
        foreach (var (name, value) in fields)
        {
            data[name] = value;
        }

        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data,
            ["fallback"] = new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = title,
                ["data"] = data.DeepClone(),
            },
        };
    }

    /// <summary>The chat text of an action's data; null when the data is not one of SegmentAI's actions.</summary>
    /// <param name="data">The action's data (an Action.Submit message's value, or an invoke's <c>action.data</c>).</param>
    /// <param name="verb">The Action.Execute verb, when there is one; the data's own verb otherwise.</param>
    public static string? TextOf(JsonElement? data, string? verb = null)
    {
        if (data is { ValueKind: JsonValueKind.Object } fields && Field(fields, VerbField) is { } own)
        {
            verb = own;
        }

        return verb switch
        {
            Save => Field(data, "name") is { } name ? $"save it as \"{name.Replace('"', '\'')}\"" : "save it",
            Explain => "explain it",
            Rate => Field(data, "rating") switch
            {
                "up" => "👍",
                "down" => "👎",
                _ => null,
            },
            Answer => Field(data, "option"),
            _ => null,
        };
    }

    private static string? Field(JsonElement? data, string name) =>
        data is { ValueKind: JsonValueKind.Object } fields && fields.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;
}
