using System.Text.Json.Nodes;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>
/// Activities shaped like the examples of Microsoft's Teams bot documentation (personal message, channel message with
/// an at-mention, conversationUpdate for an installed bot, adaptiveCard/action invoke, Action.Submit message), with
/// Acme Retail's Entra tenant and enrolled users.
/// </summary>
internal static class TeamsActivities
{
    public const string AcmeTenant = "6f1d2c4b-8a3e-4f7d-9b21-0c5e8a7d3f14";

    public const string MarcoAad = "220bd74b-a00e-466c-b511-fa8c57fc132c";

    public const string BotId = "28:c9e8c047-2a74-40a2-b28a-b162d5f5327c";

    public const string ChannelThread = "19:d7a1e0e7f1a84c1f9b3e4e0f6c1c7a2b@thread.tacv2;messageid=1481567603816";

    public static string PersonalConversation(string suffix = "1") =>
        $"a:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw-{suffix}";

    /// <summary>A one-to-one chat message (docs: "Receive a message", personal scope).</summary>
    public static JsonObject PersonalMessage(string serviceUrl, string text, string id = "1485983408511", string? conversationId = null, string aadObjectId = MarcoAad) =>
        Parse($$"""
        {
          "type": "message",
          "id": "{{id}}",
          "timestamp": "2026-11-22T21:10:07.437Z",
          "localTimestamp": "2026-11-22T14:10:07.437-07:00",
          "serviceUrl": "{{serviceUrl}}",
          "channelId": "msteams",
          "from": {
            "id": "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw",
            "name": "Marco Bianchi",
            "aadObjectId": "{{aadObjectId}}"
          },
          "conversation": {
            "conversationType": "personal",
            "tenantId": "{{AcmeTenant}}",
            "id": "{{conversationId ?? PersonalConversation()}}"
          },
          "recipient": { "id": "{{BotId}}", "name": "SegmentAI" },
          "textFormat": "plain",
          "text": "",
          "attachments": [],
          "entities": [
            { "locale": "en-US", "country": "US", "platform": "Windows", "timezone": "America/Los_Angeles", "type": "clientInfo" }
          ],
          "channelData": { "tenant": { "id": "{{AcmeTenant}}" } },
          "locale": "en-US"
        }
        """).With("text", text);

    /// <summary>A channel message that at-mentions the bot (docs: "Channel and group chat conversations with a bot").</summary>
    public static JsonObject ChannelMention(string serviceUrl, string textAfterMention, string id = "1481567603816") =>
        Parse($$"""
        {
          "type": "message",
          "id": "{{id}}",
          "timestamp": "2026-11-22T18:33:23.1Z",
          "serviceUrl": "{{serviceUrl}}",
          "channelId": "msteams",
          "from": {
            "id": "29:1I9Is_Sx0O-Iy2rQ7Xz1lcaPKlO9eqmBRTBuW6XzXFZnO_0FYrvgaLp7ldLkChBBTRXuaBiw_UYYHhNJ-Ww8JGQ",
            "name": "Marco Bianchi",
            "aadObjectId": "{{MarcoAad}}"
          },
          "conversation": {
            "isGroup": true,
            "conversationType": "channel",
            "tenantId": "{{AcmeTenant}}",
            "id": "{{ChannelThread}}"
          },
          "recipient": { "id": "{{BotId}}", "name": "SegmentAI" },
          "textFormat": "plain",
          "text": "",
          "attachments": [ { "contentType": "text/html", "content": "<div><div><span itemscope=\"\" itemtype=\"http://schema.skype.com/Mention\" itemid=\"0\">SegmentAI</span></div></div>" } ],
          "entities": [
            { "mentioned": { "id": "{{BotId}}", "name": "SegmentAI" }, "text": "<at>SegmentAI</at>", "type": "mention" },
            { "locale": "en-US", "country": "US", "platform": "Web", "timezone": "America/Los_Angeles", "type": "clientInfo" }
          ],
          "channelData": {
            "teamsChannelId": "19:d7a1e0e7f1a84c1f9b3e4e0f6c1c7a2b@thread.tacv2",
            "teamsTeamId": "19:efa9296d959346209fea44151c742e73@thread.tacv2",
            "channel": { "id": "19:d7a1e0e7f1a84c1f9b3e4e0f6c1c7a2b@thread.tacv2" },
            "team": { "id": "19:efa9296d959346209fea44151c742e73@thread.tacv2" },
            "tenant": { "id": "{{AcmeTenant}}" }
          },
          "locale": "en-US"
        }
        """).With("text", "<at>SegmentAI</at> " + textAfterMention);

