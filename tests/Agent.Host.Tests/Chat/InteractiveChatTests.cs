using System.Text.RegularExpressions;
using SegmentAI.Host.CommandLine.Chat;
using SegmentAI.Skills.Conversation.Pipeline;
using Spectre.Console;

namespace SegmentAI.Host.Tests.Chat;

public sealed class InteractiveChatTests
{
    private readonly EchoConversationEngine _engine = new();

    [Fact]
    public async Task A_segment_reply_prints_its_text_once_then_only_what_the_text_leaves_out()
    {
        var screen = await ChatAsync("segment of baby buyers\n/quit\n");

        Assert.Contains("Baby buyers\nCustomers who bought Baby.", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("**", screen, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(screen, "Baby buyers"));
        Assert.Contains("Logic:       C1  [draft, confidence 90%]", screen, StringComparison.Ordinal);
        Assert.Contains("C1         bought Baby in the last 90 days — \"buy baby products\" [retrieved, 90%]", screen, StringComparison.Ordinal);
        Assert.Contains("Size:        1,234 of 20,000 customers (6.2%)", screen, StringComparison.Ordinal);
        Assert.Contains("Assumptions: No window was given; used the last 90 days.", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("Segment:", screen, StringComparison.Ordinal);
        Assert.DoesNotContain(EchoConversationEngine.Sql, screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_explanation_that_lists_its_conditions_is_not_followed_by_them_again()
    {
        var screen = await ChatAsync("explain baby buyers\n/quit\n");

        Assert.Single(Regex.Matches(screen, "buy baby products"));
        Assert.Contains("• C1: bought Baby in the last 90 days", screen, StringComparison.Ordinal);
        Assert.Contains("Logic: C1", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("Size:        ", screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_line_is_not_broken_at_eighty_columns()
    {
        var screen = await ChatAsync($"{new string('x', 150)}\n/quit\n", width: 1000);

        Assert.Contains("echo: " + new string('x', 150), screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tables_and_charts_in_a_reply_print_as_a_table_and_bars_instead_of_markdown()
    {
        var screen = await ChatAsync("profile of baby buyers\n/quit\n");

        Assert.Contains("Baby buyers has 1,234 customers.", screen, StringComparison.Ordinal);
        Assert.Contains("Baby buyers by Home Region", screen, StringComparison.Ordinal);
        Assert.Matches(@"South\s+800\s+64\.8%", screen);
        Assert.Matches(@"South\s+█{20,}\s*800", screen);
        Assert.Matches(@"West\s+█+\s*434", screen);
        Assert.DoesNotContain("|---|", screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slash_sql_and_slash_json_show_the_last_segment()
    {
        var screen = await ChatAsync("segment of baby buyers\n/sql\n/json\n");

        Assert.Contains(EchoConversationEngine.Sql + ";", screen, StringComparison.Ordinal);
        Assert.Contains("\"session_id\":", screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clarification_lists_numbered_options_and_a_number_answers_with_the_option()
    {
        var screen = await ChatAsync("ask me\n2\n");

        Assert.Contains("  1. last 30 days", screen, StringComparison.Ordinal);
        Assert.Contains("  2. last 90 days", screen, StringComparison.Ordinal);
        Assert.Equal(["ask me", "last 90 days"], _engine.Requests.Select(r => r.Text));
    }

    [Fact]
    public async Task Slash_new_starts_another_session_and_slash_quit_ends_before_the_rest()
    {
        var screen = await ChatAsync("hi\n/new\nhi again\n/quit\nnever sent\n");

        Assert.Equal(["hi", "hi again"], _engine.Requests.Select(r => r.Text));
        Assert.NotEqual(_engine.Requests[0].SessionId, _engine.Requests[1].SessionId);
        Assert.Contains($"New session {_engine.Requests[1].SessionId}.", screen, StringComparison.Ordinal);
        Assert.Contains("echo: hi again", screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_slash_commands_and_unknown_ones_are_named()
    {
        var screen = await ChatAsync("/help\n/nope\n");

        Assert.Contains("/sql", screen, StringComparison.Ordinal);
        Assert.Contains("/new", screen, StringComparison.Ordinal);
        Assert.Contains("Unknown command /nope", screen, StringComparison.Ordinal);
        Assert.Empty(_engine.Requests);
    }

    private async Task<string> ChatAsync(string input, int width = 240)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width;
        var conversation = new CommandLineConversation(new ConversationEngineBuilder(_engine).UseErrorReplies().Build(), "acme-retail", "cli-user", null, null, null);

        var exit = await new InteractiveChat(conversation, console, new StringReader(input), "customers").RunAsync();

        Assert.Equal(0, exit);
        return output.ToString();
    }
}
