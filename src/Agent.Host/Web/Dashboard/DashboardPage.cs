using System.Globalization;
using System.Net;

namespace SegmentAI.Host.Web.Dashboard;

/// <summary>
/// The HTML of the personas dashboard: a page shell that holds no analysis (its script asks the role-checked JSON
/// endpoint for the numbers with the visitor's identity), and the message pages that turn a visitor away.
/// </summary>
internal static class DashboardPage
{
    private const string Head = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="stylesheet" href="/widget.css"><link rel="stylesheet" href="/dashboard.css">
        """;

    /// <summary>The dashboard page; <paramref name="userId"/> is null when the visitor has yet to sign in.</summary>
    public static string Shell(string tenantId, string tenantName, string? userId, string? signIn, DashboardQuery query)
    {
        var attributes = string.Join(' ', new[]
        {
            Attribute("tenant", tenantId),
            userId is null ? null : Attribute("user", userId),
            signIn is null ? null : Attribute("sign-in", signIn),
            Attribute("days", query.Days.ToString(CultureInfo.InvariantCulture)),
            query.AsOf is { } asOf ? Attribute("as-of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
            query.Persona is { } persona ? Attribute("persona", persona.ToString(CultureInfo.InvariantCulture)) : null,
        }.Where(a => a is not null));
        return $"""
            {Head}<title>Personas · {E(tenantName)} · SegmentAI</title></head>
            <body><div class="dash" id="dashboard" {attributes}>
            <header class="dash-header">
            <p class="dash-brand"><a href="/">SegmentAI</a></p>
            <h1 id="dash-title">Personas of {E(tenantName)}</h1>
            <div id="dash-summary" class="dash-summary" aria-live="polite"><p role="status">Loading the personas…</p></div>
            <form class="dash-window" method="get" aria-label="Window analysed">
            <label>Days <input type="number" name="days" min="1" max="366" value="{query.Days.ToString(CultureInfo.InvariantCulture)}" required></label>
            <label>As of <input type="date" name="asOf" value="{(query.AsOf is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}"></label>
            <button type="submit">Show</button>
            <button type="button" id="dash-copy">Copy link</button>
            <span id="dash-copy-status" role="status"></span>
            </form>
            <p class="dash-link" hidden><label>Link to this view <input type="text" id="dash-link" readonly></label></p>
            </header>
            <main id="dash-main"></main>
            </div>
            <script src="/widget.js" data-mount="none"></script>
            <script src="/dashboard.js"></script>
            </body></html>
            """;
    }

    /// <summary>A page that says why the dashboard is not shown and what to do, with no data of the tenant.</summary>
    public static string Message(string title, string detail) => $"""
        {Head}<title>{E(title)} · SegmentAI</title></head>
        <body><main class="dash dash-message">
        <p class="dash-brand"><a href="/">SegmentAI</a></p>
        <h1>{E(title)}</h1>
        <p>{E(detail)}</p>
        </main></body></html>
        """;

    private static string Attribute(string name, string value) => $"data-{name}=\"{E(value)}\"";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
