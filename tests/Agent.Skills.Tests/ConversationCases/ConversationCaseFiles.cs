using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Skills.Tests.ConversationCases;

/// <summary>The eval suites of every skill (<c>skills/&lt;skill&gt;/evals/&lt;tenant&gt;.yaml</c>), read through the harness's loader.</summary>
public static class ConversationCaseFiles
{
    private static readonly Lazy<IReadOnlyList<EvalSuite>> Loaded = new(Load);

    /// <summary>The repository the suites are read from.</summary>
    public static RepositoryLayout Layout { get; } = RepositoryLayout.Discover();

    /// <summary>Every suite, one per skill, in skill id order.</summary>
    public static IReadOnlyList<EvalSuite> Suites => Loaded.Value;

    /// <summary>Every suite file, by path.</summary>
    public static IReadOnlyList<string> Paths => [.. Suites.SelectMany(s => s.Files)];

    /// <summary>Every case of every suite.</summary>
    public static IReadOnlyList<EvalCase> All => [.. Suites.SelectMany(s => s.Cases)];

    // Messages name files as the repository does: skills/<skill>/evals/<tenant>.yaml.
    private static IReadOnlyList<EvalSuite> Load()
    {
        var library = SkillLoader.Load(Layout.Skills);
        return [.. library.SkillIds.Order(StringComparer.Ordinal).Select(id => EvalSuiteLoader.Load(Layout.Skills, id, library.Versions(id)[0].EvalSuiteId, Layout.Root))];
    }
}
