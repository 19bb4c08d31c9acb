using System.Text.Json;

namespace SegmentAI.Host.Channels.Slack;

/// <summary>The outer JSON of an Events API request (only the fields the channel reads).</summary>
/// <param name="Type"><c>url_verification</c>, <c>event_callback</c> or <c>app_rate_limited</c>.</param>
/// <param name="Challenge">The value to echo, for <c>url_verification</c>.</param>
/// <param name="TeamId">The workspace the event happened in.</param>
/// <param name="EventId">Unique per event, and the same on Slack's retries of it.</param>
/// <param name="Event">The event itself, read as a <see cref="SlackEvent"/> only when it is one the channel answers (other events have other shapes).</param>
/// <param name="Authorizations">The app's installations the event is for; their user id is the bot's.</param>
internal sealed record SlackEnvelope(
    string? Type = null,
    string? Challenge = null,
    string? TeamId = null,
    string? EventId = null,
    JsonElement? Event = null,
    IReadOnlyList<SlackAuthorization>? Authorizations = null);
