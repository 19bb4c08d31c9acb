using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Ambiguity;

namespace SegmentAI.Memory.Tests.LongTerm.Preferences;

/// <summary>What every <see cref="IUserPreferenceSource"/> does; one subclass per implementation.</summary>
public abstract class UserPreferenceSourceContract
{
    private const string HighValue = "high_value_threshold";
    private const string Recency = "date_recency";

    private static readonly AmbiguityOption SingleOrder200 = new("single_200", "more than $200 in a single order", "single_order_total>200");
    private static readonly AmbiguityOption Total1000 = new("total_1000", "more than $1,000 in total", "total_spend>1000");
    private static readonly AmbiguityOption Last30Days = new("30d", "the last 30 days", "30");

    private IUserPreferenceSource? _store;

    protected string Tenant { get; } = TestIds.Tenant();

    protected string OtherTenant { get; } = TestIds.Tenant();

    private IUserPreferenceSource Store => _store ??= CreateStore();

    protected abstract IUserPreferenceSource CreateStore();

    [Fact]
    public async Task Nothing_is_found_before_anything_is_learned()
    {
        Assert.Null(await Store.FindAsync(Tenant, "ana", HighValue));
        Assert.Empty(await Store.ListAsync(Tenant, "ana"));
    }

    [Fact]
    public async Task A_first_answer_is_a_moderate_preference_with_its_source()
    {
        await Store.LearnAsync(Tenant, "ana", HighValue, SingleOrder200, "answered in session s1");

        var preference = await Store.FindAsync(Tenant, "ana", HighValue);

        Assert.Equal(new UserPreference(HighValue, SingleOrder200, PreferenceLearning.FirstAnswerConfidence, "answered in session s1"), preference);
    }

    [Fact]
    public async Task Agreeing_again_raises_confidence_and_updates_the_source()
    {
        await Store.LearnAsync(Tenant, "ana", HighValue, SingleOrder200, "s1");

        await Store.LearnAsync(Tenant, "ana", HighValue, SingleOrder200, "s2");

        var preference = await Store.FindAsync(Tenant, "ana", HighValue);
        Assert.Equal(0.8, preference!.Confidence, 6);
        Assert.Equal("s2", preference.Source);
        Assert.Equal(SingleOrder200, preference.Option);
    }

    [Fact]
    public async Task A_contradiction_lowers_confidence_and_keeps_the_meaning()
    {
        await Store.LearnAsync(Tenant, "ana", HighValue, SingleOrder200, "s1");
        await Store.LearnAsync(Tenant, "ana", HighValue, SingleOrder200, "s2");

        await Store.LearnAsync(Tenant, "ana", HighValue, Total1000, "s3");

        var preference = await Store.FindAsync(Tenant, "ana", HighValue);
        Assert.Equal(SingleOrder200, preference!.Option);
        Assert.Equal(0.5, preference.Confidence, 6);
    }

    [Fact]
    public async Task Repeated_contradiction_replaces_the_meaning_below_the_use_threshold()
    {
        await Store.LearnAsync(Tenant, "ana", HighValue, SingleOrder200, "s1");
        await Store.LearnAsync(Tenant, "ana", HighValue, SingleOrder200, "s2");
        await Store.LearnAsync(Tenant, "ana", HighValue, Total1000, "s3");

        await Store.LearnAsync(Tenant, "ana", HighValue, Total1000, "s4");

        Assert.Equal(new UserPreference(HighValue, Total1000, PreferenceLearning.ReplacedConfidence, "s4"), await Store.FindAsync(Tenant, "ana", HighValue));
    }

    [Fact]
    public async Task Contradicting_a_single_answer_replaces_it_at_once()
    {
        await Store.LearnAsync(Tenant, "ana", HighValue, SingleOrder200, "s1");

        await Store.LearnAsync(Tenant, "ana", HighValue, Total1000, "s2");

        Assert.Equal(new UserPreference(HighValue, Total1000, PreferenceLearning.ReplacedConfidence, "s2"), await Store.FindAsync(Tenant, "ana", HighValue));
    }

    [Fact]
    public async Task A_stated_meaning_replaces_a_learned_one_with_high_confidence()
    {
        await Store.LearnAsync(Tenant, "ana", HighValue, SingleOrder200, "s1");
        await Store.LearnAsync(Tenant, "ana", HighValue, SingleOrder200, "s2");

        await Store.SetAsync(Tenant, "ana", HighValue, Total1000, "said so in s3");

        Assert.Equal(new UserPreference(HighValue, Total1000, PreferenceLearning.StatedConfidence, "said so in s3"), await Store.FindAsync(Tenant, "ana", HighValue));
    }

