using System.Text.Json.Nodes;

namespace SegmentAI.Host.Channels.Teams;

/// <summary>The synchronous answer to an <c>adaptiveCard/action</c> invoke: the card that replaces the one clicked.</summary>
/// <param name="StatusCode">200.</param>
/// <param name="Type"><c>application/vnd.microsoft.card.adaptive</c>.</param>
/// <param name="Value">The card.</param>
internal sealed record InvokeResponse(int StatusCode, string Type, JsonObject Value);
