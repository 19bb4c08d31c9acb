using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SegmentAI.Skills.Promotion;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Skills.Tests.SkillSystem;

public sealed class SkillActivationTests : IDisposable
{
    private const string Summary = """{"gates":{"accuracy":"passed","regression":"passed","shadow":"passed"},"regressed_metrics":[]}""";

    private readonly SkillsCopy _copy = new();
    private readonly InMemorySkillPromotionLog _log = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
    private readonly SkillRegistry _registry;
    private readonly SkillActivation _activation;

    public SkillActivationTests()
    {
        AddVersion("segment_creation", "1.1.0");
        AddVersion("help", "1.1.0");
        _registry = new SkillRegistry(SkillLoader.Load(_copy.Root), SkillManifest.Load(ManifestPath));
        foreach (var run in new[] { "run-3", "run-9", "r" })
        {
            File.WriteAllText(Path.Combine(Runs, $"{run}.json"), $$"""{"schema_version": 1, "run_id": "{{run}}"}""");
        }

        _activation = new SkillActivation(_registry, _log, new FileGateResultSource(Gates, Runs), _copy.Root, _time, NullLogger<SkillActivation>.Instance);
    }

    // Outside the skills folder, which the loader reads as skills.
    private string Gates { get; } = Directory.CreateTempSubdirectory("gates-").FullName;

    private string Runs { get; } = Directory.CreateTempSubdirectory("runs-").FullName;

    private string ManifestPath => Path.Combine(_copy.Root, SkillManifest.FileName);

    [Fact]
    public async Task A_gated_version_is_refused_without_a_gate_approval_and_nothing_changes()
    {
        var before = await File.ReadAllTextAsync(ManifestPath);

        var error = await Assert.ThrowsAsync<SkillActivationException>(() => _activation.ActivateAsync(Request("segment_creation", "1.1.0") with { EvalRunId = "run-1" }));

        Assert.Equal(ActivationFailure.GateRequired, error.Failure);
        Assert.Contains("segment_creation@1.1.0 has eval_gate: true", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(ManifestPath));
        Assert.Empty(await _log.HistoryAsync("segment_creation", null));
        Assert.Equal("1.0.0", _registry.Versions.ActiveVersion("segment_creation"));
    }

    [Fact]
    public async Task A_gated_version_goes_live_with_a_passed_approval_and_the_manifest_keeps_its_header()
    {
        var decision = await _activation.ActivateAsync(Request("segment_creation", "1.1.0") with { Approval = Approval("segment_creation", "1.1.0", passed: true) });

        var text = await File.ReadAllTextAsync(ManifestPath);
        Assert.StartsWith("# The live version of each skill.", text, StringComparison.Ordinal);
        Assert.Equal("1.1.0", SkillManifest.Parse(ManifestPath, text).ActiveVersion("segment_creation"));
        Assert.Equal("1.0.0", SkillManifest.Parse(ManifestPath, text).ActiveVersion("segment_edit"));
        Assert.Equal("1.1.0", _registry.Versions.ActiveVersion("segment_creation"));
        Assert.Contains(_registry.ActiveSkills(), s => s.Label == "segment_creation@1.1.0");
        Assert.Equal((DecisionKind.Promoted, "1.0.0", "1.1.0", "run-9", Summary), (decision.Kind, decision.FromVersion, decision.ToVersion, decision.EvalRunId, decision.GateSummary));
        Assert.Equal([decision], await _log.HistoryAsync("segment_creation", null));
        Assert.Empty(Directory.GetFiles(_copy.Root, "*.tmp"));
    }

    [Theory]
    [InlineData("segment_creation", "1.1.0", false, "did not pass")]
    [InlineData("segment_creation", "1.0.0", true, "is for segment_creation@1.0.0, not segment_creation@1.1.0")]
    [InlineData("segment_edit", "1.1.0", true, "is for segment_edit@1.1.0, not segment_creation@1.1.0")]
    public async Task An_approval_of_another_skill_or_version_or_that_did_not_pass_is_refused(string skill, string version, bool passed, string expected)
    {
        var error = await Assert.ThrowsAsync<SkillActivationException>(() => _activation.ActivateAsync(Request("segment_creation", "1.1.0") with { Approval = Approval(skill, version, passed) }));

        Assert.Equal(ActivationFailure.GateNotPassed, error.Failure);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("1.0.0", SkillManifest.Load(ManifestPath).ActiveVersion("segment_creation"));
    }

