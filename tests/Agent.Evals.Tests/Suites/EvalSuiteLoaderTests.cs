using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Evals.Tests.Suites;

public sealed class EvalSuiteLoaderTests : IDisposable
{
    private const string Case = """
        - id: help-one
          tenant: acme-retail
          as_of: 2026-11-22
          tags: [help]
          turns:
            - say: what can you do?
              expect: { kind: answer }
        """;

    private readonly string _skills = Directory.CreateTempSubdirectory("suites-").FullName;

    public void Dispose() => Directory.Delete(_skills, recursive: true);

    [Fact]
    public void Every_skill_of_the_repository_has_a_suite_that_loads_under_its_eval_suite_id()
    {
        var layout = RepositoryLayout.Discover();
        var library = SkillLoader.Load(layout.Skills);

        var suites = library.SkillIds.Select(id => EvalSuiteLoader.Load(layout.Skills, id, library.Versions(id)[0].EvalSuiteId, layout.Root)).ToList();

        Assert.Equal(library.SkillIds.Count, suites.Count);
        Assert.All(suites, s => Assert.NotEmpty(s.Cases));
        Assert.All(suites, s => Assert.All(s.Files, f => Assert.StartsWith($"skills/{s.SkillId}/evals/", f, StringComparison.Ordinal)));
    }

    [Fact]
    public void Cases_come_in_file_name_then_file_order()
    {
        Write("dealflow.yaml", "help_eval", "help", Case.Replace("help-one", "help-two", StringComparison.Ordinal).Replace("acme-retail", "dealflow", StringComparison.Ordinal));
        Write("acme-retail.yaml", "help_eval", "help", Case);

        var suite = EvalSuiteLoader.Load(_skills, "help", "help_eval", _skills);

        Assert.Equal(["help-one", "help-two"], suite.Cases.Select(c => c.Id));
        Assert.Equal("help/evals/acme-retail.yaml", suite.Cases[0].File);
    }

    [Fact]
    public void A_header_of_another_suite_or_skill_and_a_duplicate_id_are_located_errors()
    {
        Write("acme-retail.yaml", "help_evals", "segment_help", Case);
        Write("dealflow.yaml", "help_eval", "help", Case);

        var error = Assert.Throws<EvalSuiteFormatException>(() => EvalSuiteLoader.Load(_skills, "help", "help_eval", _skills));

        Assert.Equal(
            [
                "help/evals/acme-retail.yaml:1: suite header: skill: 'segment_help' but the file sits in the folder of skill 'help'",
                "help/evals/acme-retail.yaml:1: suite header: suite: 'help_evals' but skill 'help' names its suite 'help_eval' (eval_suite_id)",
                "help/evals/dealflow.yaml:4: case 'help-one': id: already used at help/evals/acme-retail.yaml:4; case ids are unique within a suite",
            ],
            error.Issues);
    }

    [Fact]
    public void A_skill_without_suite_files_says_where_to_put_them()
    {
        var error = Assert.Throws<EvalSuiteFormatException>(() => EvalSuiteLoader.Load(_skills, "help", "help_eval", _skills));

        Assert.Equal("help/evals: skill 'help' has no eval suite; add help_eval cases as <tenant>.yaml files in this folder", error.Message);
    }

    private void Write(string name, string suite, string skill, string cases)
    {
        var folder = Path.Combine(_skills, "help", EvalSuiteLoader.FolderName);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name), $"suite: {suite}\nskill: {skill}\ncases:\n{cases}\n");
    }
}
