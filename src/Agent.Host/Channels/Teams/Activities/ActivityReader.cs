using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using SegmentAI.Skills.Configuration;

namespace SegmentAI.Host.Channels.Teams.Activities;

/// <summary>Parses an activity and names every required field it lacks, so a bad request gets a 400 saying what is wrong.</summary>
internal static class ActivityReader
{
    /// <summary>Parses <paramref name="body"/>; on failure <paramref name="errors"/> says where the JSON is wrong.</summary>
    public static bool TryParse(string body, [NotNullWhen(true)] out TeamsActivity? activity, [NotNullWhen(false)] out Dictionary<string, string[]>? errors)
    {
        activity = null;
        errors = null;
        try
        {
            activity = JsonSerializer.Deserialize<TeamsActivity>(body, ActivityJson.Options)
                ?? throw new JsonException("expected an activity object, got null");
            return true;
        }
        catch (JsonException ex)
        {
            errors = new Dictionary<string, string[]>(StringComparer.Ordinal) { [JsonErrorText.PathOf(ex)] = [$"invalid activity JSON: {JsonErrorText.Reason(ex)}"] };
            return false;
        }
    }

    /// <summary>The problems of <paramref name="activity"/> by field; empty when it can be handled.</summary>
    public static Dictionary<string, string[]> Validate(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Require(errors, "type", activity.Type);
        Require(errors, "channelId", activity.ChannelId);
        if (activity.ChannelId is { Length: > 0 } channel && !string.Equals(channel, ActivityTypes.TeamsChannelId, StringComparison.Ordinal))
        {
            errors["channelId"] = [$"this endpoint serves Microsoft Teams: channelId must be \"{ActivityTypes.TeamsChannelId}\", got \"{channel}\""];
        }

        Require(errors, "serviceUrl", activity.ServiceUrl);
        if (activity.ServiceUrl is { Length: > 0 } serviceUrl && !IsHttpUrl(serviceUrl))
        {
            errors["serviceUrl"] = [$"serviceUrl must be an absolute http(s) URL, got \"{serviceUrl}\""];
        }

        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke or ActivityTypes.ConversationUpdate)
        {
            Require(errors, "id", activity.Id);
            Require(errors, "conversation.id", activity.Conversation?.Id);
            Require(errors, "from.id", activity.From?.Id);
            Require(errors, "recipient.id", activity.Recipient?.Id);
        }

        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke)
        {
            Require(errors, "channelData.tenant.id", activity.TenantId);
        }

        return errors;
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static void Require(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"{field} is required"];
        }
    }
}
