using System.Text.Json;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Memory.Tests.ShortTerm;

/// <summary>
/// Deep equality of sessions. Records compare their lists by reference, so states are compared through the
/// serializer's default shape instead: every public member, independent of how the stores write them.
/// </summary>
public static class SessionAssert
{
    public static void Equivalent(SessionState expected, SessionState? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
    }
}