    [Fact]
    public async Task A_skill_without_a_gate_goes_live_with_the_eval_run_it_rests_on()
    {
        var missingRun = await Assert.ThrowsAsync<SkillActivationException>(() => _activation.ActivateAsync(Request("help", "1.1.0")));

        var decision = await _activation.ActivateAsync(Request("help", "1.1.0") with { EvalRunId = "run-3" });

        Assert.Equal(ActivationFailure.Incomplete, missingRun.Failure);
        Assert.Equal("run-3", decision.EvalRunId);
        Assert.Equal("1.1.0", SkillManifest.Load(ManifestPath).ActiveVersion("help"));
    }

    [Fact]
    public async Task A_tenant_pin_changes_only_that_tenant_and_rolling_it_back_removes_the_pin()
    {
        var pinned = await _activation.ActivateAsync(Request("help", "1.1.0") with { Scope = PromotionScope.Tenant("acme-retail"), EvalRunId = "run-3" });

        var withPin = SkillManifest.Load(ManifestPath);
        Assert.Equal(("1.1.0", "1.0.0", (string?)null), (withPin.PinnedVersion("help", "acme-retail"), withPin.ActiveVersion("help"), pinned.FromVersion));
        Assert.Null(withPin.PinnedVersion("help", "globex"));

        var rolledBack = await _activation.RollbackAsync("help", PromotionScope.Tenant("acme-retail"), "alice.admin@acme", "pilot over");

        Assert.Equal((DecisionKind.RolledBack, "1.1.0", (string?)null), (rolledBack.Kind, rolledBack.FromVersion, rolledBack.ToVersion));
        Assert.Null(SkillManifest.Load(ManifestPath).PinnedVersion("help", "acme-retail"));
        Assert.Null(_registry.Versions.PinnedVersion("help", "acme-retail"));
        Assert.Contains("tenants: {}", await File.ReadAllTextAsync(ManifestPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rollback_returns_to_the_version_live_before_and_a_second_one_finds_nothing_earlier()
    {
        await _activation.ActivateAsync(Request("segment_creation", "1.1.0") with { Approval = Approval("segment_creation", "1.1.0", passed: true) });
        _time.Advance(TimeSpan.FromMinutes(5));

        var rolledBack = await _activation.RollbackAsync("segment_creation", PromotionScope.Global, "alice.admin@acme", "sizes regressed in production");
        var again = await Assert.ThrowsAsync<SkillActivationException>(() => _activation.RollbackAsync("segment_creation", PromotionScope.Global, "alice.admin@acme", null));

        Assert.Equal((DecisionKind.RolledBack, "1.1.0", "1.0.0", "sizes regressed in production"), (rolledBack.Kind, rolledBack.FromVersion, rolledBack.ToVersion, rolledBack.Reason));
        Assert.Equal("1.0.0", SkillManifest.Load(ManifestPath).ActiveVersion("segment_creation"));
        Assert.Equal("1.0.0", await _log.ActiveVersionAsync("segment_creation", PromotionScope.Global));
        Assert.Equal(ActivationFailure.NothingToRollBack, again.Failure);
    }

    [Fact]
    public async Task A_rejection_is_recorded_and_leaves_the_manifest_alone()
    {
        var before = await File.ReadAllTextAsync(ManifestPath);

        var rejected = await _activation.RejectAsync("segment_creation", "1.1.0", PromotionScope.Global, "run-4", Summary, "alice.admin@acme", "accuracy fell");

        Assert.Equal((DecisionKind.Rejected, "1.0.0", "1.1.0"), (rejected.Kind, rejected.FromVersion, rejected.ToVersion));
        Assert.Equal(before, await File.ReadAllTextAsync(ManifestPath));
        Assert.Null(await _log.ActiveVersionAsync("segment_creation", PromotionScope.Global));
    }

    [Fact]
    public async Task Unknown_broken_and_already_live_versions_are_refused_with_what_exists()
    {
        _copy.ReplaceLine("segment_creation", "1.1.0", "name: Segment Creation", _ => "name: [broken");

        var unknown = await Assert.ThrowsAsync<SkillActivationException>(() => _activation.ActivateAsync(Request("segment_creation", "9.0.0") with { EvalRunId = "r" }));
        var broken = await Assert.ThrowsAsync<SkillActivationException>(() => _activation.ActivateAsync(Request("segment_creation", "1.1.0") with { Approval = Approval("segment_creation", "1.1.0", passed: true) }));
        var live = await Assert.ThrowsAsync<SkillActivationException>(() => _activation.ActivateAsync(Request("help", "1.0.0") with { EvalRunId = "r" }));
        var noSkill = await Assert.ThrowsAsync<SkillActivationException>(() => _activation.ActivateAsync(Request("segment_cration", "1.0.0") with { EvalRunId = "r" }));

        Assert.Equal((ActivationFailure.UnknownVersion, ActivationFailure.VersionDoesNotLoad, ActivationFailure.AlreadyActive, ActivationFailure.UnknownSkill), (unknown.Failure, broken.Failure, live.Failure, noSkill.Failure));
        Assert.Contains("its versions are 1.0.0", unknown.Message, StringComparison.Ordinal);
        Assert.Empty(await _log.HistoryAsync("segment_creation", null));
    }

    [Fact]
    public async Task A_version_without_a_gate_does_not_go_live_on_an_eval_run_that_was_never_stored()
    {
        var error = await Assert.ThrowsAsync<SkillActivationException>(() => _activation.ActivateAsync(Request("help", "1.1.0") with { EvalRunId = "made-up-run" }));

        Assert.Equal(ActivationFailure.UnknownEvalRun, error.Failure);
        Assert.Equal("1.0.0", SkillManifest.Load(ManifestPath).ActiveVersion("help"));
        Assert.Empty(await _log.HistoryAsync("help", null));
    }

    public void Dispose()
    {
        _activation.Dispose();
        _copy.Dispose();
        Directory.Delete(Gates, recursive: true);
        Directory.Delete(Runs, recursive: true);
    }

    private void AddVersion(string skillId, string version)
    {
        var text = File.ReadAllText(_copy.PathOf(skillId, "1.0.0")).Replace("version: \"1.0.0\"", $"version: \"{version}\"", StringComparison.Ordinal);
        File.WriteAllText(_copy.PathOf(skillId, version), text);
    }

    private static ActivationRequest Request(string skillId, string version) => new()
    {
        SkillId = skillId,
        Version = version,
        Scope = PromotionScope.Global,
        DecidedBy = "alice.admin@acme",
        Reason = "better date handling",
    };

    /// <summary>An approval as the gate stores it, written where activation reads it; the caller's copy only names it.</summary>
    private GateApproval Approval(string skillId, string version, bool passed)
    {
        var approval = new GateApproval
        {
            GateId = "gate-9",
            EvalRunId = "run-9",
            SkillId = skillId,
            CandidateVersion = version,
            Passed = passed,
            Details = Summary,
        };
        Directory.CreateDirectory(Gates);
        File.WriteAllText(
            Path.Combine(Gates, "gate-9.json"),
            System.Text.Json.JsonSerializer.Serialize(new { approval }, new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower }));
        return approval;
    }

    [Fact]
    public async Task An_approval_the_gate_never_stored_is_refused_even_when_it_claims_to_have_passed()
    {
        var forged = new GateApproval { GateId = "gate-forged", EvalRunId = "run-forged", SkillId = "segment_creation", CandidateVersion = "1.1.0", Passed = true };

        var error = await Assert.ThrowsAsync<SkillActivationException>(() => _activation.ActivateAsync(Request("segment_creation", "1.1.0") with { Approval = forged }));

        Assert.Equal(ActivationFailure.GateNotPassed, error.Failure);
        Assert.Contains("no stored eval gate result has the id 'gate-forged'", error.Message, StringComparison.Ordinal);
        Assert.Empty(await _log.HistoryAsync("segment_creation", null));
    }
}
