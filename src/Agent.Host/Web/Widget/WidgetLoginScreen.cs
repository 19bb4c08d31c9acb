namespace SegmentAI.Host.Web.Widget;

/// <summary>The sign-in screen of the widget: who the visitor may chat as, per tenant.</summary>
/// <param name="Scheme">The login's scheme (<c>demo</c>).</param>
/// <param name="Title">Heading of the screen; a demo login says it is one.</param>
/// <param name="Notice">One sentence on what signing in means here.</param>
/// <param name="Tenants">Tenants the visitor may choose, each with the users they may chat as.</param>
internal sealed record WidgetLoginScreen(string Scheme, string Title, string Notice, IReadOnlyList<WidgetLoginTenant> Tenants);
