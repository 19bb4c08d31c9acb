using System.Globalization;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>Questions about the conversation are answered as such, never grounded word by word into an audience.</summary>
public sealed class ConversationalQuestionTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private const string User = "marco.marketer@acme";

    [Theory]
    [InlineData("how many are there?")]
    [InlineData("how many is that")]
    [InlineData("so how big is it?")]
    [InlineData("what's the size")]
    public async Task How_many_answers_with_the_drafts_counted_size(string question)
    {
        var session = $"size-{question.GetHashCode(StringComparison.Ordinal)}";
        var segment = await SayAsync("customers in Ohio", session);

        var answer = await SayAsync(question, session);

        Assert.Equal(ReplyKind.Answer, answer.Kind);
        Assert.Contains(segment.Segment!.EstimatedSize!.Value.ToString("N0", CultureInfo.InvariantCulture) + " of ", answer.Text, StringComparison.Ordinal);
        Assert.Null(answer.Clarification);
    }

    [Fact]
    public async Task How_many_without_a_draft_says_there_is_nothing_to_count()
    {
        var answer = await SayAsync("how many are there?", "size-none");

        Assert.Equal(ReplyKind.Answer, answer.Kind);
        Assert.StartsWith("There's no segment yet to count.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task How_many_naming_an_audience_builds_that_audience()
    {
        var reply = await SayAsync("how many customers bought toys in the last 30 days?", "size-new");

        Assert.Equal(ReplyKind.Segment, reply.Kind);
    }

    [Theory]
    [InlineData("what kinds of users do we have?")]
    [InlineData("suggest experiments for our gold members")]
    public async Task A_behavioural_analysis_in_a_workspace_without_an_event_log_says_what_it_needs(string request)
    {
        await SayAsync("customers in Ohio", $"behaviour-{request.Length}");

        var reply = await SayAsync(request, $"behaviour-{request.Length}");

        Assert.Equal(("behaviour_personas", ReplyKind.Answer), (reply.Skill?.Id, reply.Kind));
        Assert.StartsWith("Acme Retail has no product event log set up", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Segment);
    }

    [Theory]
    [InlineData("show me retention by signup week")]
    [InlineData("build personas of our shoppers")]
    [InlineData("which region spends the most?")]
    public async Task An_analysis_the_product_cannot_do_yet_gets_an_honest_answer(string request)
    {
        var reply = await SayAsync("customers in Ohio", $"analytics-{request.Length}");
        reply = await SayAsync(request, $"analytics-{request.Length}");

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.StartsWith("I can't analyse", reply.Text, StringComparison.Ordinal);
        Assert.Contains("I can build segments such as", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Segment);
    }

    [Fact]
    public async Task A_message_in_another_language_is_not_read_as_an_audience()
    {
        var reply = await SayAsync("clientes de Texas que compraron juguetes", "spanish");

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.StartsWith("I only understand English for now", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Segment);
    }

    [Fact]
    public async Task Plain_english_is_not_spell_corrected_and_a_name_is_saved_as_given()
    {
        await SayAsync("customers in Ohio", "names");

        var explained = await SayAsync("explain it in plain English", "names");
        var saved = await SayAsync("save it as Serial revisers", "names");

        Assert.Contains("Home State is Ohio", explained.Text, StringComparison.Ordinal);
        Assert.Equal("Saved as \"Serial revisers\"", saved.Text[..saved.Text.IndexOf(" (", StringComparison.Ordinal)]);
    }

    private Task<ChatReply> SayAsync(string text, string session) => engine.Engine.HandleAsync(engine.Say(text, session, User));
}
