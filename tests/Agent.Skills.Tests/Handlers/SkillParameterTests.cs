using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Tests.Conversation;

namespace SegmentAI.Skills.Tests.Handlers;

/// <summary>Each skill parameter edited in its YAML changes what the agent does: the optimizer's tuning is real.</summary>
public sealed class SkillParameterTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public async Task Require_delete_confirmation_decides_whether_a_delete_asks_first(string require, bool asks)
    {
        using var root = new RepositoryCopy();
        root.Skills.ReplaceLine("segment_management", "1.0.0", "  require_delete_confirmation:", _ => $"  require_delete_confirmation: {{ type: boolean, default: {require}, description: Ask before deleting. }}");
        await using var services = root.Services();
        var chat = services.GetRequiredService<IConversationEngine>();
        var session = "delete-" + require;
        await chat.HandleAsync(engine.Say("gold members", session));
        await chat.HandleAsync(engine.Say("save it as Gold to delete", session));

        var reply = await chat.HandleAsync(engine.Say("delete Gold to delete", session));

        Assert.Equal(asks ? ReplyKind.Clarification : ReplyKind.Answer, reply.Kind);
        Assert.Equal(!asks, reply.Text.StartsWith("Deleted ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("true", "explain it", true)]
    [InlineData("false", "explain it", false)]
    [InlineData("false", "explain it with the sql", true)]
    public async Task Include_sql_by_default_decides_whether_an_explanation_carries_its_sql(string include, string ask, bool hasSql)
    {
        using var root = new RepositoryCopy();
        root.Skills.ReplaceLine("segment_explain", "1.0.0", "  include_sql_by_default:", _ => $"  include_sql_by_default: {{ type: boolean, default: {include}, description: Attach display SQL even when not asked. }}");
        await using var services = root.Services();
        var chat = services.GetRequiredService<IConversationEngine>();
        var session = $"sql-{include}-{ask.Length}";
        await chat.HandleAsync(engine.Say("gold members", session));

        var reply = await chat.HandleAsync(engine.Say(ask, session));

        Assert.Equal("segment_explain", reply.Skill?.Id);
        Assert.Contains("Loyalty Tier is Gold", reply.Text, StringComparison.Ordinal);
        Assert.Equal(hasSql, reply.Text.Contains("```sql", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(4, 3)]
    [InlineData(2, 2)]
    public async Task Max_options_caps_the_choices_a_question_offers(int maxOptions, int expected)
    {
        using var root = new RepositoryCopy();
        root.Skills.ReplaceLine("segment_creation", "1.0.0", "  max_options:", _ => $"  max_options: {{ type: integer, default: {maxOptions}, min: 2, max: 8, description: Candidate facets or values offered in a question. }}");
        await using var services = root.Services();

        var reply = await services.GetRequiredService<IConversationEngine>().HandleAsync(engine.Say("customers who bought something recently", "options-" + maxOptions));

        Assert.Equal(ReplyKind.Clarification, reply.Kind);
        Assert.Equal(expected, reply.Clarification!.Options.Count);
    }

    [Theory]
    [InlineData(0.8, "Gold Texans")]
    [InlineData(0.99, null)]
    public async Task Name_match_threshold_decides_when_a_misspelt_name_finds_a_saved_segment(double threshold, string? found)
    {
        using var root = new RepositoryCopy();
        root.Skills.ReplaceLine("segment_management", "1.0.0", "  name_match_threshold:", _ => $"  name_match_threshold: {{ type: probability, default: {threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}, description: Fuzzy score needed to accept a segment name with a typo. }}");
        await using var services = root.Services();
        var chat = services.GetRequiredService<IConversationEngine>();
        var session = "names-" + threshold;
        await chat.HandleAsync(engine.Say("gold members in Texas", session));
        await chat.HandleAsync(engine.Say("save it as Gold Texans", session));

        var reply = await chat.HandleAsync(engine.Say("delete Gold Texnas", session));

        if (found is null)
        {
            Assert.Contains("Did you mean \"Gold Texans\"?", reply.Text, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(ReplyKind.Clarification, reply.Kind);
            Assert.Contains($"Delete \"{found}\"", reply.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(200, false)]
    [InlineData(5, true)]
    public async Task Max_facets_listed_decides_whether_the_data_answer_lists_every_facet(int maxFacets, bool capped)
    {
        using var root = new RepositoryCopy();
        root.Skills.ReplaceLine("help", "1.0.0", "  max_facets_listed:", _ => $"  max_facets_listed: {{ type: integer, default: {maxFacets}, min: 5, max: 200, description: Facets listed before offering to narrow by category. }}");
        await using var services = root.Services();

        var reply = await services.GetRequiredService<IConversationEngine>().HandleAsync(engine.Say("what can I filter on?", "facets-" + maxFacets));

        Assert.Equal("help", reply.Skill?.Id);
        Assert.Equal(capped, reply.Text.Contains("(the first 5 by category)", StringComparison.Ordinal));
        Assert.Contains("Age Band", reply.Text, StringComparison.Ordinal);
        Assert.Equal(!capped, reply.Text.Contains("Loyalty Tier", StringComparison.Ordinal));
        Assert.DoesNotContain("Email", reply.Text.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).SelectMany(l => l.Split(", ")), StringComparer.Ordinal);
    }

    [Fact]
    public async Task The_help_overview_offers_the_skills_max_examples_requests_in_the_tenants_words()
    {
        using var root = new RepositoryCopy();
        root.Skills.ReplaceLine("help", "1.0.0", "  max_examples:", _ => "  max_examples: { type: integer, default: 2, min: 1, max: 10, description: Example requests shown in an overview. }");
        await using var services = root.Services();

        var reply = await services.GetRequiredService<IConversationEngine>().HandleAsync(engine.Say("help", "examples"));

        var tryLine = Assert.Single(reply.Text.Split('\n'), l => l.StartsWith("Try: ", StringComparison.Ordinal));
        Assert.Equal(2, tryLine.Split(" · ").Length);
    }

    [Fact]
    public async Task A_question_about_the_calendar_is_answered_with_the_tenants_fiscal_quarter_and_its_dates()
    {
        var reply = await engine.Engine.HandleAsync(engine.Say("how does the fiscal calendar work?", "calendar"));

        Assert.Equal("help", reply.Skill?.Id);
        Assert.Contains("fiscal year starts 1 February", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Q4 FY27, 1 Nov 2026 – 31 Jan 2027", reply.Text, StringComparison.Ordinal);
    }
}
