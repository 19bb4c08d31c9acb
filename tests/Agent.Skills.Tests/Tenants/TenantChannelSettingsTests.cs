using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Tests.Tenants;

public sealed class TenantChannelSettingsTests : IDisposable
{
    private const string Acme = "acme-retail";
    private readonly TenantsCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Reads_the_message_limits_and_chat_workspaces_of_the_demo_tenant()
    {
        var acme = _copy.Load().Get(Acme).Config;

        Assert.Equal((600, 30), (acme.RateLimits.TurnsPerMinute, acme.RateLimits.UserTurnsPerMinute));
        Assert.Equal(["6f1d2c4b-8a3e-4f7d-9b21-0c5e8a7d3f14"], acme.Channels.TeamsTenantIds);
        Assert.Equal(["T0ACMERTL"], acme.Channels.SlackTeamIds);
    }

    [Fact]
    public void A_tenant_without_message_limits_or_workspaces_gets_the_defaults()
    {
        var dealflow = _copy.Load().Get("dealflow").Config;

        Assert.Equal(RateLimits.DefaultTurnsPerMinute, dealflow.RateLimits.TurnsPerMinute);
        Assert.Equal(RateLimits.DefaultUserTurnsPerMinute, dealflow.RateLimits.UserTurnsPerMinute);
        Assert.Same(TenantChannels.Any, dealflow.Channels);
    }

    [Fact]
    public void A_user_limit_above_the_tenant_limit_is_reported_with_both_numbers()
    {
        _copy.ReplaceLine(Acme, TenantDirectory.TenantFileName, "rate_limits:", l => l.Replace("user_turns_per_minute: 30", "user_turns_per_minute: 900", StringComparison.Ordinal));

        var tenants = _copy.Load();

        var issue = Assert.Single(Assert.Single(tenants.Failures, f => f.TenantId == Acme).Issues);
        Assert.Equal("rate_limits.user_turns_per_minute", issue.Field);
        Assert.Contains("900", issue.Message, StringComparison.Ordinal);
        Assert.Contains("600", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelled_channel_key_is_an_unknown_field()
    {
        _copy.ReplaceLine(Acme, TenantDirectory.TenantFileName, "  slack: { team_ids:", l => l.Replace("team_ids", "teams_ids", StringComparison.Ordinal));

        var tenants = _copy.Load();

        var issue = Assert.Single(Assert.Single(tenants.Failures, f => f.TenantId == Acme).Issues);
        Assert.Equal("channels.slack.teams_ids", issue.Field);
    }
}
