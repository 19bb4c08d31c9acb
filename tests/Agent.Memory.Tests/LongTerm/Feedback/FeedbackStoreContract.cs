using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.LongTerm.Feedback;

/// <summary>What every <see cref="IFeedbackStore"/> does; one subclass per implementation.</summary>
public abstract class FeedbackStoreContract
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private IFeedbackStore? _store;

    protected string Tenant { get; } = TestIds.Tenant();

    protected string OtherTenant { get; } = TestIds.Tenant();

    private IFeedbackStore Store => _store ??= CreateStore();

    protected abstract IFeedbackStore CreateStore();

    [Fact]
    public async Task A_rating_with_a_comment_reads_back()
    {
        var rating = Rating(Tenant, 4, "close, but Texas was wrong", Start);

        await Store.RecordAsync(rating);

        Assert.Equal([rating], await Store.SinceAsync(Tenant, Start));
    }

    [Fact]
    public async Task Ratings_and_implicit_signals_read_back_oldest_first_from_a_time_on()
    {
        var edited = Signal(Tenant, FeedbackKind.EditedAfterCreation, Start.AddMinutes(2));
        var confirmed = Signal(Tenant, FeedbackKind.ConfirmedWithoutEdit, Start.AddMinutes(1));
        var abandoned = Signal(Tenant, FeedbackKind.Abandoned, Start.AddMinutes(3));
        var rating = Rating(Tenant, 5, null, Start);
        foreach (var feedback in new[] { edited, confirmed, abandoned, rating })
        {
            await Store.RecordAsync(feedback);
        }

        Assert.Equal([rating, confirmed, edited, abandoned], await Store.SinceAsync(Tenant, Start));
        Assert.Equal([confirmed, edited, abandoned], await Store.SinceAsync(Tenant, Start.AddMinutes(1)));
        Assert.Empty(await Store.SinceAsync(Tenant, Start.AddMinutes(4)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(null)]
    public async Task A_rating_outside_1_to_5_is_refused_with_what_to_send_and_nothing_is_written(int? value)
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.RecordAsync(Rating(Tenant, value, "hmm", Start)));

        Assert.Contains("A rating must be a whole number from 1 to 5.", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.SinceAsync(Tenant, DateTimeOffset.MinValue));
    }

    [Fact]
    public async Task A_signal_carrying_a_rating_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.RecordAsync(Signal(Tenant, FeedbackKind.Abandoned, Start) with { Rating = 3 }));

        Assert.Contains("Only ratings carry a number", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.SinceAsync(Tenant, DateTimeOffset.MinValue));
    }

    [Fact]
    public async Task An_overlong_comment_is_refused_rather_than_cut()
    {
        var comment = new string('x', FeedbackRules.MaxCommentLength + 1);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.RecordAsync(Rating(Tenant, 3, comment, Start)));

        Assert.Contains("at most 2000 characters", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.SinceAsync(Tenant, DateTimeOffset.MinValue));
    }

    [Fact]
    public async Task Another_tenant_never_sees_feedback()
    {
        await Store.RecordAsync(Rating(Tenant, 2, "wrong facet", Start));
        await Store.RecordAsync(Rating(OtherTenant, 5, null, Start) with { SessionId = "s1" });

        var theirs = await Store.SinceAsync(OtherTenant, DateTimeOffset.MinValue);
        var mine = await Store.SinceAsync(Tenant, DateTimeOffset.MinValue);

        Assert.Equal([5], theirs.Select(f => f.Rating));
        Assert.Equal([2], mine.Select(f => f.Rating));
        Assert.All(mine, f => Assert.Equal(Tenant, f.TenantId));
    }

    private static FeedbackRecord Rating(string tenant, int? rating, string? comment, DateTimeOffset at) =>
        new(tenant, "ana", "s1", 3, FeedbackKind.Rating, rating, comment, "segment_builder", "1.2.0", at);

    private static FeedbackRecord Signal(string tenant, FeedbackKind kind, DateTimeOffset at) =>
        new(tenant, "ana", "s1", null, kind, null, null, null, null, at);
}
