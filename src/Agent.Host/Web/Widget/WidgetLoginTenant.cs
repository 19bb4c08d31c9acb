namespace SegmentAI.Host.Web.Widget;

/// <summary>A tenant on the sign-in screen.</summary>
/// <param name="Id">Tenant id.</param>
/// <param name="DisplayName">Name shown to people.</param>
/// <param name="Noun">What its segments are made of (customers, employees), for sizes.</param>
/// <param name="Users">Users the visitor may chat as.</param>
internal sealed record WidgetLoginTenant(string Id, string DisplayName, string Noun, IReadOnlyList<WidgetLoginUser> Users);
