using System.Net;
using System.Text.Json;
using SegmentAI.Skills.Promotion;
using SegmentAI.Skills.Skills;
using static SegmentAI.Host.Tests.Api.ApiCalls;

namespace SegmentAI.Host.Tests.Api;

public sealed class SkillApiTests(SkillPromotionFixture api) : IClassFixture<SkillPromotionFixture>
{
    private const string Contoso = "contoso-workforce";
    private const string ContosoAdmin = "chris.admin@contoso";
    private const string Dealflow = "dealflow";
    private const string DealflowAdmin = "dana.admin@dealflow";

    private HttpClient Client => api.Client;

    [Fact]
    public async Task A_gated_version_is_refused_without_a_passed_gate_then_promoted_with_one_and_rolled_back()
    {
        var manifestBefore = await File.ReadAllTextAsync(api.ManifestPath);

        var refused = await Client.SendAsync(HttpMethod.Post, "/api/skills/segment_creation/activate", Admin, """{"version": "1.1.0", "eval_run_id": "run-1"}""");
        var failedGate = await Client.SendAsync(HttpMethod.Post, "/api/skills/segment_creation/activate", Admin, Activation("segment_creation", "1.1.0", passed: false));
        var manifestAfterRefusals = await File.ReadAllTextAsync(api.ManifestPath);
        var promoted = await Client.SendAsync(HttpMethod.Post, "/api/skills/segment_creation/activate", Admin, Activation("segment_creation", "1.1.0", passed: true));
        var listed = await Client.FetchAsync("/api/skills", Viewer);
        var rolledBack = await Client.SendAsync(HttpMethod.Post, "/api/skills/segment_creation/rollback", Admin, """{"reason": "sizes regressed"}""");
        var again = await Client.SendAsync(HttpMethod.Post, "/api/skills/segment_creation/rollback", Admin);
        var history = await Client.FetchAsync("/api/skills/segment_creation/history", Admin);

        AssertProblem(HttpStatusCode.UnprocessableEntity, "Eval gate not passed", refused);
        Assert.Contains("eval_gate: true", refused.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        AssertProblem(HttpStatusCode.UnprocessableEntity, "Eval gate not passed", failedGate);
        Assert.Equal(manifestBefore, manifestAfterRefusals);
        Assert.Equal(HttpStatusCode.OK, promoted.Status);
        Assert.Equal(("promoted", "1.0.0", "1.1.0", "run-42"), (promoted.Body.GetProperty("kind").GetString(), promoted.Body.GetProperty("from_version").GetString(), promoted.Body.GetProperty("to_version").GetString(), promoted.Body.GetProperty("eval_run_id").GetString()));
        Assert.Equal("1.1.0", Skill(listed.Body, "segment_creation").GetProperty("active_version").GetString());
        Assert.Equal(HttpStatusCode.OK, rolledBack.Status);
        Assert.Equal(("rolled_back", "1.0.0"), (rolledBack.Body.GetProperty("kind").GetString(), rolledBack.Body.GetProperty("to_version").GetString()));
        Assert.Equal("1.0.0", SkillManifest.Load(api.ManifestPath).ActiveVersion("segment_creation"));
        AssertProblem(HttpStatusCode.Conflict, "Nothing to roll back to", again);
        Assert.Equal(["rolled_back", "promoted"], history.Body.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));
        Assert.Equal("passed", history.Body.GetProperty("decisions")[1].GetProperty("gate_summary").GetProperty("gates").GetProperty("accuracy").GetString());
    }

