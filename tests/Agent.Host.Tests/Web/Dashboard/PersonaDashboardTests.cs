using System.Globalization;
using System.Net;
using System.Text.Json;
using SegmentAI.Host.Tests.Api;

namespace SegmentAI.Host.Tests.Web.Dashboard;

/// <summary>The personas dashboard page and its JSON on dealflow's demo data: who may see it, its links and its numbers.</summary>
public sealed class PersonaDashboardTests(PersonaDashboardFixture fixture) : IClassFixture<PersonaDashboardFixture>
{
    private const string Page = "/dashboard/dealflow/personas";
    private const string Data = "/api/tenants/dealflow/personas";

    [Fact]
    public async Task A_viewer_of_the_tenant_gets_the_page_and_its_data()
    {
        using var page = await fixture.GetAsync(Page + "?days=7&asOf=2026-11-22&persona=2", "dealflow", PersonaDashboardFixture.Viewer);
        using var data = await fixture.GetAsync(Data + "?days=7&asOf=2026-11-22", "dealflow", PersonaDashboardFixture.Viewer);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (page.StatusCode, data.StatusCode));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<h1 id=\"dash-title\">Personas of DealFlow</h1>", html, StringComparison.Ordinal);
        Assert.Contains("data-user=\"kenji.viewer@dealflow\"", html, StringComparison.Ordinal);
        Assert.Contains("data-persona=\"2\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/widget.js\" data-mount=\"none\"></script>", html, StringComparison.Ordinal);
        Assert.Equal("application/json", data.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Nobody_signed_in_gets_a_401_sign_in_page_and_no_numbers()
    {
        using var page = await fixture.GetAsync(Page);
        using var data = await fixture.GetAsync(Data);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (page.StatusCode, data.StatusCode));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-sign-in=\"demo\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-user", html, StringComparison.Ordinal);
        Assert.DoesNotContain("users active", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_of_another_tenant_is_refused_the_page_and_the_data()
    {
        using var page = await fixture.GetAsync(Page, "acme-retail", PersonaDashboardFixture.OtherTenantUser);
        using var data = await fixture.GetAsync(Data, "acme-retail", PersonaDashboardFixture.OtherTenantUser);
        using var claimed = await fixture.GetAsync(Page, "dealflow", PersonaDashboardFixture.OtherTenantUser);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (page.StatusCode, data.StatusCode, claimed.StatusCode));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("This dashboard belongs to another workspace", html, StringComparison.Ordinal);
        Assert.Contains("/dashboard/acme-retail/personas", html, StringComparison.Ordinal);
        Assert.DoesNotContain("users active", html + await data.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("not enrolled", await claimed.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("?days=abc", "days must be a whole number of days from 1 to 366")]
    [InlineData("?days=0", "days must be a whole number of days from 1 to 366")]
    [InlineData("?days=400", "days must be a whole number of days from 1 to 366")]
    [InlineData("?asOf=2026-13-01", "asOf must be a date written YYYY-MM-DD")]
    [InlineData("?asOf=yesterday", "asOf must be a date written YYYY-MM-DD")]
    [InlineData("?persona=0", "persona must be a persona&#39;s number")]
    [InlineData("?persona=two", "persona must be a persona&#39;s number")]
    public async Task A_bad_link_gets_a_page_saying_which_parameter_is_wrong(string query, string message)
    {
        using var page = await fixture.GetAsync(Page + query, "dealflow", PersonaDashboardFixture.Viewer);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("This dashboard link is not valid", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_window_in_the_data_request_is_a_validation_problem()
    {
        using var data = await fixture.GetAsync(Data + "?days=-3", "dealflow", PersonaDashboardFixture.Viewer);

        Assert.Equal(HttpStatusCode.BadRequest, data.StatusCode);
        using var problem = JsonDocument.Parse(await data.Content.ReadAsStringAsync());
        Assert.Equal("Invalid dashboard window", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("days must be", problem.RootElement.GetProperty("errors").GetProperty("query")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenant_without_an_event_log_says_so_instead_of_showing_personas()
    {
        using var page = await fixture.GetAsync("/dashboard/acme-retail/personas", "acme-retail", PersonaDashboardFixture.OtherTenantUser);
        using var data = await fixture.GetAsync("/api/tenants/acme-retail/personas", "acme-retail", PersonaDashboardFixture.OtherTenantUser);
        using var unknown = await fixture.GetAsync("/dashboard/nowhere/personas", "dealflow", PersonaDashboardFixture.Viewer);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, data.StatusCode, unknown.StatusCode));
        Assert.Contains("No personas for this workspace", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("behaviour: section", await data.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("No such workspace", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_data_holds_the_header_every_view_and_a_drill_down_per_persona()
    {
        using var data = await fixture.GetAsync(Data + "?days=7&asOf=2026-11-22", "dealflow", PersonaDashboardFixture.Viewer);
        using var json = JsonDocument.Parse(await data.Content.ReadAsStringAsync());
        var root = json.RootElement;

        Assert.Equal(("dealflow", "DealFlow", "2026-11-15", "2026-11-21", 7), (root.GetProperty("tenant_id").GetString(), root.GetProperty("tenant_name").GetString(),
            root.GetProperty("start").GetString(), root.GetProperty("last_day").GetString(), root.GetProperty("days").GetInt32()));
        Assert.Equal("from 15 Nov 2026 to 21 Nov 2026 (the last 7 days)", root.GetProperty("period").GetString());
        var personas = root.GetProperty("personas").EnumerateArray().ToList();
        Assert.InRange(personas.Count, 3, 8);
        Assert.Equal(root.GetProperty("users").GetInt32(), personas.Sum(p => p.GetProperty("users").GetInt32()));
        var views = root.GetProperty("views");
        Assert.Equal(["text", "table", "chart", "chart"], Types(views.GetProperty("overview")));
        Assert.Equal(["text", "table", "chart"], Types(views.GetProperty("drop_off")));
        Assert.Equal(["text", "table", "chart", "chart"], Types(views.GetProperty("retention_n_day")));
        Assert.Equal(["text", "table", "chart", "chart"], Types(views.GetProperty("retention_unbounded")));
        Assert.Equal(["text", .. Enumerable.Repeat("table", personas.Count)], Types(views.GetProperty("experiments")));
        var table = views.GetProperty("overview")[1];
        Assert.Equal(personas.Select(p => p.GetProperty("name").GetString()), table.GetProperty("rows").EnumerateArray().Select(r => r[0].GetString()));
        Assert.Equal(personas.Select(p => p.GetProperty("users").GetInt32()), table.GetProperty("rows").EnumerateArray().Select(r => int.Parse(r[1].GetString()!, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)));
        var map = views.GetProperty("overview")[2];
        Assert.Equal(("scatter", "PC1", "PC2"), (map.GetProperty("kind").GetString(), map.GetProperty("x_label").GetString(), map.GetProperty("y_label").GetString()));
        Assert.Contains("PCA", map.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("Log-rank test", views.GetProperty("retention_n_day")[0].GetProperty("text").GetString(), StringComparison.Ordinal);

        var drilldowns = root.GetProperty("drilldowns").EnumerateArray().ToList();
        Assert.Equal(personas.Count, drilldowns.Count);
        foreach (var (drilldown, persona) in drilldowns.Zip(personas))
        {
            Assert.Equal(["text", "table", "chart", "chart", "chart", "text", "table"], Types(drilldown));
            Assert.StartsWith($"**{persona.GetProperty("name").GetString()}**", drilldown[0].GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Equal("What sets " + persona.GetProperty("name").GetString() + " apart", drilldown[1].GetProperty("title").GetString());
            var rate = Assert.Single(Assert.Single(drilldown[2].GetProperty("series").EnumerateArray()).GetProperty("values").EnumerateArray()).GetDouble();
            Assert.Equal(persona.GetProperty("drop_off_rate").GetDouble(), rate, 12);
        }
    }

    [Fact]
    public async Task The_page_and_its_data_share_one_analysis_per_window_for_a_few_minutes()
    {
        var first = await fixture.ViewAsync();
        var again = await fixture.ViewAsync();

        Assert.Same(first, again);
    }

    [Fact]
    public async Task The_data_endpoint_is_in_the_OpenAPI_document()
    {
        using var document = JsonDocument.Parse(await fixture.Client.GetStringAsync("/openapi/v1.json"));

        var operation = document.RootElement.GetProperty("paths").GetProperty("/api/tenants/{tenantId}/personas").GetProperty("get");
        Assert.Equal("GetPersonaDashboard", operation.GetProperty("operationId").GetString());
        Assert.False(document.RootElement.GetProperty("paths").TryGetProperty("/dashboard/{tenantId}/personas", out _));
    }

    [Fact]
    public async Task Behind_the_proxy_the_page_needs_the_proxy_key_but_its_script_and_style_do_not()
    {
        await using var proxied = await RestApiHost.StartAsync(fixture.Root, new Dictionary<string, string>
        {
            ["Api:Authentication"] = "Proxy",
            ["Api:ProxyKey"] = "proxy-secret-for-tests",
        });

        using var page = await proxied.Client.GetAsync(Page);
        using var script = await proxied.Client.GetAsync("/dashboard.js");
        using var style = await proxied.Client.GetAsync("/dashboard.css");
        using var keyed = new HttpRequestMessage(HttpMethod.Get, Page);
        keyed.Headers.Add("X-SegmentAI-Proxy-Key", "proxy-secret-for-tests");
        keyed.Headers.Add("X-SegmentAI-Tenant", "dealflow");
        keyed.Headers.Add("X-SegmentAI-User", PersonaDashboardFixture.Viewer);
        using var signedIn = await proxied.Client.SendAsync(keyed);

        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (script.StatusCode, style.StatusCode, signedIn.StatusCode));
        Assert.Contains("data-user=\"kenji.viewer@dealflow\"", await signedIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static List<string> Types(JsonElement contents) => contents.EnumerateArray().Select(c => c.GetProperty("type").GetString()!).ToList();
}
