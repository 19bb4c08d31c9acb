using SegmentAI.Skills.Hosting;

namespace SegmentAI.Host.Tests.Api;

/// <summary>
/// The real web app over a repository root of its own: the repository's tenants and a copy of its skills with a
/// 1.1.0 candidate of every skill, so activating versions edits the copy's manifest, never the repository's.
/// </summary>
public sealed class SkillPromotionFixture : IAsyncLifetime
{
    private RestApiHost _host = null!;

    public string Root { get; } = Directory.CreateTempSubdirectory("skill-promotion-").FullName;

    public HttpClient Client => _host.Client;

    public string ManifestPath => Path.Combine(Root, "skills", "manifest.yaml");

    internal IServiceProvider Services => _host.App.Services;

    public async Task InitializeAsync()
    {
        var repository = RepositoryLayout.Discover();
        Copy(repository.Tenants, Path.Combine(Root, "tenants"));
        Copy(repository.Skills, Path.Combine(Root, "skills"));
        foreach (var folder in Directory.GetDirectories(Path.Combine(Root, "skills")))
        {
            var current = Path.Combine(folder, "1.0.0.yaml");
            var candidate = File.ReadAllText(current).Replace("version: \"1.0.0\"", "version: \"1.1.0\"", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, "1.1.0.yaml"), candidate);
        }

        // Gate results as the eval gate stores them: activation trusts these, never the approval a caller sends.
        var gates = Path.Combine(Root, "eval-runs", "gates");
        Directory.CreateDirectory(gates);
        foreach (var (skill, version, passed) in StoredGates)
        {
            File.WriteAllText(Path.Combine(gates, GateId(skill, version, passed) + ".json"), $$"""
                {
                  "gate_id": "{{GateId(skill, version, passed)}}",
                  "approval": {
                    "gate_id": "{{GateId(skill, version, passed)}}",
                    "eval_run_id": "run-42",
                    "skill_id": "{{skill}}",
                    "candidate_version": "{{version}}",
                    "passed": {{(passed ? "true" : "false")}},
                    "details": "{\"gates\":{\"accuracy\":\"{{(passed ? "passed" : "failed")}}\"},\"regressed_metrics\":[]}"
                  }
                }
                """);
        }

        // One eval run as the harness stores it, for decisions on versions without an eval gate.
        File.WriteAllText(Path.Combine(Root, "eval-runs", $"{StoredRun}.json"), $$"""{"schema_version": 1, "run_id": "{{StoredRun}}"}""");

        _host = await RestApiHost.StartAsync(Root, new Dictionary<string, string>
        {
            ["Evals:ResultsDirectory"] = Path.Combine(Root, "eval-runs"),
            ["Api:PlatformAdmins:0"] = $"acme-retail/{ApiCalls.Admin}",
        });
    }

    /// <summary>The id of the eval run stored before the host starts.</summary>
    public const string StoredRun = "run-7";

    /// <summary>The gate results stored before the host starts: (skill, candidate version, passed).</summary>
    public static IReadOnlyList<(string Skill, string Version, bool Passed)> StoredGates { get; } =
    [
        ("segment_creation", "1.1.0", true),
        ("segment_creation", "1.1.0", false),
        ("user_memory", "1.1.0", true),
        ("segment_edit", "1.0.0", true),
    ];

    /// <summary>The id of a stored gate result.</summary>
    public static string GateId(string skill, string version, bool passed) => $"gate-{skill}-{version}-{(passed ? "passed" : "failed")}";

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
