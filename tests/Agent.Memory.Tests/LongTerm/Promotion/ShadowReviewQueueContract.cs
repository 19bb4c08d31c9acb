using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Promotion;

namespace SegmentAI.Memory.Tests.LongTerm.Promotion;

/// <summary>What every <see cref="IShadowReviewQueue"/> does; one subclass per implementation.</summary>
public abstract class ShadowReviewQueueContract
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private IShadowReviewQueue? _queue;

    protected string Tenant { get; } = TestIds.Tenant();

    protected string OtherTenant { get; } = TestIds.Tenant();

    private IShadowReviewQueue Queue => _queue ??= CreateQueue();

    protected abstract IShadowReviewQueue CreateQueue();

    [Fact]
    public async Task A_replay_enqueues_pending_items_stamped_with_its_run_that_read_back_oldest_first()
    {
        var later = Item(Tenant, 2, "different_size", Start.AddMinutes(1));
        var earlier = Item(Tenant, 1, "different_conditions", Start);

        var stored = await Queue.EnqueueAsync("replay-7", [later, earlier]);
        var pending = await Queue.PendingAsync(Tenant, "segment_creation", "1.1.0");

        Assert.All(stored, i => Assert.Equal(("replay-7", ReviewStatus.Pending), (i.EvalRunId, i.Status)));
        Assert.NotEqual(stored[0].Id, stored[1].Id);
        Assert.Equal([stored[1], stored[0]], pending);
        Assert.Equal(new ReviewedTurn("s1", 1, "gold members in texas"), pending[0].Turn);
        Assert.Equal(2, await Queue.CountPendingAsync(Tenant, "segment_creation", "1.1.0"));
    }

    [Fact]
    public async Task Pending_items_are_filtered_by_skill_and_candidate()
    {
        await Queue.EnqueueAsync("replay-1", [Item(Tenant, 1, "different_kind", Start), Item(Tenant, 2, "different_kind", Start) with { CandidateVersion = "1.2.0" }]);
        await Queue.EnqueueAsync("replay-2", [Item(Tenant, 3, "different_kind", Start) with { SkillId = "segment_edit" }]);

        Assert.Equal([1, 2], (await Queue.PendingAsync(Tenant, "segment_creation", null)).Select(i => i.Turn.Turn));
        Assert.Equal([2], (await Queue.PendingAsync(Tenant, "segment_creation", "1.2.0")).Select(i => i.Turn.Turn));
        Assert.Equal([3], (await Queue.PendingAsync(Tenant, "segment_edit", null)).Select(i => i.Turn.Turn));
    }

    [Fact]
    public async Task Approving_and_rejecting_record_the_reviewer_and_leave_the_pending_list()
    {
        var stored = await Queue.EnqueueAsync("replay-1", [Item(Tenant, 1, "different_size", Start), Item(Tenant, 2, "different_size", Start)]);

        var approved = await Queue.ReviewAsync(Tenant, stored[0].Id, new ReviewVerdict(true, "alice", "the new size is right", Start.AddHours(1)));
        var rejected = await Queue.ReviewAsync(Tenant, stored[1].Id, new ReviewVerdict(false, "bob", null, Start.AddHours(2)));

        Assert.Equal((ReviewStatus.Approved, "alice", "the new size is right", Start.AddHours(1)), (approved.Status, approved.ReviewedBy, approved.Note, approved.ReviewedAt));
        Assert.Equal((ReviewStatus.Rejected, "bob"), (rejected.Status, rejected.ReviewedBy));
        Assert.Equal(approved, await Queue.GetAsync(Tenant, stored[0].Id));
        Assert.Empty(await Queue.PendingAsync(Tenant, "segment_creation", null));
        Assert.Equal(0, await Queue.CountPendingAsync(Tenant, "segment_creation", "1.1.0"));
    }

    [Fact]
    public async Task Reviewing_an_item_twice_is_a_conflict_that_keeps_the_first_verdict()
    {
        var item = (await Queue.EnqueueAsync("replay-1", [Item(Tenant, 1, "different_size", Start)]))[0];
        await Queue.ReviewAsync(Tenant, item.Id, new ReviewVerdict(true, "alice", null, Start));

        var error = await Assert.ThrowsAsync<ShadowReviewException>(() => Queue.ReviewAsync(Tenant, item.Id, new ReviewVerdict(false, "bob", "no", Start)));

        Assert.Equal(ShadowReviewFailure.AlreadyReviewed, error.Failure);
        Assert.Contains("was already approved by alice", error.Message, StringComparison.Ordinal);
        Assert.Equal((ReviewStatus.Approved, "alice"), ((await Queue.GetAsync(Tenant, item.Id))!.Status, (await Queue.GetAsync(Tenant, item.Id))!.ReviewedBy));
    }

    [Fact]
    public async Task Another_tenant_can_neither_see_nor_review_an_item()
    {
        var item = (await Queue.EnqueueAsync("replay-1", [Item(Tenant, 1, "different_size", Start)]))[0];

        var error = await Assert.ThrowsAsync<ShadowReviewException>(() => Queue.ReviewAsync(OtherTenant, item.Id, new ReviewVerdict(true, "eve", null, Start)));

        Assert.Equal(ShadowReviewFailure.NotFound, error.Failure);
        Assert.Null(await Queue.GetAsync(OtherTenant, item.Id));
        Assert.Empty(await Queue.PendingAsync(OtherTenant, "segment_creation", null));
        Assert.Equal(0, await Queue.CountPendingAsync(OtherTenant, "segment_creation", "1.1.0"));
        Assert.Equal(ReviewStatus.Pending, (await Queue.GetAsync(Tenant, item.Id))!.Status);
    }

    [Fact]
    public async Task A_batch_with_one_invalid_item_is_refused_whole()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Queue.EnqueueAsync("replay-1", [Item(Tenant, 1, "different_size", Start), Item(Tenant, 0, "different_size", Start)]));

        Assert.Contains("Review item 2 of 2: the production turn number must be 1 or more", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Queue.PendingAsync(Tenant, "segment_creation", null));
    }

    [Fact]
    public async Task A_batch_without_an_eval_run_id_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Queue.EnqueueAsync("", [Item(Tenant, 1, "different_size", Start)]));

        Assert.Contains("need the id of the eval run", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Queue.PendingAsync(Tenant, "segment_creation", null));
    }

    private static ShadowReviewItem Item(string tenant, int turn, string difference, DateTimeOffset at) => new()
    {
        SkillId = "segment_creation",
        CandidateVersion = "1.1.0",
        ActiveVersion = "1.0.0",
        TenantId = tenant,
        UserId = "ana",
        Turn = new ReviewedTurn("s1", turn, "gold members in texas"),
        ActiveReply = "segment: loyalty_tier in [gold] and state in [TX], 1,204 customers",
        CandidateReply = "segment: loyalty_tier in [gold] and state in [TX], 1,187 customers",
        DifferenceKind = difference,
        CreatedAt = at,
    };
}
