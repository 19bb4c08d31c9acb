using System.Text.Json.Nodes;

namespace SegmentAI.Host.Channels.Teams.Connector;

/// <summary>An attachment of an outgoing activity: an Adaptive Card.</summary>
/// <param name="ContentType"><c>application/vnd.microsoft.card.adaptive</c>.</param>
/// <param name="Content">The card.</param>
internal sealed record CardAttachment(string ContentType, JsonObject Content);
