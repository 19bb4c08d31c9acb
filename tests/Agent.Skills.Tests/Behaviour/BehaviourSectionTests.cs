using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Tests.Tenants;

namespace SegmentAI.Skills.Tests.Behaviour;

public sealed class BehaviourSectionTests
{
    [Fact]
    public void Dealflow_declares_its_event_log()
    {
        var log = RepositoryTenants.Directory.Get("dealflow").Config.Behaviour;

        Assert.NotNull(log);
        Assert.Equal(("events", "user_id", "event_ts", "event_type", "session_id"), (log.Table, log.UserColumn, log.TimestampColumn, log.TypeColumn, log.SessionColumn));
        Assert.Equal(("drop_off", 30.0), (log.DropOffEvent, log.SessionGap.TotalMinutes));
        Assert.Equal(["view_deal", "revise_offer", "send_offer", "message"], log.StepEvents);
    }

    [Fact]
    public void A_tenant_without_the_section_has_no_event_log()
    {
        Assert.Null(RepositoryTenants.Directory.Get("acme-retail").Config.Behaviour);
    }

    [Fact]
    public void A_column_that_is_not_a_plain_name_is_reported_with_its_line()
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryTenants.Folder, "dealflow", "tenant.yaml"))
            .Replace("timestamp: event_ts", "timestamp: \"event_ts; DROP TABLE users\"", StringComparison.Ordinal);

        var error = Assert.Throws<ConfigurationException>(() => TenantConfigParser.Parse("dealflow", "tenant.yaml", yaml));

        Assert.Contains("timestamp: 'event_ts; DROP TABLE users' is not a plain SQL identifier", error.Message, StringComparison.Ordinal);
    }
}