    [Fact]
    public async Task A_forged_approval_without_a_stored_gate_result_is_refused_and_nothing_changes()
    {
        var manifestBefore = await File.ReadAllTextAsync(api.ManifestPath);
        var forged = Activation("segment_overlap", "1.1.0", passed: true).Replace(SkillPromotionFixture.GateId("segment_overlap", "1.1.0", passed: true), "gate-i-made-up", StringComparison.Ordinal);
        var lyingAboutAFailedGate = Activation("segment_creation", "1.1.0", passed: true).Replace(SkillPromotionFixture.GateId("segment_creation", "1.1.0", passed: true), SkillPromotionFixture.GateId("segment_creation", "1.1.0", passed: false), StringComparison.Ordinal);

        var refused = await Client.SendAsync(HttpMethod.Post, "/api/skills/segment_overlap/activate", Admin, forged);
        var failed = await Client.SendAsync(HttpMethod.Post, "/api/skills/segment_creation/activate", Admin, lyingAboutAFailedGate);

        AssertProblem(HttpStatusCode.UnprocessableEntity, "Eval gate not passed", refused);
        Assert.Contains("no stored eval gate result has the id 'gate-i-made-up'", refused.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        AssertProblem(HttpStatusCode.UnprocessableEntity, "Eval gate not passed", failed);
        Assert.Contains("did not pass", failed.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(manifestBefore, await File.ReadAllTextAsync(api.ManifestPath));
    }

    [Fact]
    public async Task Only_roles_with_promote_skills_may_activate_roll_back_or_read_history()
    {
        var activate = await Client.SendAsync(HttpMethod.Post, "/api/skills/help/activate", Marketer, """{"version": "1.1.0", "eval_run_id": "run-1"}""");
        var rollback = await Client.SendAsync(HttpMethod.Post, "/api/skills/help/rollback", Viewer);
        var history = await Client.FetchAsync("/api/skills/help/history", Marketer);

        AssertProblem(HttpStatusCode.Forbidden, "Permission denied", activate);
        AssertProblem(HttpStatusCode.Forbidden, "Permission denied", rollback);
        AssertProblem(HttpStatusCode.Forbidden, "Permission denied", history);
        Assert.Equal("1.0.0", SkillManifest.Load(api.ManifestPath).ActiveVersion("help"));
    }

    [Fact]
    public async Task A_tenant_admin_cannot_change_the_version_every_tenant_gets()
    {
        var global = await Client.SendAsync(HttpMethod.Post, "/api/skills/help/activate", DealflowAdmin, $$"""{"version": "1.1.0", "eval_run_id": "{{SkillPromotionFixture.StoredRun}}"}""", Dealflow);
        var explicitGlobal = await Client.SendAsync(HttpMethod.Post, "/api/skills/help/activate", DealflowAdmin, $$"""{"version": "1.1.0", "scope": "global", "eval_run_id": "{{SkillPromotionFixture.StoredRun}}"}""", Dealflow);
        var globalRollback = await Client.SendAsync(HttpMethod.Post, "/api/skills/help/rollback", DealflowAdmin, """{"scope": "global"}""", Dealflow);
        var acme = await Client.FetchAsync("/api/skills", Admin);

        AssertProblem(HttpStatusCode.Forbidden, "Permission denied", global);
        Assert.Contains("platform role", global.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        AssertProblem(HttpStatusCode.Forbidden, "Permission denied", explicitGlobal);
        AssertProblem(HttpStatusCode.Forbidden, "Permission denied", globalRollback);
        Assert.Equal("1.0.0", SkillManifest.Load(api.ManifestPath).ActiveVersion("help"));
        Assert.Equal(("1.0.0", null, "1.0.0"), Versions(Skill(acme.Body, "help")));
    }

    [Fact]
    public async Task A_decision_resting_on_an_eval_run_that_was_never_stored_is_refused()
    {
        var madeUp = await Client.SendAsync(HttpMethod.Post, "/api/skills/help/activate", DealflowAdmin, """{"version": "1.1.0", "scope": "tenant", "eval_run_id": "made-up-run"}""", Dealflow);
        var stored = await Client.SendAsync(HttpMethod.Post, "/api/skills/help/activate", DealflowAdmin, $$"""{"version": "1.1.0", "scope": "tenant", "eval_run_id": "{{SkillPromotionFixture.StoredRun}}"}""", Dealflow);
        var dealflow = await Client.FetchAsync("/api/skills", DealflowAdmin, Dealflow);
        var acme = await Client.FetchAsync("/api/skills", Admin);

        AssertProblem(HttpStatusCode.UnprocessableEntity, "Unknown eval run", madeUp);
        Assert.Equal(HttpStatusCode.OK, stored.Status);
        Assert.Equal(("1.0.0", "1.1.0", "1.1.0"), Versions(Skill(dealflow.Body, "help")));
        Assert.Equal(("1.0.0", null, "1.0.0"), Versions(Skill(acme.Body, "help")));
    }

    [Fact]
    public async Task A_tenant_pin_changes_what_that_tenant_gets_and_no_other_tenant_sees_it()
    {
        var pinned = await Client.SendAsync(HttpMethod.Post, "/api/skills/user_memory/activate", Admin, Activation("user_memory", "1.1.0", passed: true, scope: "tenant"));
        var acme = await Client.FetchAsync("/api/skills", Admin);
        var contoso = await Client.FetchAsync("/api/skills", ContosoAdmin, Contoso);
        var contosoHistory = await Client.FetchAsync("/api/skills/user_memory/history", ContosoAdmin, Contoso);
        var contosoRollback = await Client.SendAsync(HttpMethod.Post, "/api/skills/user_memory/rollback", ContosoAdmin, """{"scope": "tenant"}""", Contoso);
        var unpinned = await Client.SendAsync(HttpMethod.Post, "/api/skills/user_memory/rollback", Admin, """{"scope": "tenant", "reason": "pilot over"}""");

        Assert.Equal(HttpStatusCode.OK, pinned.Status);
        Assert.Equal(("tenant", Acme), (pinned.Body.GetProperty("scope").GetString(), pinned.Body.GetProperty("tenant").GetString()));
        Assert.Equal(("1.0.0", "1.1.0", "1.1.0"), Versions(Skill(acme.Body, "user_memory")));
        Assert.Equal(("1.0.0", null, "1.0.0"), Versions(Skill(contoso.Body, "user_memory")));
        Assert.Empty(contosoHistory.Body.GetProperty("decisions").EnumerateArray());
        AssertProblem(HttpStatusCode.Conflict, "Nothing to roll back to", contosoRollback);
        Assert.Equal(HttpStatusCode.OK, unpinned.Status);
        Assert.Null(Optional(unpinned.Body, "to_version"));
        Assert.Null(SkillManifest.Load(api.ManifestPath).PinnedVersion("user_memory", Acme));
    }

    [Fact]
    public async Task Bad_activation_requests_get_problems_saying_what_to_fix()
    {
        var noVersion = await Client.SendAsync(HttpMethod.Post, "/api/skills/segment_edit/activate", Admin, """{"scope": "everywhere"}""");
        var notJson = await Client.SendAsync(HttpMethod.Post, "/api/skills/segment_edit/activate", Admin, "{version");
        var halfApproval = await Client.SendAsync(HttpMethod.Post, "/api/skills/segment_edit/activate", Admin, """{"version": "1.1.0", "gate_approval": {"candidate_version": "1.1.0"}}""");
        var otherVersion = await Client.SendAsync(HttpMethod.Post, "/api/skills/segment_edit/activate", Admin, Activation("segment_edit", "1.0.0", passed: true).Replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"", StringComparison.Ordinal));
        var unknownVersion = await Client.SendAsync(HttpMethod.Post, "/api/skills/segment_edit/activate", Admin, Activation("segment_edit", "7.0.0", passed: true));
        var unknownSkill = await Client.SendAsync(HttpMethod.Post, "/api/skills/segment_edits/activate", Admin, Activation("segment_edits", "1.1.0", passed: true));
        var alreadyLive = await Client.SendAsync(HttpMethod.Post, "/api/skills/segment_edit/activate", Admin, Activation("segment_edit", "1.0.0", passed: true));

        AssertProblem(HttpStatusCode.BadRequest, "Invalid activation", noVersion);
        Assert.Equal(["scope", "version"], ErrorPaths(noVersion.Body).Order());
        AssertProblem(HttpStatusCode.BadRequest, "Invalid activation", notJson);
        AssertProblem(HttpStatusCode.BadRequest, "Invalid activation", halfApproval);
        Assert.Equal(["gate_approval.eval_run_id", "gate_approval.passed"], ErrorPaths(halfApproval.Body).Order());
        AssertProblem(HttpStatusCode.UnprocessableEntity, "Eval gate not passed", otherVersion);
        Assert.Contains("is for segment_edit@1.0.0, not segment_edit@1.1.0", otherVersion.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        AssertProblem(HttpStatusCode.NotFound, "Unknown skill version", unknownVersion);
        AssertProblem(HttpStatusCode.NotFound, "Unknown skill", unknownSkill);
        AssertProblem(HttpStatusCode.Conflict, "Version already live", alreadyLive);
        Assert.Equal("1.0.0", SkillManifest.Load(api.ManifestPath).ActiveVersion("segment_edit"));
    }

    [Fact]
    public async Task The_skill_list_shows_every_version_with_its_gate_and_accuracy()
    {
        var (status, body, _) = await Client.FetchAsync("/api/skills", Viewer);

        Assert.Equal(HttpStatusCode.OK, status);
        var help = Skill(body, "help");
        Assert.Equal(["1.0.0", "1.1.0"], help.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetString()));
        Assert.False(help.GetProperty("versions")[0].GetProperty("eval_gate").GetBoolean());
        Assert.True(Skill(body, "segment_overlap").GetProperty("versions")[0].GetProperty("eval_gate").GetBoolean());
        Assert.InRange(Skill(body, "segment_overlap").GetProperty("versions")[0].GetProperty("min_accuracy").GetDouble(), 0.01, 1);
    }

    [Fact]
    public async Task Admins_review_their_tenants_pending_items_once_and_never_another_tenants()
    {
        var queue = api.Services.GetRequiredService<IShadowReviewQueue>();
        var stored = await queue.EnqueueAsync("replay-5", [Review(Acme, 1), Review(Acme, 2), Review(Contoso, 1)]);

        var acmePending = await Client.FetchAsync("/api/skills/segment_overlap/reviews?candidate=1.1.0", Admin);
        var contosoPending = await Client.FetchAsync("/api/skills/segment_overlap/reviews", ContosoAdmin, Contoso);
        var approved = await Client.SendAsync(HttpMethod.Post, $"/api/skills/segment_overlap/reviews/{stored[0].Id}/approve", Admin, """{"note": "the new overlap is right"}""");
        var twice = await Client.SendAsync(HttpMethod.Post, $"/api/skills/segment_overlap/reviews/{stored[0].Id}/reject", Admin);
        var foreign = await Client.SendAsync(HttpMethod.Post, $"/api/skills/segment_overlap/reviews/{stored[1].Id}/reject", ContosoAdmin, null, Contoso);
        var wrongSkill = await Client.SendAsync(HttpMethod.Post, $"/api/skills/help/reviews/{stored[1].Id}/reject", Admin);
        var notANumber = await Client.SendAsync(HttpMethod.Post, "/api/skills/segment_overlap/reviews/twelve/approve", Admin);
        var marketer = await Client.FetchAsync("/api/skills/segment_overlap/reviews", Marketer);
        var rejected = await Client.SendAsync(HttpMethod.Post, $"/api/skills/segment_overlap/reviews/{stored[1].Id}/reject", Admin);
        var left = await Client.FetchAsync("/api/skills/segment_overlap/reviews", Admin);

        Assert.Equal([stored[0].Id, stored[1].Id], acmePending.Body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
        Assert.Equal("how many gold members also bought online", acmePending.Body.GetProperty("items")[0].GetProperty("query").GetString());
        Assert.Equal([stored[2].Id], contosoPending.Body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
        Assert.Equal(("approved", Admin, "the new overlap is right"), (approved.Body.GetProperty("status").GetString(), approved.Body.GetProperty("reviewed_by").GetString(), approved.Body.GetProperty("note").GetString()));
        AssertProblem(HttpStatusCode.Conflict, "Review item already reviewed", twice);
        AssertProblem(HttpStatusCode.NotFound, "Unknown review item", foreign);
        AssertProblem(HttpStatusCode.NotFound, "Unknown review item", wrongSkill);
        AssertProblem(HttpStatusCode.NotFound, "Unknown review item", notANumber);
        AssertProblem(HttpStatusCode.Forbidden, "Permission denied", marketer);
        Assert.Equal("rejected", rejected.Body.GetProperty("status").GetString());
        Assert.Empty(left.Body.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/skills", "get", "ListSkills")]
    [InlineData("/api/skills/{id}/history", "get", "GetSkillHistory")]
    [InlineData("/api/skills/{id}/activate", "post", "ActivateSkillVersion")]
    [InlineData("/api/skills/{id}/rollback", "post", "RollbackSkillVersion")]
    [InlineData("/api/skills/{id}/reviews", "get", "ListSkillReviews")]
    [InlineData("/api/skills/{id}/reviews/{itemId}/approve", "post", "ApproveSkillReview")]
    [InlineData("/api/skills/{id}/reviews/{itemId}/reject", "post", "RejectSkillReview")]
    public async Task Skill_operations_have_a_name_summary_and_identity_headers_in_the_openapi_document(string path, string method, string name)
    {
        var (status, document, _) = await Client.FetchAsync("/openapi/v1.json", user: null);

        Assert.Equal(HttpStatusCode.OK, status);
        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.Equal(name, operation.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        Assert.Equal(["X-SegmentAI-Tenant", "X-SegmentAI-User"], operation.GetProperty("parameters").EnumerateArray().Where(p => p.GetProperty("in").GetString() == "header").Select(p => p.GetProperty("name").GetString()).Order());
    }

    private static string Activation(string skill, string version, bool passed, string scope = "global") => $$"""
        {
          "version": "{{version}}",
          "scope": "{{scope}}",
          "reason": "better handling of date phrases",
          "gate_approval": {
            "gate_id": "{{SkillPromotionFixture.GateId(skill, version, passed)}}",
            "eval_run_id": "run-42",
            "candidate_version": "{{version}}",
            "passed": {{(passed ? "true" : "false")}},
            "details": {"gates": {"accuracy": "{{(passed ? "passed" : "failed")}}"}, "regressed_metrics": []}
          }
        }
        """;

    private static JsonElement Skill(JsonElement list, string id) =>
        list.GetProperty("skills").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);

    private static (string?, string?, string?) Versions(JsonElement skill) =>
        (Optional(skill, "active_version"), Optional(skill, "tenant_pin"), Optional(skill, "effective_version"));

    /// <summary>A string property the API leaves out when it is null.</summary>
    private static string? Optional(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

    private static ShadowReviewItem Review(string tenant, int turn) => new()
    {
        SkillId = "segment_overlap",
        CandidateVersion = "1.1.0",
        ActiveVersion = "1.0.0",
        TenantId = tenant,
        UserId = "marco.marketer@acme",
        Turn = new ReviewedTurn("s-review", turn, "how many gold members also bought online"),
        ActiveReply = "overlap 412 of 1,204",
        CandidateReply = "overlap 398 of 1,204",
        DifferenceKind = "different_size",
        CreatedAt = new DateTimeOffset(2026, 11, 22, 9, turn, 0, TimeSpan.Zero),
    };
}