    /// <summary>The bot installed in a team (docs: conversationUpdate, teamMemberAdded).</summary>
    public static JsonObject MembersAdded(string serviceUrl, params string[] memberIds) =>
        Parse($$"""
        {
          "membersAdded": [],
          "type": "conversationUpdate",
          "timestamp": "2026-11-22T19:34:07.478Z",
          "localTimestamp": "2026-11-22T12:34:07.478-07:00",
          "id": "f:5f85c2ad",
          "channelId": "msteams",
          "serviceUrl": "{{serviceUrl}}",
          "from": {
            "id": "29:1I9Is_Sx0O-Iy2rQ7Xz1lcaPKlO9eqmBRTBuW6XzXFZnO_0FYrvgaLp7ldLkChBBTRXuaBiw_UYYHhNJ-Ww8JGQ",
            "aadObjectId": "{{MarcoAad}}"
          },
          "conversation": {
            "isGroup": true,
            "conversationType": "channel",
            "tenantId": "{{AcmeTenant}}",
            "id": "19:efa9296d959346209fea44151c742e73@thread.tacv2"
          },
          "recipient": { "id": "{{BotId}}", "name": "SegmentAI" },
          "channelData": {
            "team": { "aadGroupId": "d5a0a5e4-5e36-4b3c-8e3e-6d3b2a1c0f9e", "name": "Marketing", "id": "19:efa9296d959346209fea44151c742e73@thread.tacv2" },
            "eventType": "teamMemberAdded",
            "tenant": { "id": "{{AcmeTenant}}" }
          }
        }
        """).With("membersAdded", new JsonArray([.. memberIds.Select(m => (JsonNode)new JsonObject { ["id"] = m })]));

    /// <summary>A Universal Actions click (docs: adaptiveCard/action invoke): the action's verb and data.</summary>
    public static JsonObject CardAction(string serviceUrl, string verb, JsonObject data, string id = "f:8d3c2b7a", string? conversationId = null) =>
        Parse($$"""
        {
          "type": "invoke",
          "name": "adaptiveCard/action",
          "id": "{{id}}",
          "timestamp": "2026-11-22T21:12:44.1Z",
          "serviceUrl": "{{serviceUrl}}",
          "channelId": "msteams",
          "from": {
            "id": "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw",
            "name": "Marco Bianchi",
            "aadObjectId": "{{MarcoAad}}"
          },
          "conversation": {
            "conversationType": "personal",
            "tenantId": "{{AcmeTenant}}",
            "id": "{{conversationId ?? PersonalConversation()}}"
          },
          "recipient": { "id": "{{BotId}}", "name": "SegmentAI" },
          "entities": [ { "locale": "en-US", "country": "US", "platform": "Windows", "timezone": "America/Los_Angeles", "type": "clientInfo" } ],
          "channelData": { "tenant": { "id": "{{AcmeTenant}}" }, "source": { "name": "message" }, "legacy": { "replyToId": "1:1Qr3ad7Ae" } },
          "replyToId": "1:1Qr3ad7Ae",
          "value": { "action": { "type": "Action.Execute", "title": "", "id": "", "verb": "", "data": {} }, "trigger": "manual" },
          "locale": "en-US"
        }
        """).WithAction(verb, data);

    /// <summary>An Action.Submit click (docs: the card's data arrives as the value of a message without text).</summary>
    public static JsonObject SubmitMessage(string serviceUrl, JsonObject data, string id = "1485983419876")
    {
        var activity = PersonalMessage(serviceUrl, "", id);
        activity.Remove("text");
        activity["value"] = data;
        activity["replyToId"] = "1:1Qr3ad7Ae";
        activity["channelData"]!["source"] = new JsonObject { ["name"] = "message" };
        return activity;
    }

    public static JsonObject With(this JsonObject activity, string name, JsonNode? value)
    {
        activity[name] = value;
        return activity;
    }

    private static JsonObject WithAction(this JsonObject activity, string verb, JsonObject data)
    {
        var action = activity["value"]!["action"]!;
        action["verb"] = verb;
        action["data"] = data;
        return activity;
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
