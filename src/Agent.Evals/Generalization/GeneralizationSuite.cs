using SegmentAI.Evals.Suites;

namespace SegmentAI.Evals.Generalization;

/// <summary>
/// The generalization suite: conversations across every skill and tenant, written from the README conventions and the
/// catalogs only, never from what the engine answers, in <c>evals/generalization/cases/&lt;tenant&gt;.yaml</c> (same case
/// format as the skills' suites, header <c>suite: generalization</c>, <c>skill: generalization</c>). Its frozen
/// holdout (<see cref="FrozenHoldout"/>) is never tuned on.
/// </summary>
internal static class GeneralizationSuite
{
    /// <summary>The suite id of every file's header.</summary>
    public const string SuiteId = "generalization";

    /// <summary>The skill header: the cases exercise whichever skill routes them.</summary>
    public const string SkillId = "generalization";

    /// <summary>The folder of the suite, under the repository root.</summary>
    public static string Folder(string repositoryRoot) => Path.Combine(repositoryRoot, "evals", "generalization");

    /// <summary>The folder of the case files.</summary>
    public static string CasesFolder(string repositoryRoot) => Path.Combine(Folder(repositoryRoot), "cases");

    /// <summary>Reads every case file; throws <see cref="EvalSuiteFormatException"/> listing every problem.</summary>
    public static EvalSuite Load(string repositoryRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repositoryRoot);
        var folder = CasesFolder(repositoryRoot);
        var paths = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList() : [];
        var name = Path.GetRelativePath(repositoryRoot, folder);
        if (paths.Count == 0)
        {
            throw new EvalSuiteFormatException($"{name}: the generalization suite has no case files; add <tenant>.yaml files in this folder");
        }

        var issues = new List<string>();
        var files = new List<EvalSuiteFile>();
        foreach (var path in paths)
        {
            var file = Path.GetRelativePath(repositoryRoot, path);
            try
            {
                var parsed = EvalSuiteParser.ParseFile(path, file);
                if (parsed.SuiteId != SuiteId || parsed.SkillId != SkillId)
                {
                    issues.Add($"{file}:1: suite header: expected suite: {SuiteId} and skill: {SkillId}");
                }

                issues.AddRange(parsed.Cases.Where(c => !IsFileOf(c.Tenant, path))
                    .Select(c => $"{c.File}:{c.Line}: case '{c.Id}': tenant: '{c.Tenant}' but the file is {Path.GetFileName(path)} (name it {c.Tenant}.yaml or {c.Tenant}-<batch number>.yaml)"));
                files.Add(parsed);
            }
            catch (EvalSuiteFormatException ex)
            {
                issues.AddRange(ex.Issues);
            }
        }

        var cases = files.SelectMany(f => f.Cases).ToList();
        issues.AddRange(cases.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{g.Last().File}:{g.Last().Line}: case '{g.Key}': id: already used; case ids are unique within a suite"));
        return issues.Count > 0
            ? throw new EvalSuiteFormatException(name, issues)
            : new EvalSuite(SuiteId, SkillId, [.. files.Select(f => f.Path)], cases);
    }

    // Later batches of cases, written after the first, sit beside it as <tenant>-2.yaml, <tenant>-3.yaml.
    private static bool IsFileOf(string tenant, string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        return stem == tenant
            || (stem.StartsWith(tenant + "-", StringComparison.Ordinal) && stem.Length > tenant.Length + 1 && stem[(tenant.Length + 1)..].All(char.IsAsciiDigit));
    }
}
