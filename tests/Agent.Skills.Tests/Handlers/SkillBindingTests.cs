using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Handlers;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tests.Conversation;
using SegmentAI.Skills.Tests.SkillSystem;

namespace SegmentAI.Skills.Tests.Handlers;

/// <summary>Skills bind to handlers by their YAML's procedure, and their parameters to the handler's options, at start-up.</summary>
public sealed class SkillBindingTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public void Every_shipped_skill_binds_to_a_handler_and_every_parameter_to_its_options()
    {
        var catalog = engine.Services.GetRequiredService<SkillHandlerCatalog>();

        Assert.Empty(catalog.Problems(RepositorySkills.Library.Skills));
        Assert.All(RepositorySkills.Library.Skills, s => Assert.Contains(s.Procedure, catalog.Procedures));
    }

    [Fact]
    public void A_procedure_no_handler_is_registered_for_stops_start_up_naming_the_file_and_field()
    {
        using var root = new RepositoryCopy();
        root.Skills.ReplaceLine("help", "1.0.0", "procedure:", _ => "procedure: halp");

        var failure = Assert.Throws<OptionsValidationException>(() => root.StartUp());

        var problem = Assert.Single(failure.Failures);
        Assert.Contains($"{Path.Combine("help", "1.0.0.yaml")}: procedure: no handler is registered for 'halp'; did you mean 'help'?", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tool_nothing_registered_stops_start_up_naming_the_file_and_field()
    {
        using var root = new RepositoryCopy();
        root.Skills.ReplaceLine("help", "1.0.0", "tools:", _ => "tools: [catalog_browsr]");

        var failure = Assert.Throws<OptionsValidationException>(() => root.StartUp());

        var problem = Assert.Single(failure.Failures);
        Assert.Contains($"{Path.Combine("help", "1.0.0.yaml")}: tools: no tool is registered as 'catalog_browsr'; did you mean 'catalog_browser'?", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tool_a_plug_in_registers_is_one_a_skill_may_list()
    {
        using var root = new RepositoryCopy();
        root.Skills.ReplaceLine("help", "1.0.0", "tools:", _ => "tools: [catalog_browser, cluster_builder]");

        using var services = root.Services(s => s.AddSkillTool("cluster_builder"));

        services.GetRequiredService<IStartupValidator>().Validate();
        Assert.Contains("cluster_builder", RepositorySkillsIn(services).Single(s => s.SkillId == "help").Tools);
    }

    [Fact]
    public void An_intent_nothing_registered_stops_start_up_naming_the_file_and_field()
    {
        using var root = new RepositoryCopy();
        root.Skills.ReplaceLine("help", "1.0.0", "intents:", _ => "intents: [hlep]");

        var failure = Assert.Throws<OptionsValidationException>(() => root.StartUp());

        Assert.Contains(failure.Failures, f => f.Contains($"{Path.Combine("help", "1.0.0.yaml")}: intents: no intent is registered as 'hlep'; did you mean 'help'?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_intent_a_plug_in_registers_is_learned_from_its_skill_and_routes_to_it()
    {
        using var root = new RepositoryCopy();
        root.Skills.ReplaceLine("segment_profile", "1.0.0", "intents:", _ => "intents: [audience_profile]");
        await using var services = root.Services(s => s.AddSkillIntent("audience_profile"));
        services.GetRequiredService<IStartupValidator>().Validate();
        var conversation = services.GetRequiredService<IConversationEngine>();
        await conversation.HandleAsync(engine.Say("gold members", "plug-in-intent"));

        var reply = await conversation.HandleAsync(engine.Say("break it down by region", "plug-in-intent"));

        Assert.Equal("segment_profile", reply.Skill?.Id);
        Assert.Single(reply.Contents.OfType<TableContent>());
        Assert.Contains(reply.Audit, a => a.Step == "perceive" && a.Detail.StartsWith("intent audience_profile ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_parameter_nothing_binds_stops_start_up_naming_the_file_and_field()
    {
        using var root = new RepositoryCopy();
        root.Skills.ReplaceLine("segment_overlap", "1.0.0", "  min_lift:", line => line + "\n  min_confidence: { type: probability, default: 0.9, description: Read by nothing. }");

        var failure = Assert.Throws<OptionsValidationException>(() => root.StartUp());

        var problem = Assert.Single(failure.Failures);
        Assert.Contains($"{Path.Combine("segment_overlap", "1.0.0.yaml")}: parameters.min_confidence: nothing binds it; SegmentOverlapOptions has no property MinConfidence", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_of_another_type_than_its_option_stops_start_up()
    {
        using var root = new RepositoryCopy();
        root.Skills.ReplaceLine("segment_overlap", "1.0.0", "  min_audience_size:", _ => "  min_audience_size: { type: number, default: 50, description: Smallest base audience worth concluding from. }");

        var failure = Assert.Throws<OptionsValidationException>(() => root.StartUp());

        Assert.Contains("parameters.min_audience_size: is number but SegmentOverlapOptions.MinAudienceSize is Int32", Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_added_with_one_registration_line_runs_the_skill_that_names_its_procedure()
    {
        using var root = new RepositoryCopy();
        root.Skills.ReplaceLine("help", "1.0.0", "procedure:", _ => "procedure: greet");

        await using var services = root.Services(s => s.AddSkillHandler<GreetingHandler>("greet"));
        services.GetRequiredService<IStartupValidator>().Validate();
        var reply = await services.GetRequiredService<IConversationEngine>().HandleAsync(new ChatRequest("acme-retail", "ana@acme-test", "greet", "help", "eval", TrustUnknownUsers: true, AsOf: EngineFixture.AsOf));

        Assert.Equal(("help", "Hello from the greet procedure (max 3 examples)."), (reply.Skill?.Id, reply.Text));
    }

    [Theory]
    [InlineData("1.2", "lift 1.")]
    [InlineData("10", "no meaningful association")]
    public async Task Min_lift_in_the_skill_yaml_decides_when_an_overlap_is_called_meaningful(string minLift, string expected)
    {
        using var root = new RepositoryCopy();
        root.Skills.ReplaceLine("segment_overlap", "1.0.0", "  min_lift:", _ => $"  min_lift: {{ type: number, default: {minLift}, min: 1, max: 10, description: Lift from which a relationship is called meaningful. }}");
        await using var services = root.Services();

        var reply = await services.GetRequiredService<IConversationEngine>().HandleAsync(engine.Say("do customers who buy baby products also buy toys?", "lift-" + minLift));

        Assert.Equal("segment_overlap", reply.Skill?.Id);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Equal(minLift == "10", reply.Text.Contains("no meaningful association", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Min_audience_size_in_the_skill_yaml_keeps_a_small_group_from_being_judged()
    {
        using var root = new RepositoryCopy();
        root.Skills.ReplaceLine("segment_overlap", "1.0.0", "  min_audience_size:", _ => "  min_audience_size: { type: integer, default: 100000, min: 1, max: 100000, description: Smallest base audience worth concluding from. }");
        await using var services = root.Services();

        var reply = await services.GetRequiredService<IConversationEngine>().HandleAsync(engine.Say("do customers who buy baby products also buy toys?", "small"));

        Assert.Contains("(fewer than 100,000) that is too few to conclude anything", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("association", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Human_review_confidence_in_the_skill_yaml_decides_which_segments_need_review()
    {
        using var root = new RepositoryCopy();
        await using var defaults = root.Services();
        var usual = await defaults.GetRequiredService<IConversationEngine>().HandleAsync(engine.Say("gold members", "review-default"));
        root.Skills.ReplaceLine("segment_creation", "1.0.0", "  human_review_confidence:", _ => "  human_review_confidence: { type: probability, default: 1, description: Every reply is reviewed. }");
        await using var strict = root.Services();

        var reviewed = await strict.GetRequiredService<IConversationEngine>().HandleAsync(engine.Say("gold members", "review-strict"));

        Assert.Equal(usual.Segment!.Confidence, reviewed.Segment!.Confidence);
        Assert.True(usual.Segment.Confidence < 1, $"confidence {usual.Segment.Confidence}");
        Assert.Equal(("draft", "needs_review"), (usual.Segment.Status, reviewed.Segment.Status));
    }

    [Fact]
    public async Task List_page_size_in_the_skill_yaml_caps_the_list_and_says_how_many_more()
    {
        using var root = new RepositoryCopy();
        root.Skills.ReplaceLine("segment_management", "1.0.0", "  list_page_size:", _ => "  list_page_size: { type: integer, default: 1, min: 1, max: 100, description: Segments shown per list. }");
        await using var services = root.Services();
        var chat = services.GetRequiredService<IConversationEngine>();
        foreach (var (audience, name) in new[] { ("gold members", "Gold"), ("platinum members", "Platinum"), ("silver members", "Silver") })
        {
            await chat.HandleAsync(engine.Say(audience, "page-" + name, "priya.marketer@acme"));
            Assert.Equal(SegmentAI.Skills.Chat.ReplyKind.Answer, (await chat.HandleAsync(engine.Say($"save it as {name}", "page-" + name, "priya.marketer@acme"))).Kind);
        }

        var list = await chat.HandleAsync(engine.Say("list my segments", "page-list", "priya.marketer@acme"));

        Assert.Single(list.Text.Split('\n'), l => l.StartsWith("- ", StringComparison.Ordinal));
        Assert.EndsWith("…and 2 more. Say \"show <name>\" to open one.", list.Text, StringComparison.Ordinal);
    }

    /// <summary>A handler that is not one of SegmentAI's own, reading its skill's options.</summary>
    [SkillOptions(typeof(HelpOptions))]
    private sealed class GreetingHandler : ISkillHandler
    {
        public Task<SegmentAI.Skills.Chat.ChatReply?> HandleAsync(SkillContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult<SegmentAI.Skills.Chat.ChatReply?>(new SegmentAI.Skills.Chat.ChatReply
            {
                Kind = SegmentAI.Skills.Chat.ReplyKind.Answer,
                Text = $"Hello from the {context.Skill.Skill.Procedure} procedure (max {context.Options<HelpOptions>().MaxExamples} examples).",
                SessionId = context.Session.SessionId,
                Skill = new SegmentAI.Skills.Chat.SkillReference(context.Skill.SkillId, context.Skill.Version),
            });
    }

    private static IEnumerable<Skill> RepositorySkillsIn(IServiceProvider services) => services.GetRequiredService<SkillRegistry>().Library.Skills;
}
