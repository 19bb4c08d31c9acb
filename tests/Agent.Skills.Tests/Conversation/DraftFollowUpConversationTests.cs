using SegmentAI.Skills.Chat;
using static SegmentAI.Skills.Tests.Conversation.DraftTree;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>
/// Follow-ups to an open draft said the way people ask them: questions that point back at the draft ("how many of
/// them are women?"), changes wrapped in "what if", "what about" or "could you", and request frames that carry no
/// condition ("can you tell me …"). Each test reads the stored draft.
/// </summary>
[Collection(DemoTenantsEngineCollection.Name)]
public sealed class DraftFollowUpConversationTests(DemoTenantsEngineFixture engine)
{
    private const string Acme = "acme-retail";

    [Theory]
    [InlineData("how many of them are women?")]
    [InlineData("which of those are women")]
    [InlineData("among them, just the women")]
    public async Task A_question_about_them_narrows_the_draft_instead_of_starting_over(string followUp)
    {
        var session = Session();
        await SayAsync("gold members in texas", session);

        var reply = await SayAsync(followUp, session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var draft = await engine.DraftAsync(Acme, session);
        Assert.Equal(["gold"], IncludedOn(draft, "loyalty_tier").Values);
        Assert.Equal(["TX"], IncludedOn(draft, "state").Values);
        Assert.Equal(["female"], IncludedOn(draft, "gender").Values);
    }

    [Fact]
    public async Task A_what_if_change_with_a_size_question_applies_the_change()
    {
        var session = Session();
        await SayAsync("gold members in texas", session);

        var reply = await SayAsync("what if we add ohio, how many then?", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal(["TX", "OH"], IncludedOn(await engine.DraftAsync(Acme, session), "state").Values);
        Assert.DoesNotContain("how many", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what about platinum?", "loyalty_tier", "platinum")]
    [InlineData("how about ohio", "state", "OH")]
    public async Task What_about_another_value_of_a_draft_condition_proposes_it_instead(string followUp, string facet, string value)
    {
        var session = Session();
        await SayAsync("gold members in texas", session);

        await SayAsync(followUp, session);

        Assert.Equal([value], IncludedOn(await engine.DraftAsync(Acme, session), facet).Values);
    }

    [Fact]
    public async Task What_about_a_new_attribute_adds_it()
    {
        var session = Session();
        await SayAsync("gold members in texas", session);

        await SayAsync("what about just women", session);

        var draft = await engine.DraftAsync(Acme, session);
        Assert.Equal(["female"], IncludedOn(draft, "gender").Values);
        Assert.Equal(["TX"], IncludedOn(draft, "state").Values);
    }

    [Fact]
    public async Task A_polite_frame_around_a_change_is_not_part_of_it()
    {
        var session = Session();
        await SayAsync("gold members in texas", session);

        await SayAsync("could you please drop the texas part", session);

        var draft = await engine.DraftAsync(Acme, session);
        Assert.Equal(["gold"], IncludedOn(draft, "loyalty_tier").Values);
        Assert.DoesNotContain(Included(draft), c => c.Facet == "state");
    }

    [Theory]
    [InlineData("can you tell me how many platinum members live in ohio")]
    [InlineData("I'm curious whether we have platinum members in ohio")]
    public async Task A_request_frame_carries_no_condition_and_asks_nothing(string request)
    {
        var (reply, definition) = await engine.CreateAsync(Acme, request);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal(["platinum"], IncludedOn(definition, "loyalty_tier").Values);
        Assert.Equal(["OH"], IncludedOn(definition, "state").Values);
        Assert.DoesNotContain("didn't use", reply.Text, StringComparison.Ordinal);
    }

    private static string Session() => DemoTenantsEngineFixture.NewSession();

    private Task<ChatReply> SayAsync(string text, string session) => engine.SayAsync(Acme, text, session, $"{session}@{Acme}");
}
