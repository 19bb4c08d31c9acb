using SegmentAI.Skills.Library;

namespace SegmentAI.Host.Api.Resources;

/// <summary>The conversation turn that saved a segment.</summary>
/// <param name="SessionId">Conversation.</param>
/// <param name="Turn">Number of the user's message that saved it.</param>
internal sealed record SegmentOriginResource(string SessionId, int Turn)
{
    public static SegmentOriginResource? From(SegmentOrigin? origin) => origin is null ? null : new(origin.SessionId, origin.Turn);
}
