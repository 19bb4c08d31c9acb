namespace SegmentAI.Host.Readiness;

/// <summary>The ids readiness reads: no tenant or session has them, so a read finds nothing and changes nothing.</summary>
internal static class ReadinessProbe
{
    public const string Tenant = "readiness-probe";

    public const string Key = "readiness-probe";
}