    [Fact]
    public async Task Answers_after_a_stated_meaning_build_on_it()
    {
        await Store.SetAsync(Tenant, "ana", HighValue, Total1000, "stated");

        await Store.LearnAsync(Tenant, "ana", HighValue, Total1000, "s2");

        Assert.Equal(0.95, (await Store.FindAsync(Tenant, "ana", HighValue))!.Confidence, 6);
    }

    [Fact]
    public async Task Concurrent_answers_all_count()
    {
        // Created before the race: the lazily created store is not itself the subject of the test.
        var store = Store;
        await Task.WhenAll(Enumerable.Range(0, 3).Select(i => Task.Run(() => store.LearnAsync(Tenant, "ana", HighValue, SingleOrder200, $"s{i}"))));

        // 0.6 for the first, then each agreement halves the doubt: 0.8, 0.9. A lost update would leave 0.6 or 0.8.
        Assert.Equal(0.9, (await Store.FindAsync(Tenant, "ana", HighValue))!.Confidence, 6);
    }

    [Fact]
    public async Task List_returns_the_users_preferences_by_kind()
    {
        await Store.LearnAsync(Tenant, "ana", Recency, Last30Days, "s1");
        await Store.SetAsync(Tenant, "ana", HighValue, SingleOrder200, "s2");
        await Store.LearnAsync(Tenant, "ben", Recency, Last30Days, "s3");

        var list = await Store.ListAsync(Tenant, "ana");

        Assert.Equal([Recency, HighValue], list.Select(p => p.Kind));
        Assert.Equal([PreferenceLearning.FirstAnswerConfidence, PreferenceLearning.StatedConfidence], list.Select(p => p.Confidence));
    }

    [Fact]
    public async Task Forget_removes_one_preference_and_says_whether_there_was_one()
    {
        await Store.LearnAsync(Tenant, "ana", Recency, Last30Days, "s1");
        await Store.LearnAsync(Tenant, "ana", HighValue, SingleOrder200, "s1");

        var forgotten = await Store.ForgetAsync(Tenant, "ana", HighValue);
        var again = await Store.ForgetAsync(Tenant, "ana", HighValue);

        Assert.True(forgotten);
        Assert.False(again);
        Assert.Null(await Store.FindAsync(Tenant, "ana", HighValue));
        Assert.NotNull(await Store.FindAsync(Tenant, "ana", Recency));
    }

    [Fact]
    public async Task Learning_after_forgetting_starts_over()
    {
        await Store.SetAsync(Tenant, "ana", HighValue, Total1000, "stated");
        await Store.ForgetAsync(Tenant, "ana", HighValue);

        await Store.LearnAsync(Tenant, "ana", HighValue, SingleOrder200, "s2");

        Assert.Equal(new UserPreference(HighValue, SingleOrder200, PreferenceLearning.FirstAnswerConfidence, "s2"), await Store.FindAsync(Tenant, "ana", HighValue));
    }

    [Fact]
    public async Task Preferences_belong_to_one_user()
    {
        await Store.LearnAsync(Tenant, "ana", HighValue, SingleOrder200, "s1");

        Assert.Null(await Store.FindAsync(Tenant, "ben", HighValue));
        Assert.False(await Store.ForgetAsync(Tenant, "ben", HighValue));
        Assert.NotNull(await Store.FindAsync(Tenant, "ana", HighValue));
    }

    [Fact]
    public async Task Another_tenant_can_neither_read_nor_change_a_users_preferences()
    {
        await Store.LearnAsync(Tenant, "ana", HighValue, SingleOrder200, "s1");

        var found = await Store.FindAsync(OtherTenant, "ana", HighValue);
        var listed = await Store.ListAsync(OtherTenant, "ana");
        var forgotten = await Store.ForgetAsync(OtherTenant, "ana", HighValue);
        await Store.LearnAsync(OtherTenant, "ana", HighValue, Total1000, "other tenant");
        await Store.SetAsync(OtherTenant, "ana", Recency, Last30Days, "other tenant");

        Assert.Null(found);
        Assert.Empty(listed);
        Assert.False(forgotten);
        Assert.Equal(new UserPreference(HighValue, SingleOrder200, PreferenceLearning.FirstAnswerConfidence, "s1"), await Store.FindAsync(Tenant, "ana", HighValue));
        Assert.Equal([HighValue], (await Store.ListAsync(Tenant, "ana")).Select(p => p.Kind));
    }

    [Fact]
    public async Task The_same_user_and_kind_in_two_tenants_stay_separate()
    {
        await Store.LearnAsync(Tenant, "ana", HighValue, SingleOrder200, "acme");
        await Store.LearnAsync(OtherTenant, "ana", HighValue, Total1000, "other");

        await Store.ForgetAsync(OtherTenant, "ana", HighValue);

        Assert.Equal(SingleOrder200, (await Store.FindAsync(Tenant, "ana", HighValue))!.Option);
        Assert.Null(await Store.FindAsync(OtherTenant, "ana", HighValue));
    }
}
