using System.Text.RegularExpressions;
using SegmentAI.Skills.Tests.SkillSystem;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>The engine only perceives, picks the skill, runs its handler, verifies and records; skills live in handlers.</summary>
public sealed partial class ConversationEngineShapeTests
{
    private static readonly string Source = Path.Combine(RepositorySkills.RepositoryRoot, "src", "Agent.Skills");

    [Fact]
    public void The_engine_is_one_file_of_at_most_250_lines()
    {
        var lines = File.ReadAllLines(Path.Combine(Source, "Conversation", "ConversationEngine.cs"));

        Assert.True(lines.Length <= 250, $"ConversationEngine.cs has {lines.Length} lines");
        Assert.DoesNotContain(lines, l => l.Contains("partial class", StringComparison.Ordinal));
    }

    [Fact]
    public void No_other_file_adds_to_the_engine()
    {
        var others = Directory.GetFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "ConversationEngine.cs" && EngineClass().IsMatch(File.ReadAllText(f)));

        Assert.Empty(others);
    }

    // The engine itself, not the pipeline around it (ConversationEngineBuilder, DelegatingConversationEngine).
    [GeneratedRegex(@"\bclass ConversationEngine\b")]
    private static partial Regex EngineClass();
}
