namespace SegmentAI.Memory.Tests.LongTerm.Servers;

/// <summary>Names no other test uses, so tests sharing a database per class never see each other's rows.</summary>
public static class TestIds
{
    public static string Tenant() => $"tenant-{Guid.NewGuid():N}";

    public static string Schema() => $"lt_{Guid.NewGuid():N}";
}
