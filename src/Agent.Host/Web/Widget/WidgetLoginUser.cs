using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Web.Widget;

/// <summary>A user on the sign-in screen: who they are and what they may do, never their channel identities.</summary>
/// <param name="Id">User id, sent with every chat message.</param>
/// <param name="DisplayName">Name shown to people.</param>
/// <param name="Role">Role in the tenant (admin, marketer, viewer).</param>
internal sealed record WidgetLoginUser(string Id, string DisplayName, string Role)
{
    public static WidgetLoginUser From(TenantUser user) => new(user.Id, user.DisplayName, user.Role);
}
