using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Prompting;

namespace SegmentAI.Skills.Tests.SkillSystem;

public sealed class ConstitutionTests
{
    private static string ConstitutionPath => Path.Combine(RepositorySkills.Folder, ConstitutionLoader.FileName);

    private static string LockPath => Path.Combine(RepositorySkills.Folder, ConstitutionLock.FileName);

    [Fact]
    public void The_constitution_matches_its_lock_so_it_never_changes_without_a_version_bump()
    {
        var constitution = ConstitutionLoader.Load(ConstitutionPath);
        var locked = ConstitutionLock.Load(LockPath);

        var problem = locked.Check(constitution);

        Assert.True(problem is null, problem);
    }

    [Fact]
    public void Loading_gives_version_text_and_content_hash()
    {
        var constitution = ConstitutionLoader.Load(ConstitutionPath);

        Assert.Equal("1.0.0", constitution.Version);
        Assert.Equal(64, constitution.Sha256.Length);
        Assert.Equal(ConstitutionLoader.Hash(constitution.Text), constitution.Sha256);
        Assert.DoesNotContain("version: 1.0.0", constitution.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SegmentAI")]
    [InlineData("PLAN")]
    [InlineData("ACT")]
    [InlineData("VERIFY")]
    [InlineData("IMPROVE")]
    [InlineData("retrieved")]
    [InlineData("inferred")]
    [InlineData("verbatim")]
    [InlineData("\"kind\": \"segment | clarification | refusal | answer | error\"")]
    [InlineData("estimated_size")]
    [InlineData("confidence")]
    [InlineData("assumptions")]
    [InlineData("PII")]
    [InlineData("protected")]
    [InlineData("discriminatory")]
    [InlineData("prompt injection")]
    [InlineData("exactly one clarifying question")]
    [InlineData("two most likely interpretations")]
    [InlineData("below 0.5")]
    public void The_constitution_covers_its_required_rules(string phrase)
    {
        var constitution = ConstitutionLoader.Load(ConstitutionPath);

        Assert.Contains(phrase, constitution.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_the_text_under_the_same_version_asks_for_a_version_bump()
    {
        var original = File.ReadAllText(ConstitutionPath);
        var edited = ConstitutionLoader.Parse(ConstitutionPath, original.Replace("SegmentAI,", "SegmentAI (beta),", StringComparison.Ordinal));

        var problem = ConstitutionLock.Load(LockPath).Check(edited);

        Assert.NotNull(problem);
        Assert.Contains("bump 'version'", problem, StringComparison.Ordinal);
        Assert.Contains(ConstitutionLock.FileName, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Bumping_the_version_without_updating_the_lock_is_reported_with_the_new_lock()
    {
        var original = File.ReadAllText(ConstitutionPath);
        var bumped = ConstitutionLoader.Parse(ConstitutionPath, original.Replace("version: 1.0.0", "version: 1.1.0", StringComparison.Ordinal)
            .Replace("SegmentAI,", "SegmentAI (beta),", StringComparison.Ordinal));

        var problem = ConstitutionLock.Load(LockPath).Check(bumped);

        Assert.NotNull(problem);
        Assert.Contains($"version: 1.1.0\nsha256: {bumped.Sha256}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_endings_do_not_change_the_hash()
    {
        var original = File.ReadAllText(ConstitutionPath);

        var crlf = ConstitutionLoader.Parse("crlf.md", original.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(ConstitutionLoader.Parse("lf.md", original).Sha256, crlf.Sha256);
    }

    [Fact]
    public void A_constitution_without_a_version_is_rejected()
    {
        var error = Assert.Throws<ConfigurationException>(() => ConstitutionLoader.Parse("c.md", "---\nowner: me\n---\ntext\n"));

        Assert.Equal("version", Assert.Single(error.Issues).Field);
    }
}
