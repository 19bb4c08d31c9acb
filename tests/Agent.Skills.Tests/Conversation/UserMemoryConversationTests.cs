using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Skills.Tests.Conversation;

public sealed class UserMemoryConversationTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private async Task<ChatReply> Say(string text, string session, string user) => await engine.Engine.HandleAsync(engine.Say(text, session, user));

    private T Store<T>() where T : notnull => engine.Services.GetRequiredService<T>();

    [Fact]
    public async Task Lists_learned_meanings_with_confidence_and_source()
    {
        const string User = "memory-list@acme";
        await Say("high-value customers who bought toys in the last 30 days", "list-1", User);
        await Say("more than $1,000 spent in total", "list-1", User);

        var reply = await Say("what do you remember about me?", "list-2", User);

        Assert.Equal(("user_memory", ReplyKind.Answer), (reply.Skill!.Id, reply.Kind));
        Assert.Contains("more than $1,000 spent in total (moderate confidence, answered in session list-1)", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_that_drops_the_meaning_just_used_and_the_next_session_asks_again()
    {
        const string User = "memory-forget@acme";
        await Say("high-value customers who bought toys in the last 30 days", "forget-1", User);
        await Say("more than $200 in a single transaction", "forget-1", User);
        var reused = await Say("high-value customers who bought garden products in the last 30 days", "forget-2", User);

        var forgotten = await Say("forget that", "forget-2", User);
        var asked = await Say("high-value customers who bought books in the last 30 days", "forget-3", User);

        Assert.Equal(ReplyKind.Segment, reused.Kind);
        Assert.StartsWith("Forgotten: \"high-value\" meaning more than $200 in a single transaction", forgotten.Text, StringComparison.Ordinal);
        Assert.Null(await Store<IUserPreferenceSource>().FindAsync("acme-retail", User, "high_value_threshold"));
        Assert.Equal("high_value_threshold", asked.Clarification?.Slot);
    }

    [Fact]
    public async Task A_stated_meaning_is_used_in_a_new_session_without_a_question()
    {
        const string User = "memory-state@acme";

        var stated = await Say("by high value I mean gold or platinum loyalty members", "state-1", User);
        var used = await Say("high value customers who bought toys in the last 30 days", "state-2", User);

        Assert.Contains("from now on \"high value\" means gold or platinum loyalty members", stated.Text, StringComparison.Ordinal);
        Assert.Equal(PreferenceLearning.StatedConfidence, (await Store<IUserPreferenceSource>().FindAsync("acme-retail", User, "high_value_threshold"))!.Confidence);
        Assert.Equal(ReplyKind.Segment, used.Kind);
        var tier = Assert.Single(used.Segment!.Conditions, c => c.Facet == "loyalty_tier");
        Assert.Equal(["gold", "platinum"], tier.Values);
    }

    [Fact]
    public async Task A_meaning_outside_the_offered_options_lists_them_instead_of_guessing()
    {
        var reply = await Say("by recent I mean whenever", "state-bad", "memory-state-bad@acme");

        Assert.Contains("I can remember one of these meanings for \"recent\"", reply.Text, StringComparison.Ordinal);
        Assert.Contains("the last 7 days", reply.Text, StringComparison.Ordinal);
        Assert.Null(await Store<IUserPreferenceSource>().FindAsync("acme-retail", "memory-state-bad@acme", "date_recency"));
    }

    [Fact]
    public async Task A_taught_phrase_is_read_as_its_meaning_and_cited()
    {
        const string User = "memory-phrase@acme";

        var taught = await Say("when I say bigwigs I mean customers with total spend over 5000", "phrase-1", User);
        var used = await Say("bigwigs who bought toys in the last 90 days", "phrase-2", User);
        var other = await Say("bigwigs who bought toys in the last 90 days", "phrase-3", "someone-else@acme");

        Assert.Contains("when you say \"bigwigs\"", taught.Text, StringComparison.Ordinal);
        var spend = Assert.Single(used.Segment!.Conditions, c => c.Facet == "total_spend");
        Assert.Equal(["5000"], spend.Values);
        Assert.Contains(used.Segment.Assumptions, a => a.StartsWith("\"bigwigs\" read as customers with total spend over 5000", StringComparison.Ordinal));
        Assert.DoesNotContain(other.Segment?.Conditions ?? [], c => c.Facet == "total_spend" && c.Values.SequenceEqual(["5000"]));
    }

    [Fact]
    public async Task A_phrase_that_does_not_ground_is_not_stored()
    {
        const string User = "memory-phrase-bad@acme";

        var reply = await Say("when I say zorblats I mean the qwxv flumph", "phrase-bad", User);

        Assert.Contains("didn't store \"zorblats\"", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await Store<IVocabularyStore>().ForUserAsync("acme-retail", User));
    }

    [Fact]
    public async Task Erasing_a_user_needs_an_admin_and_reports_what_was_removed()
    {
        const string Victim = "memory-erase@acme";
        await Say("by recent I mean the last 7 days", "erase-1", Victim);
        await Say("when I say bargain fans I mean customers with total spend over 50", "erase-1", Victim);

        var refused = await Say($"erase all data about user {Victim}", "erase-2", "marco.marketer@acme");
        var keptAfterRefusal = await Store<IUserPreferenceSource>().FindAsync("acme-retail", Victim, "date_recency");
        var erased = await Say($"erase all data about user {Victim}", "erase-3", "alice.admin@acme");

        Assert.Equal(ReplyKind.Refusal, refused.Kind);
        Assert.NotNull(keptAfterRefusal);
        Assert.Equal(ReplyKind.Answer, erased.Kind);
        Assert.Contains("- preferences: 1", erased.Text, StringComparison.Ordinal);
        Assert.Contains("- vocabulary: 1", erased.Text, StringComparison.Ordinal);
        Assert.Contains("- sessions: 1", erased.Text, StringComparison.Ordinal);
        Assert.Null(await Store<IUserPreferenceSource>().FindAsync("acme-retail", Victim, "date_recency"));
        Assert.DoesNotContain(await Store<IInteractionLog>().SessionAsync("acme-retail", "erase-1"), t => t.UserId == Victim || t.Query.Contains("bargain", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Similar_saved_segments_are_suggested_but_never_substituted()
    {
        const string User = "memory-similar@acme";
        await Say("gold members who bought pet supplies in the last 30 days", "similar-1", User);
        await Say("save it as Golden pet lovers", "similar-1", User);

        var reply = await Say("gold members who bought pet supplies in the last 90 days", "similar-2", User);

        var suggestion = Assert.Single(reply.SimilarSegments);
        Assert.Equal("Golden pet lovers", suggestion.Name);
        Assert.InRange(suggestion.Similarity, WordingSimilarity.SuggestionThreshold, 1.0);
        Assert.All(reply.Segment!.Conditions.Where(c => c.Window is not null), c => Assert.Equal(90, c.Window!.End.DayNumber - c.Window.Start.DayNumber));
        Assert.Contains("Similar saved segments: \"Golden pet lovers\"", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_turn_is_logged_with_its_skill_retrieved_facets_and_inferred_values()
    {
        const string User = "memory-log@acme";
        await Say("high-value customers who bought toys in the last 30 days", "log-1", User);
        await Say("more than $200 in a single transaction", "log-1", User);

        var turns = await Store<IInteractionLog>().SessionAsync("acme-retail", "log-1");

        Assert.Equal(2, turns.Count);
        Assert.Equal(("clarification", "segment_creation", "1.0.0"), (turns[0].ReplyKind, turns[0].SkillId, turns[0].SkillVersion));
        var segment = turns[1];
        Assert.Equal("segment", segment.ReplyKind);
        Assert.NotNull(segment.DefinitionJson);
        Assert.Contains(segment.RetrievedFacets, f => f.FacetId == "department_purchased" && f.Chosen);
        Assert.Contains(segment.InferredValues, v => v.Slot == "high_value_threshold" && v.ResolvedBy == "answer");
        Assert.Contains(segment.Trace, a => a.Step == "verify");
    }

    [Fact]
    public async Task A_segment_saved_in_a_conversation_knows_the_session_and_turn_that_saved_it()
    {
        const string User = "memory-origin@acme";
        await Say("lapsed customers in Vermont", "origin-1", User);
        await Say("save it as Vermont lapsed origin", "origin-1", User);

        var saved = await Store<ISegmentLibrary>().FindByNameAsync("acme-retail", "Vermont lapsed origin");
        var turns = await Store<IInteractionLog>().SessionAsync("acme-retail", "origin-1");

        Assert.Equal("origin-1", saved!.Origin!.SessionId);
        Assert.Equal(turns[^1].Turn, saved.Origin.Turn);
        Assert.Contains("save it as", turns[^1].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Implicit_signals_record_edits_confirmations_and_abandoned_drafts()
    {
        const string User = "memory-signals@acme";
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        await Say("gold members who bought toys in the last 30 days", "signals-edit", User);
        await Say("make it 60 days", "signals-edit", User);
        await Say("gold members who bought video games in the last 30 days", "signals-save", User);
        await Say("save it as Gold readers signals", "signals-save", User);
        await Say("gold members who bought garden products in the last 30 days", "signals-abandon", User);
        await Say("silver members who bought shoes in the last 90 days", "signals-abandon", User);

        var feedback = await Store<IFeedbackStore>().SinceAsync("acme-retail", since);

        Assert.Contains(feedback, f => f.SessionId == "signals-edit" && f.Kind == FeedbackKind.EditedAfterCreation);
        Assert.Contains(feedback, f => f.SessionId == "signals-save" && f.Kind == FeedbackKind.ConfirmedWithoutEdit);
        Assert.Contains(feedback, f => f.SessionId == "signals-abandon" && f.Kind == FeedbackKind.Abandoned);
    }

    [Theory]
    [InlineData("4/5, close enough", 4)]
    [InlineData("I'd rate it 2", 2)]
    [InlineData("👍", 5)]
    [InlineData("that's wrong", 1)]
    public async Task A_rating_is_recorded_against_the_reply_it_judges(string text, int rating)
    {
        var session = $"rating-{rating}-{text.Length}";
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        await Say("gold members who bought toys in the last 30 days", session, "memory-rating@acme");

        await Say(text, session, "memory-rating@acme");

        var recorded = Assert.Single(await Store<IFeedbackStore>().SinceAsync("acme-retail", since), f => f.SessionId == session && f.Kind == FeedbackKind.Rating);
        Assert.Equal((rating, 2), (recorded.Rating, recorded.Turn));
    }
}
