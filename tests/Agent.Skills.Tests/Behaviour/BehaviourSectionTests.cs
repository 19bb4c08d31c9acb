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
        Assert.Equal(14, log.InactiveDays);
        Assert.Equal(["create_term_sheet", "send_offer", "accept"], log.KeySteps);
        Assert.Equal(new BehaviourOutcomes { Offered = "send_offer", Accepted = "accept", Rejected = "reject" }, log.Outcomes);
    }

    [Theory]
    [InlineData("inactive_days: 14", "inactive_days: 0", "inactive_days: must be between 1 and 366 (got 0)")]
    [InlineData("key_steps: [create_term_sheet, send_offer, accept]", "key_steps: [send_offer]", "key_steps: needs at least two event types")]
    [InlineData("key_steps: [create_term_sheet, send_offer, accept]", "key_steps: [send_offer, accept, send_offer]", "key_steps: names an event type twice")]
    [InlineData("accepted: accept,", "acepted: accept,", "acepted: unknown field; did you mean 'accepted'?")]
    [InlineData("offered: send_offer, ", "", "offered: is required")]
    [InlineData("rejected: reject", "rejected: accept", "offered, accepted and rejected must be different event types")]
    [InlineData("inactive_days: 14", "inactive_dayz: 14", "inactive_dayz: unknown field")]
    public void A_wrong_churn_key_step_or_outcome_setting_is_reported(string setting, string wrong, string expected)
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryTenants.Folder, "dealflow", "tenant.yaml"));
        Assert.Contains(setting, yaml, StringComparison.Ordinal);

        var error = Assert.Throws<ConfigurationException>(() => TenantConfigParser.Parse("dealflow", "tenant.yaml", yaml.Replace(setting, wrong, StringComparison.Ordinal)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_new_settings_the_churn_window_is_14_days_and_there_are_no_key_steps_or_outcomes()
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryTenants.Folder, "dealflow", "tenant.yaml"))
            .Replace("  inactive_days: 14\n", "", StringComparison.Ordinal)
            .Replace("  key_steps: [create_term_sheet, send_offer, accept]\n", "", StringComparison.Ordinal)
            .Replace("  outcomes: { offered: send_offer, accepted: accept, rejected: reject }\n", "", StringComparison.Ordinal);

        var log = TenantConfigParser.Parse("dealflow", "tenant.yaml", yaml).Behaviour!;

        Assert.Equal((14, 0, null), (log.InactiveDays, log.KeySteps.Count, log.Outcomes));
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
