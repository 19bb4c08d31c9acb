using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Tests.Tenants;

namespace SegmentAI.Skills.Tests.Perception;

public sealed class PermissionCheckerTests
{
    private readonly PermissionChecker _checker = new(RepositoryTenants.Directory);
    private readonly TenantConfig _acme = Acme.Tenant.Config;

    [Theory]
    [InlineData("create")]
    [InlineData("edit")]
    [InlineData("delete")]
    public void Denies_a_viewer_changes(string intent)
    {
        var decision = _checker.Check(_acme, "hannah.viewer@acme", new Intent(intent), trustUnknownUsers: false);

        Assert.False(decision.Allowed);
        Assert.Equal(PermissionDenial.MissingPermission, decision.Denial);
        Assert.Equal("viewer", decision.Role);
    }

    [Fact]
    public void Explains_a_viewer_denial_politely()
    {
        var decision = _checker.Check(_acme, "hannah.viewer@acme", Intent.Create, trustUnknownUsers: false);

        Assert.Equal("Viewers can look at segments but not create them; ask an admin of Acme Retail for the marketer role.", decision.Message);
    }

    [Theory]
    [InlineData("query")]
    [InlineData("help")]
    [InlineData("hypothesis")]
    public void Lets_a_viewer_look(string intent)
    {
        Assert.True(_checker.Check(_acme, "hannah.viewer@acme", new Intent(intent), trustUnknownUsers: false).Allowed);
    }

    [Theory]
    [InlineData("marco.marketer@acme")]
    [InlineData("U06NCF10EPF")]
    [InlineData("220bd74b-a00e-466c-b511-fa8c57fc132c")]
    public void Finds_users_by_id_slack_id_or_teams_id(string userId)
    {
        var decision = _checker.Check(_acme, userId, Intent.Create, trustUnknownUsers: false);

        Assert.True(decision.Allowed);
        Assert.Equal("marketer", decision.Role);
    }

    [Fact]
    public void Denies_unknown_users_of_a_channel_as_not_enrolled()
    {
        var decision = _checker.Check(_acme, "U0STRANGER", Intent.Query, trustUnknownUsers: false);

        Assert.False(decision.Allowed);
        Assert.Equal(PermissionDenial.NotEnrolled, decision.Denial);
        Assert.Contains("not enrolled in Acme Retail", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trusts_unknown_users_with_the_default_role_when_asked_to()
    {
        var decision = _checker.Check(_acme, "local-cli-user", Intent.Create, trustUnknownUsers: true);

        Assert.True(decision.Allowed);
        Assert.Equal("marketer", decision.Role);
    }

    [Fact]
    public void Denies_a_user_of_another_tenant_even_when_unknown_users_are_trusted()
    {
        var other = RepositoryTenants.Directory.Tenants.First(t => t.Id != "acme-retail" && t.Config.Users.Count > 0);
        var stranger = other.Config.Users[0].Id;

        var decision = _checker.Check(_acme, stranger, Intent.Query, trustUnknownUsers: true);

        Assert.False(decision.Allowed);
        Assert.Equal(PermissionDenial.OtherTenant, decision.Denial);
        Assert.Contains(other.Config.DisplayName, decision.Message, StringComparison.Ordinal);
    }
}
