using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Handlers;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Skills.Tests.SkillSystem;

public sealed class SkillLoaderTests
{
    [Fact]
    public void Every_repository_skill_loads_without_problems()
    {
        var library = RepositorySkills.Library;

        Assert.Empty(library.Failures);
        Assert.Equal(RepositorySkills.Ids, library.SkillIds.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RepositorySkills.IdData), MemberType = typeof(RepositorySkills))]
    public void Each_skill_binds_a_procedure_and_ships_enough_examples_to_train_on(string skillId)
    {
        var skill = Assert.Single(RepositorySkills.Library.Versions(skillId));
        var procedures = new ServiceCollection().AddBuiltInSkillHandlers()
            .Where(d => d.ImplementationInstance is SkillHandlerRegistration).Select(d => ((SkillHandlerRegistration)d.ImplementationInstance!).Procedure);

        Assert.Contains(skill.Procedure, procedures);
        Assert.True(skill.Examples.Count >= 25, $"{skill.Label} has {skill.Examples.Count} examples; at least 25 are needed");
        Assert.NotEmpty(skill.Triggers);
        Assert.NotEmpty(skill.Constraints);
        Assert.Contains("Step 1", skill.Instructions, StringComparison.Ordinal);
        Assert.All(skill.Examples, e => Assert.Contains(e.Intent, skill.Intents));
    }

    [Fact]
    public void Segment_creation_declares_its_typed_tunables()
    {
        var skill = RepositorySkills.Library.Find("segment_creation", "1.0.0")!;

        Assert.Equal(0.6, skill.Parameters["facet_acceptance_threshold"].Default);
        Assert.Equal(SkillParameterType.Probability, skill.Parameters["inference_confidence_threshold"].Type);
        Assert.Equal(4, skill.Parameters["max_options"].Default);
        Assert.Equal(4, skill.Parameters["max_options"].Default);
        Assert.Equal(["facet_search", "date_resolver", "segment_validator", "size_estimator", "sql_compiler"], skill.Tools);
    }

    [Fact]
    public void Management_skill_serves_query_delete_and_the_confirmation_a_delete_asks_for()
    {
        var skill = RepositorySkills.Library.Find("segment_management", "1.0.0")!;

        Assert.Equal([Intent.Query, Intent.Delete, Intent.Confirm], skill.Intents);
        Assert.Contains(skill.Examples, e => e.Intent == Intent.Delete);
    }

    [Fact]
    public void Broken_yaml_is_reported_with_file_and_line_and_the_other_skills_still_load()
    {
        using var copy = new SkillsCopy();
        var line = copy.ReplaceLine("segment_edit", "1.0.0", "name: Segment Editing", _ => "name: Segment: Editing");

        var library = SkillLoader.Load(copy.Root);

        var failure = Assert.Single(library.Failures);
        Assert.Equal("segment_edit", failure.SkillId);
        Assert.Contains($"{copy.PathOf("segment_edit", "1.0.0")}:{line}:", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains("not valid YAML", failure.ToString(), StringComparison.Ordinal);
        Assert.Equal(RepositorySkills.Ids.Length - 1, library.SkillIds.Count);
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_instead_of_crashing_the_loader()
    {
        using var copy = new SkillsCopy();
        copy.ReplaceLine("segment_edit", "1.0.0", "name: Segment Editing", _ => "name: [Segment Editing");

        var library = SkillLoader.Load(copy.Root);

        var failure = Assert.Single(library.Failures);
        Assert.Contains("not valid YAML", failure.ToString(), StringComparison.Ordinal);
        Assert.NotNull(library.Find("segment_creation", "1.0.0"));
    }

    [Fact]
    public void A_version_that_differs_from_the_file_name_is_rejected()
    {
        using var copy = new SkillsCopy();
        var line = copy.ReplaceLine("help", "1.0.0", "version:", _ => "version: \"1.0.1\"");

        var failure = Assert.Single(SkillLoader.Load(copy.Root).Failures);

        var issue = Assert.Single(failure.Issues);
        Assert.Equal((line, "version"), (issue.Line, issue.Field));
        Assert.Contains("'1.0.1' but the file is '1.0.0.yaml'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_skill_id_that_differs_from_the_folder_is_rejected()
    {
        using var copy = new SkillsCopy();
        var line = copy.ReplaceLine("segment_overlap", "1.0.0", "skill_id:", _ => "skill_id: overlap");

        var issue = Assert.Single(Assert.Single(SkillLoader.Load(copy.Root).Failures).Issues);

        Assert.Equal((line, "skill_id"), (issue.Line, issue.Field));
        Assert.Contains("folder is 'segment_overlap'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_rejected_with_a_did_you_mean_hint()
    {
        using var copy = new SkillsCopy();
        var line = copy.ReplaceLine("segment_explain", "1.0.0", "eval_gate:", l => l.Replace("eval_gate", "eval_gat", StringComparison.Ordinal));

        var issue = Assert.Single(SkillLoader.Load(copy.Root).Failures).Issues.Single(i => i.Field == "eval_gat");

        Assert.Equal(line, issue.Line);
        Assert.Contains("did you mean 'eval_gate'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_threshold_outside_zero_to_one_is_rejected_at_its_line()
    {
        using var copy = new SkillsCopy();
        var line = copy.ReplaceLine("segment_creation", "1.0.0", "facet_acceptance_threshold:", l => l.Replace("default: 0.6", "default: 1.6", StringComparison.Ordinal));

        var library = SkillLoader.Load(copy.Root);

        var issue = Assert.Single(Assert.Single(library.Failures).Issues);
        Assert.Equal((line, "parameters.facet_acceptance_threshold.default"), (issue.Line, issue.Field));
        Assert.Contains("between 0 and 1 (got 1.6)", issue.Message, StringComparison.Ordinal);
        Assert.Contains($"{copy.PathOf("segment_creation", "1.0.0")}:{line}:", issue.ToString(), StringComparison.Ordinal);
        Assert.Null(library.Find("segment_creation", "1.0.0"));
        Assert.NotNull(library.Find("segment_edit", "1.0.0"));
    }

    [Fact]
    public void A_min_accuracy_above_one_is_rejected()
    {
        using var copy = new SkillsCopy();
        var line = copy.ReplaceLine("help", "1.0.0", "min_accuracy:", _ => "min_accuracy: 85");

        var issue = Assert.Single(Assert.Single(SkillLoader.Load(copy.Root).Failures).Issues);

        Assert.Equal((line, "min_accuracy"), (issue.Line, issue.Field));
    }

    [Fact]
    public void A_threshold_declared_as_a_plain_number_is_rejected()
    {
        using var copy = new SkillsCopy();
        copy.ReplaceLine("segment_edit", "1.0.0", "value_acceptance_threshold:", l => l.Replace("type: probability", "type: number", StringComparison.Ordinal));

        var issue = Assert.Single(Assert.Single(SkillLoader.Load(copy.Root).Failures).Issues);

        Assert.Equal("parameters.value_acceptance_threshold.type", issue.Field);
        Assert.Contains("must be of type probability", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrongly_typed_parameter_default_is_rejected()
    {
        using var copy = new SkillsCopy();
        copy.ReplaceLine("segment_creation", "1.0.0", "max_options:", l => l.Replace("default: 4", "default: four", StringComparison.Ordinal));

        var issue = Assert.Single(Assert.Single(SkillLoader.Load(copy.Root).Failures).Issues);

        Assert.Equal("parameters.max_options.default", issue.Field);
        Assert.Contains("whole number (got 'four')", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_tool_name_a_malformed_intent_name_and_a_bad_trigger_are_all_reported_at_once()
    {
        using var copy = new SkillsCopy();
        copy.ReplaceLine("segment_explain", "1.0.0", "tools:", l => l.Replace("sql_compiler", "SQL-compiler", StringComparison.Ordinal));
        copy.ReplaceLine("segment_explain", "1.0.0", "intents:", _ => "intents: [query, Explain-It]");
        copy.ReplaceLine("segment_explain", "1.0.0", "'\\b(explain|", _ => "  - '(unclosed'");

        var issues = Assert.Single(SkillLoader.Load(copy.Root).Failures).Issues;

        Assert.Contains(issues, i => i.Field == "tools" && i.Message.Contains("'SQL-compiler' is not a tool name", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Field == "intents" && i.Message.Contains("'Explain-It' is not an intent name", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Field == "triggers" && i.Message.Contains("not a valid regular expression", StringComparison.Ordinal));
    }

    [Fact]
    public void An_example_of_an_intent_the_skill_does_not_serve_is_rejected()
    {
        using var copy = new SkillsCopy();
        copy.ReplaceLine("segment_management", "1.0.0", "delete the Holiday Shoppers segment", l => l.Replace("intent: delete", "intent: create", StringComparison.Ordinal));

        var issue = Assert.Single(Assert.Single(SkillLoader.Load(copy.Root).Failures).Issues);

        Assert.Equal("intent", issue.Field[(issue.Field.LastIndexOf('.') + 1)..]);
        Assert.Contains("'create' is not one of the skill's intents", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_version_of_a_skill_loads_beside_the_first()
    {
        using var copy = new SkillsCopy();
        File.WriteAllText(copy.PathOf("help", "1.1.0"), File.ReadAllText(copy.PathOf("help", "1.0.0")).Replace("version: \"1.0.0\"", "version: \"1.1.0\"", StringComparison.Ordinal));

        var library = SkillLoader.Load(copy.Root);

        Assert.Empty(library.Failures);
        Assert.Equal(["1.0.0", "1.1.0"], library.Versions("help").Select(s => s.Version));
    }
}
