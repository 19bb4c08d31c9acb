namespace SegmentAI.Host.Admission;

/// <summary>Channel names as they appear in <c>ChatRequest.Channel</c>, the query log and metrics.</summary>
internal static class ChannelNames
{
    public const string Web = "web";

    public const string Teams = "teams";

    public const string Slack = "slack";
}
