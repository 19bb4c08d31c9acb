using System.Net;
using System.Text.Json;
using static SegmentAI.Host.Tests.Api.ApiCalls;

namespace SegmentAI.Host.Tests.Api;

public sealed class SegmentApiTests(RestApiFixture api) : IClassFixture<RestApiFixture>
{
    private static readonly string GoldTexans = Definition(Condition("loyalty_tier", "in", "gold"), Condition("state", "in", "TX"));
    private static readonly string Platinum = Definition(Condition("loyalty_tier", "in", "platinum"));

    private HttpClient Client => api.Client;

    [Fact]
    public async Task A_segment_is_created_read_listed_renamed_redefined_and_deleted()
    {
        var created = await Client.CreateAsync("Lifecycle Texans", GoldTexans);
        var id = created.GetProperty("id").GetString()!;

        var read = await Client.FetchAsync($"/api/segments/{id}");
        var listed = await Client.FetchAsync("/api/segments", Viewer);
        var renamed = await Client.SendAsync(HttpMethod.Patch, $"/api/segments/{id}", Marketer, """{"name": "Lifecycle gold Texans"}""");
        var redefined = await Client.SendAsync(HttpMethod.Patch, $"/api/segments/{id}", Admin, $$"""{"definition": {{Platinum}}}""");
        var deleted = await Client.SendAsync(HttpMethod.Delete, $"/api/segments/{id}", Marketer);
        var gone = await Client.FetchAsync($"/api/segments/{id}");

        Assert.Equal((Acme, Marketer, 1), (created.GetProperty("tenant").GetString(), created.GetProperty("owner").GetString(), created.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal("Lifecycle Texans", read.Body.GetProperty("name").GetString());
        Assert.Equal(["loyalty_tier", "state"], read.Body.GetProperty("definition").GetProperty("root").GetProperty("children").EnumerateArray().Select(c => c.GetProperty("facet").GetString()));
        Assert.Contains(listed.Body.GetProperty("segments").EnumerateArray(), s => s.GetProperty("id").GetString() == id);
        Assert.Equal(("Lifecycle gold Texans", 2), (renamed.Body.GetProperty("name").GetString(), renamed.Body.GetProperty("version").GetInt32()));
        Assert.Equal(("Lifecycle gold Texans", 3), (redefined.Body.GetProperty("name").GetString(), redefined.Body.GetProperty("version").GetInt32()));
        Assert.Equal((Marketer, Admin), (renamed.Body.GetProperty("changed_by").GetString(), redefined.Body.GetProperty("changed_by").GetString()));
        Assert.Equal("platinum", redefined.Body.GetProperty("definition").GetProperty("root").GetProperty("values")[0].GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        AssertProblem(HttpStatusCode.NotFound, "Unknown segment", gone);
    }

    [Fact]
    public async Task Create_answers_201_with_the_location_of_the_new_segment()
    {
        var reply = await Client.SendAsync(HttpMethod.Post, "/api/segments", Marketer, $$"""{"name": "Located platinum", "definition": {{Platinum}}}""");

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.Equal($"/api/segments/{reply.Body.GetProperty("id").GetString()}", reply.Response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_viewer_may_read_and_explain_but_not_create_change_or_delete()
    {
        var id = (await Client.CreateAsync("Viewer visible platinum", Platinum)).GetProperty("id").GetString()!;

        var read = await Client.FetchAsync($"/api/segments/{id}", Viewer);
        var explained = await Client.FetchAsync($"/api/segments/{id}/explain", Viewer);
        var members = await Client.FetchAsync($"/api/segments/{id}/members", Viewer);
        var create = await Client.SendAsync(HttpMethod.Post, "/api/segments", Viewer, $$"""{"name": "Viewer made", "definition": {{Platinum}}}""");
        var update = await Client.SendAsync(HttpMethod.Patch, $"/api/segments/{id}", Viewer, """{"name": "Viewer renamed"}""");
        var delete = await Client.SendAsync(HttpMethod.Delete, $"/api/segments/{id}", Viewer);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (read.Status, explained.Status, members.Status));
        AssertProblem(HttpStatusCode.Forbidden, "Permission denied", create);
        Assert.Contains("Viewers can look at segments but not create them", create.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        AssertProblem(HttpStatusCode.Forbidden, "Permission denied", update);
        AssertProblem(HttpStatusCode.Forbidden, "Permission denied", delete);
        Assert.Equal("Viewer visible platinum", (await Client.FetchAsync($"/api/segments/{id}")).Body.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Another_tenants_segments_do_not_exist_for_a_caller()
    {
        var id = (await Client.CreateAsync("Acme only platinum", Platinum)).GetProperty("id").GetString()!;

        var list = await Client.FetchAsync("/api/segments", "maria.itops@contoso", "contoso-workforce");
        var read = await Client.FetchAsync($"/api/segments/{id}", "maria.itops@contoso", "contoso-workforce");
        var delete = await Client.SendAsync(HttpMethod.Delete, $"/api/segments/{id}", "chris.admin@contoso", tenant: "contoso-workforce");

        Assert.Equal("contoso-workforce", list.Body.GetProperty("tenant").GetString());
        Assert.DoesNotContain(list.Body.GetProperty("segments").EnumerateArray(), s => s.GetProperty("tenant").GetString() == Acme);
        AssertProblem(HttpStatusCode.NotFound, "Unknown segment", read);
        AssertProblem(HttpStatusCode.NotFound, "Unknown segment", delete);
        Assert.Equal(HttpStatusCode.OK, (await Client.FetchAsync($"/api/segments/{id}")).Status);
    }

    [Fact]
    public async Task Callers_who_cannot_be_identified_are_turned_away_with_what_to_send()
    {
        var anonymous = await Client.FetchAsync("/api/segments", user: null);
        var unknownTenant = await Client.FetchAsync("/api/segments", Marketer, "acme-retial");
        var stranger = await Client.FetchAsync("/api/segments", "stranger@example.com");
        var otherTenantsUser = await Client.FetchAsync("/api/segments", "maria.itops@contoso");

        AssertProblem(HttpStatusCode.Unauthorized, "Not authenticated", anonymous);
        Assert.Contains("X-SegmentAI-Tenant", anonymous.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        AssertProblem(HttpStatusCode.NotFound, "Unknown tenant", unknownTenant);
        Assert.Contains("acme-retail", unknownTenant.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        AssertProblem(HttpStatusCode.Forbidden, "User not enrolled", stranger);
        Assert.Contains("not enrolled in Acme Retail", stranger.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        AssertProblem(HttpStatusCode.Forbidden, "User not enrolled", otherTenantsUser);
    }

    [Fact]
    public async Task An_invalid_definition_is_400_with_the_paths_of_its_issues()
    {
        var unknownFacet = await Client.SendAsync(HttpMethod.Post, "/api/segments", Marketer,
            $$"""{"name": "Bad facet", "definition": {{Definition(Condition("loyalty_tier", "in", "gold"), Condition("shoe_size", "in", "9"))}}}""");
        var schemaBreak = await Client.SendAsync(HttpMethod.Post, "/api/segments", Marketer, """{"name": "No source", "definition": {"root": {"type": "condition", "facet": "state", "operator": "in", "values": ["TX"]}}}""");
        var otherTenant = await Client.SendAsync(HttpMethod.Post, "/api/segments", Marketer, $$$"""{"name": "Elsewhere", "definition": {"tenant": "dealflow", "root": {{{Condition("state", "in", "TX")}}}}}""");
        var missing = await Client.SendAsync(HttpMethod.Post, "/api/segments", Marketer, """{"definition": 3}""");
        var notJson = await Client.SendAsync(HttpMethod.Post, "/api/segments", Marketer, """{"name": "Broken""");
        var emptyPatch = await Client.SendAsync(HttpMethod.Patch, "/api/segments/seg-0001", Marketer, "{}");

        AssertProblem(HttpStatusCode.BadRequest, "Invalid segment definition", unknownFacet);
        Assert.Contains(ErrorPaths(unknownFacet.Body), p => p.StartsWith("definition.", StringComparison.Ordinal) && p.Contains("C2", StringComparison.Ordinal));
        Assert.Contains("shoe_size", unknownFacet.Body.GetProperty("errors").ToString(), StringComparison.Ordinal);
        AssertProblem(HttpStatusCode.BadRequest, "Invalid segment definition", schemaBreak);
        Assert.Contains("source_text", schemaBreak.Body.GetProperty("errors").ToString(), StringComparison.Ordinal);
        AssertProblem(HttpStatusCode.BadRequest, "Invalid segment definition", otherTenant);
        Assert.Equal(["definition.tenant"], ErrorPaths(otherTenant.Body));
        AssertProblem(HttpStatusCode.BadRequest, "Invalid segment", missing);
        Assert.Equal(["definition", "name"], ErrorPaths(missing.Body).Order());
        AssertProblem(HttpStatusCode.BadRequest, "Invalid segment", notJson);
        AssertProblem(HttpStatusCode.BadRequest, "Invalid segment update", emptyPatch);
        Assert.DoesNotContain((await Client.FetchAsync("/api/segments")).Body.GetProperty("segments").EnumerateArray(), s => s.GetProperty("name").GetString() is "Bad facet" or "Elsewhere");
    }

    [Fact]
    public async Task A_taken_name_is_a_409_conflict_on_create_and_on_rename()
    {
        await Client.CreateAsync("Conflicting name", Platinum);
        var other = (await Client.CreateAsync("Conflict other", Platinum)).GetProperty("id").GetString()!;

        var create = await Client.SendAsync(HttpMethod.Post, "/api/segments", Marketer, $$"""{"name": "CONFLICTING name", "definition": {{Platinum}}}""");
        var rename = await Client.SendAsync(HttpMethod.Patch, $"/api/segments/{other}", Marketer, $$"""{"name": "conflicting NAME", "definition": {{GoldTexans}}}""");

        AssertProblem(HttpStatusCode.Conflict, "Segment name already used", create);
        Assert.Contains("pick another name", create.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        AssertProblem(HttpStatusCode.Conflict, "Segment name already used", rename);
        var unchanged = await Client.FetchAsync($"/api/segments/{other}");
        Assert.Equal(("Conflict other", 1), (unchanged.Body.GetProperty("name").GetString(), unchanged.Body.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task Explain_gives_plain_english_sql_size_and_grounding()
    {
        var id = (await Client.CreateAsync("Explained Texans", GoldTexans)).GetProperty("id").GetString()!;

        var (status, explanation, _) = await Client.FetchAsync($"/api/segments/{id}/explain");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2026-11-22", explanation.GetProperty("as_of").GetString());
        Assert.StartsWith("**Explained Texans**", explanation.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Contains("Loyalty Tier is Gold", explanation.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("SELECT t.customer_id", explanation.GetProperty("sql").GetString(), StringComparison.Ordinal);
        Assert.Equal(1_500, explanation.GetProperty("total_population").GetInt64());
        Assert.InRange(explanation.GetProperty("estimated_size").GetInt64(), 1, 1_499);
        Assert.Equal(["C1", "C2"], explanation.GetProperty("conditions").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.False(explanation.TryGetProperty("trace", out _));
    }

    [Fact]
    public async Task Walking_the_member_cursor_returns_every_key_once_in_order_and_as_many_as_the_estimate()
    {
        var id = (await Client.CreateAsync("Paged platinum", Platinum)).GetProperty("id").GetString()!;
        var estimate = (await Client.FetchAsync($"/api/segments/{id}/explain")).Body.GetProperty("estimated_size").GetInt64();

        var keys = new List<long>();
        var totals = new HashSet<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var (status, page, _) = await Client.FetchAsync($"/api/segments/{id}/members?limit=7{(cursor is null ? "" : $"&cursor={cursor}")}", Viewer);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.InRange(page.GetProperty("keys").GetArrayLength(), 1, 7);
            keys.AddRange(page.GetProperty("keys").EnumerateArray().Select(k => long.Parse(k.GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
            totals.Add(page.GetProperty("total").GetInt64());
            cursor = page.TryGetProperty("next_cursor", out var next) ? next.GetString() : null;
            pages++;
        }
        while (cursor is not null && pages < 1_000);

        Assert.True(estimate > 7, $"the segment should need several pages, it has {estimate} members");
        Assert.Equal(estimate, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(keys.Order(), keys);
        Assert.Equal([estimate], totals);
        Assert.Equal((int)Math.Ceiling(estimate / 7.0), pages);
    }

    [Fact]
    public async Task The_csv_export_holds_every_member_key_once_under_the_key_column_and_nothing_else()
    {
        var id = (await Client.CreateAsync("Exported platinum", Platinum)).GetProperty("id").GetString()!;
        var estimate = (await Client.FetchAsync($"/api/segments/{id}/explain")).Body.GetProperty("estimated_size").GetInt64();

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/segments/{id}/members.csv");
        request.Headers.Add("X-SegmentAI-Tenant", Acme);
        request.Headers.Add("X-SegmentAI-User", Viewer);
        using var response = await Client.SendAsync(request);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("exported-platinum-members.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("customer_id", lines[0]);
        var keys = lines.Skip(1).ToList();
        Assert.Equal(estimate, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(keys, k => Assert.Matches("^[0-9]+$", k));
    }

    [Fact]
    public async Task The_csv_export_of_another_tenants_segment_does_not_exist()
    {
        var id = (await Client.CreateAsync("Exported elsewhere", Platinum)).GetProperty("id").GetString()!;

        var reply = await Client.FetchAsync($"/api/segments/{id}/members.csv", "omar.growth@dealflow", "dealflow");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
    }

    [Fact]
    public async Task A_delivery_sends_every_member_key_signed_to_the_tenants_destination()
    {
        var id = (await Client.CreateAsync("Delivered platinum", Platinum)).GetProperty("id").GetString()!;
        var estimate = (await Client.FetchAsync($"/api/segments/{id}/explain")).Body.GetProperty("estimated_size").GetInt64();
        var before = api.Webhook.Received.Count;

        var (status, body, _) = await Client.SendAsync(HttpMethod.Post, $"/api/segments/{id}/deliveries", Marketer, """{"destination": "CRM"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("crm", estimate, 1), (body.GetProperty("destination").GetString(), body.GetProperty("keys").GetInt64(), body.GetProperty("parts").GetInt32()));
        var (headers, posted) = api.Webhook.Received.Skip(before).Single();
        Assert.StartsWith("sha256=", headers["X-SegmentAI-Signature"], StringComparison.Ordinal);
        using var json = JsonDocument.Parse(posted);
        Assert.Equal(estimate, json.RootElement.GetProperty("keys").GetArrayLength());
        Assert.Equal("Delivered platinum", json.RootElement.GetProperty("segment").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_delivery_to_a_destination_the_tenant_lacks_names_the_ones_it_has_and_a_viewer_may_not_send()
    {
        var id = (await Client.CreateAsync("Undelivered platinum", Platinum)).GetProperty("id").GetString()!;

        var unknown = await Client.SendAsync(HttpMethod.Post, $"/api/segments/{id}/deliveries", Marketer, """{"destination": "braze"}""");
        var viewer = await Client.SendAsync(HttpMethod.Post, $"/api/segments/{id}/deliveries", Viewer, """{"destination": "crm"}""");

        AssertProblem(HttpStatusCode.NotFound, "Unknown destination", unknown);
        Assert.Contains("it has crm", unknown.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, viewer.Status);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task A_bad_page_request_is_400_naming_the_parameter(string query, string parameter)
    {
        var id = (await Client.CreateAsync($"Bad page {parameter} {query.Length}", Platinum)).GetProperty("id").GetString()!;

        var reply = await Client.FetchAsync($"/api/segments/{id}/members?{query}");

        AssertProblem(HttpStatusCode.BadRequest, "Invalid page", reply);
        Assert.Equal([parameter], ErrorPaths(reply.Body));
    }

    [Fact]
    public async Task The_trace_of_a_segment_saved_in_a_conversation_is_the_turns_that_built_it()
    {
        const string Session = "rest-trace-session";
        await ChatAsync("gold members in Texas", Session);
        await ChatAsync("save it as Traced gold Texas", Session);
        await ChatAsync("now members in Ohio", Session);
        var id = (await Client.FetchAsync("/api/segments")).Body.GetProperty("segments").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == "Traced gold Texas").GetProperty("id").GetString()!;

        var (status, trace, _) = await Client.FetchAsync($"/api/segments/{id}/trace", Viewer);
        var explanation = (await Client.FetchAsync($"/api/segments/{id}/explain")).Body;

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Session, trace.GetProperty("origin").GetProperty("session_id").GetString());
        var turns = trace.GetProperty("turns").EnumerateArray().ToList();
        Assert.Equal(2, turns.Count);
        Assert.Equal(trace.GetProperty("origin").GetProperty("turn").GetInt32(), turns[^1].GetProperty("turn").GetInt32());
        var built = turns[0];
        Assert.Equal(("segment", "segment_creation"), (built.GetProperty("reply_kind").GetString(), built.GetProperty("skill").GetProperty("id").GetString()));
        Assert.Equal("gold members in Texas", built.GetProperty("query").GetString());
        Assert.Contains(built.GetProperty("retrieved_facets").EnumerateArray(), f => f.GetProperty("facet_id").GetString() == "loyalty_tier" && f.GetProperty("chosen").GetBoolean());
        Assert.Contains(built.GetProperty("steps").EnumerateArray(), s => s.GetProperty("step").GetString() == "verify");
        Assert.Equal("segment_management", turns[1].GetProperty("skill").GetProperty("id").GetString());
        Assert.Equal($"/api/segments/{id}/trace", explanation.GetProperty("trace").GetString());
    }

    [Fact]
    public async Task The_trace_of_a_segment_saved_through_the_api_says_no_conversation_built_it()
    {
        var id = (await Client.CreateAsync("Untraced platinum", Platinum)).GetProperty("id").GetString()!;

        var (status, trace, _) = await Client.FetchAsync($"/api/segments/{id}/trace");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(trace.GetProperty("turns").EnumerateArray());
        Assert.False(trace.TryGetProperty("origin", out _));
        Assert.Contains("saved through the REST API", trace.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    private async Task ChatAsync(string text, string session)
    {
        using var response = await Client.PostAsJsonAsync("/api/chat", new { tenant = Acme, user = Marketer, session, text });
        response.EnsureSuccessStatusCode();
        var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.NotEqual("error", reply.GetProperty("kind").GetString());
    }
}
