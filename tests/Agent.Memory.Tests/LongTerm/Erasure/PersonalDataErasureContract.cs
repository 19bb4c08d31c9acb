using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Promotion;
using SegmentAI.Skills.Segments;
using Forget = SegmentAI.Skills.Privacy.Erasure;

namespace SegmentAI.Memory.Tests.LongTerm.Erasure;

/// <summary>
/// What forgetting a user does to long-term memory, whatever the back end: the user's preferences and vocabulary
/// go, their log, audit, feedback, pattern and owner fields are anonymized, and nobody else's data changes.
/// </summary>
public abstract class PersonalDataErasureContract
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly AmbiguityOption SingleOrder200 = new("single_200", "more than $200 in a single order", "single_order_total>200");
    private static readonly AmbiguityOption Last30Days = new("30d", "the last 30 days", "30");
    private static readonly SegmentDefinition Gold = new()
    {
        Root = new SegmentCondition { SourceText = "gold members", Facet = "loyalty_tier", Operator = ConditionOperator.In, Values = ["gold"] },
    };

    private LongTermStores? _stores;

    protected string Tenant { get; } = TestIds.Tenant();

    protected string OtherTenant { get; } = TestIds.Tenant();

    protected LongTermStores Stores => _stores ??= CreateStores();

    protected abstract LongTermStores CreateStores();

    [Fact]
    public async Task Forgetting_a_user_reports_what_each_kind_of_record_lost()
    {
        await RememberEveryoneAsync();

        var report = await Stores.Erasure().EraseUserAsync(Tenant, "ana");

        Assert.Equal(2, report.Counts[Forget.Preferences]);
        Assert.Equal(1, report.Counts[Forget.Vocabulary]);
        Assert.Equal(3, report.Counts[Forget.QueryLog]);
        Assert.Equal(1, report.Counts[Forget.ErrorExamples]);
        Assert.Equal(2, report.Counts[Forget.Feedback]);
        Assert.Equal(1, report.Counts[Forget.Patterns]);
        Assert.Equal(1, report.Counts[Forget.SegmentOwners]);
        Assert.Equal(11, report.Total);
    }

    [Fact]
    public async Task Preferences_and_personal_vocabulary_are_deleted()
    {
        await RememberEveryoneAsync();

        await Stores.Erasure().EraseUserAsync(Tenant, "ana");

        Assert.Empty(await Stores.Preferences.ListAsync(Tenant, "ana"));
        Assert.Equal([("churned", (string?)null)], (await Stores.Vocabulary.ForUserAsync(Tenant, "ana")).Select(e => (e.Phrase, e.UserId)));
    }

    [Fact]
    public async Task Log_rows_keep_their_audit_but_lose_the_user_and_what_they_wrote()
    {
        await RememberEveryoneAsync();

        await Stores.Erasure().EraseUserAsync(Tenant, "ana");

        var turns = await Stores.Log.SessionAsync(Tenant, "s-ana");
        Assert.Equal(3, turns.Count);
        Assert.All(turns, t => Assert.Equal((Forget.ErasedUser, Forget.ErasedText), (t.UserId, t.Query)));
        Assert.NotNull(turns[0].DefinitionJson);
        Assert.Equal(["loyalty_tier"], turns[0].RetrievedFacets.Select(f => f.FacetId));
        var patterns = await Stores.Log.ErrorPatternsAsync(Tenant);
        Assert.Equal((Forget.ErasedText, 1), patterns.Where(p => p.Problem == "cannot explain for ana").Select(p => (p.Example, p.Count)).Single());
        Assert.Equal("explain the ROI of 3 things", patterns.Single(p => p.Problem == "cannot explain for ben").Example);
        Assert.Equal("Show me 'teal' customers", patterns.Single(p => p.Problem.StartsWith("no facet", StringComparison.Ordinal)).Example);
    }

    [Fact]
    public async Task Feedback_patterns_and_saved_segments_lose_their_author_but_stay()
    {
        await RememberEveryoneAsync();
        var anaSegment = (await Stores.Library.FindByNameAsync(Tenant, "ana gold"))!;
        var deletedSegment = (await Stores.Library.HistoryAsync(Tenant, "seg-0002")).Last();

        await Stores.Erasure().EraseUserAsync(Tenant, "ana");

        var feedback = (await Stores.Feedback.SinceAsync(Tenant, DateTimeOffset.MinValue)).Where(f => f.SessionId == "s-ana").ToList();
        Assert.Equal([(Forget.ErasedUser, Forget.ErasedText), (Forget.ErasedUser, null)], feedback.Select(f => (f.UserId, f.Comment)));
        var pattern = (await Stores.Patterns.FindSimilarAsync(Tenant, "ana gold", 10)).Single(s => s.Pattern.SegmentId == anaSegment.Id).Pattern;
        Assert.Equal((Forget.ErasedUser, "ana gold"), (pattern.UserId, pattern.Request));
        Assert.Equal(Forget.ErasedUser, (await Stores.Library.GetAsync(Tenant, anaSegment.Id))!.OwnerId);
        Assert.All(await Stores.Library.HistoryAsync(Tenant, anaSegment.Id), v => Assert.Equal(Forget.ErasedUser, v.OwnerId));
        Assert.Equal(SegmentStatus.Deleted, deletedSegment.Status);
        Assert.All(await Stores.Library.HistoryAsync(Tenant, deletedSegment.Id), v => Assert.Equal((Forget.ErasedUser, Forget.ErasedUser), (v.OwnerId, v.ChangedBy)));
        Assert.Equal(Forget.ErasedUser, (await Stores.Library.GetAsync(Tenant, anaSegment.Id))!.ChangedBy);
    }

    [Fact]
    public async Task Other_users_and_the_same_user_in_another_tenant_are_untouched()
    {
        await RememberEveryoneAsync();

        await Stores.Erasure().EraseUserAsync(Tenant, "ana");

        foreach (var (tenant, user) in new[] { (Tenant, "ben"), (OtherTenant, "ana") })
        {
            Assert.Equal(2, (await Stores.Preferences.ListAsync(tenant, user)).Count);
            Assert.Contains(await Stores.Vocabulary.ForUserAsync(tenant, user), e => e.UserId == user);
            Assert.All(await Stores.Log.SessionAsync(tenant, $"s-{user}"), t => Assert.Equal(user, t.UserId));
            Assert.All(await Stores.Log.SessionAsync(tenant, $"s-{user}"), t => Assert.NotEqual(Forget.ErasedText, t.Query));
            Assert.Contains(await Stores.Feedback.SinceAsync(tenant, DateTimeOffset.MinValue), f => f.UserId == user && f.Comment == $"{user} says ok");
            Assert.Equal(user, (await Stores.Library.FindByNameAsync(tenant, $"{user} gold"))!.OwnerId);
            Assert.Contains(await Stores.Patterns.FindSimilarAsync(tenant, $"{user} gold", 10), s => s.Pattern.UserId == user);
        }

        Assert.Equal("explain the ROI of 3 things", Assert.Single(await Stores.Log.ErrorPatternsAsync(OtherTenant)).Example);
    }

    [Fact]
    public async Task Forgetting_again_finds_nothing_left()
    {
        await RememberEveryoneAsync();
        await Stores.Erasure().EraseUserAsync(Tenant, "ana");

        var again = await Stores.Erasure().EraseUserAsync(Tenant, "ana");

        Assert.Equal(0, again.Total);
    }

    [Fact]
    public async Task A_blank_user_is_refused_before_anything_is_erased()
    {
        await RememberEveryoneAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => Stores.Erasure().EraseUserAsync(Tenant, " "));

        Assert.Equal(2, (await Stores.Preferences.ListAsync(Tenant, "ana")).Count);
    }

    [Fact]
    public async Task Shadow_review_items_keep_the_difference_but_lose_the_users_query()
    {
        var items = await Stores.Reviews.EnqueueAsync("replay-1", [Review(Tenant, "ana", 1), Review(Tenant, "ben", 2), Review(OtherTenant, "ana", 1)]);

        var report = await Stores.Erasure().EraseUserAsync(Tenant, "ana");

        var forgotten = (await Stores.Reviews.GetAsync(Tenant, items[0].Id))!;
        Assert.Equal(1, report.Counts[Forget.ShadowReviews]);
        Assert.Equal((Forget.ErasedUser, Forget.ErasedText, "different_size"), (forgotten.UserId, forgotten.Turn.Query, forgotten.DifferenceKind));
        Assert.Equal(("ben", "gold members in texas"), ((await Stores.Reviews.GetAsync(Tenant, items[1].Id))!.UserId, (await Stores.Reviews.GetAsync(Tenant, items[1].Id))!.Turn.Query));
        Assert.Equal("ana", (await Stores.Reviews.GetAsync(OtherTenant, items[2].Id))!.UserId);
    }

    private async Task RememberEveryoneAsync()
    {
        await Stores.Vocabulary.PutAsync(new VocabularyEntry(Tenant, null, "churned", "no order in 180 days", "{}", Start));
        foreach (var (tenant, user) in new[] { (Tenant, "ana"), (Tenant, "ben"), (OtherTenant, "ana") })
        {
            await RememberAsync(tenant, user);
        }

        await Stores.Log.RecordTurnAsync(Failure(Tenant, "ana", "Show me 'purple' customers", "no facet for 'purple'", 2, Start.AddMinutes(1)));
        await Stores.Log.RecordTurnAsync(Failure(Tenant, "ben", "Show me 'teal' customers", "no facet for 'teal'", 2, Start.AddMinutes(2)));
    }

    private async Task RememberAsync(string tenant, string user)
    {
        var session = $"s-{user}";
        await Stores.Preferences.LearnAsync(tenant, user, "high_value_threshold", SingleOrder200, session);
        await Stores.Preferences.SetAsync(tenant, user, "date_recency", Last30Days, session);
        await Stores.Vocabulary.PutAsync(new VocabularyEntry(tenant, user, "whales", $"what {user} calls big spenders", "{}", Start));
        var saved = await Stores.Library.SaveAsync(tenant, user, $"{user} gold", Gold);
        var scrapped = await Stores.Library.SaveAsync(tenant, user, $"{user} scrapped", Gold);
        await Stores.Library.DeleteAsync(tenant, scrapped.Id, user);
        await Stores.Patterns.RecordAsync(new SegmentPattern(tenant, user, "gold members please", saved.Name, saved.Id, "{}", Start));
        await Stores.Log.RecordTurnAsync(new TurnRecord
        {
            TenantId = tenant,
            UserId = user,
            SessionId = session,
            Turn = 1,
            Channel = "web",
            Query = $"{user} wants gold members",
            AsOf = new DateOnly(2026, 11, 22),
            ReplyKind = "segment",
            SkillId = "segment_builder",
            DefinitionJson = "{}",
            Confidence = 0.9,
            RetrievedFacets = [new RetrievedFacet("gold members", "loyalty_tier", 0.91, true)],
            At = Start,
        });
        await Stores.Log.RecordTurnAsync(Failure(tenant, user, "explain the ROI of 3 things", $"cannot explain for {user}", 3, Start.AddMinutes(3)));
        await Stores.Feedback.RecordAsync(new FeedbackRecord(tenant, user, session, 1, FeedbackKind.Rating, 4, $"{user} says ok", "segment_builder", "1.0", Start));
        await Stores.Feedback.RecordAsync(new FeedbackRecord(tenant, user, session, 1, FeedbackKind.ConfirmedWithoutEdit, null, null, null, null, Start.AddMinutes(1)));
    }

    private static TurnRecord Failure(string tenant, string user, string query, string problem, int turn, DateTimeOffset at) => new()
    {
        TenantId = tenant,
        UserId = user,
        SessionId = $"s-{user}",
        Turn = turn,
        Channel = "web",
        Query = query,
        AsOf = new DateOnly(2026, 11, 22),
        ReplyKind = "error",
        SkillId = "segment_builder",
        Problem = problem,
        At = at,
    };

    private static ShadowReviewItem Review(string tenant, string user, int turn) => new()
    {
        SkillId = "segment_creation",
        CandidateVersion = "1.1.0",
        ActiveVersion = "1.0.0",
        TenantId = tenant,
        UserId = user,
        Turn = new ReviewedTurn("s1", turn, "gold members in texas"),
        ActiveReply = "1,204 customers",
        CandidateReply = "1,187 customers",
        DifferenceKind = "different_size",
        CreatedAt = Start,
    };
}
