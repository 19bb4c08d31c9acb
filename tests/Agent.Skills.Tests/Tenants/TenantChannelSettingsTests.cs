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

    [Fact]
    public void A_users_channel_ids_are_a_map_so_a_new_channel_is_a_new_key()
    {
        _copy.ReplaceLine(Acme, TenantDirectory.TenantFileName, "id: marco.marketer@acme", l => l.Replace("channel_ids: { ", "channel_ids: { webex: marco-webex, ", StringComparison.Ordinal));

        var marco = _copy.Load().Get(Acme).Config.FindUser("marco.marketer@acme")!;

        Assert.Equal(["slack", "teams", "webex"], marco.ChannelIds.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("marco-webex", marco.ChannelId("webex"));
        Assert.Equal(marco.Id, _copy.Load().Get(Acme).Config.FindEnrolled("marco-webex")?.Id);
    }

    [Fact]
    public void The_older_one_key_per_channel_spelling_says_where_the_id_goes_now()
    {
        _copy.ReplaceLine(Acme, TenantDirectory.TenantFileName, "id: marco.marketer@acme", l => l.Replace("channel_ids: { teams: ", "teams_aad_object_id: ", StringComparison.Ordinal).Replace(", slack: U06NCF10EPF }", "", StringComparison.Ordinal));

        var issue = Assert.Single(Assert.Single(_copy.Load().Failures, f => f.TenantId == Acme).Issues);

        Assert.EndsWith("teams_aad_object_id", issue.Field, StringComparison.Ordinal);
        Assert.Contains("write channel_ids: { teams: 220bd74b-a00e-466c-b511-fa8c57fc132c }", issue.Message, StringComparison.Ordinal);
    }
}
