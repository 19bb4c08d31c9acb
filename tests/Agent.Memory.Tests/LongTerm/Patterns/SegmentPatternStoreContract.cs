using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.LongTerm.Patterns;

/// <summary>What every <see cref="ISegmentPatternStore"/> does; one subclass per implementation.</summary>
public abstract class SegmentPatternStoreContract
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private ISegmentPatternStore? _store;

    protected string Tenant { get; } = TestIds.Tenant();

    protected string OtherTenant { get; } = TestIds.Tenant();

    private ISegmentPatternStore Store => _store ??= CreateStore();

    protected abstract ISegmentPatternStore CreateStore();

    [Fact]
    public async Task A_similarly_worded_request_finds_the_saved_segment()
    {
        var pattern = Pattern(Tenant, "seg-0001", "high value fall shoppers", "Fall VIPs", Start);
        await Store.RecordAsync(pattern);

        var similar = Assert.Single(await Store.FindSimilarAsync(Tenant, "high-value shoppers in the fall", 5));

        Assert.Equal(pattern, similar.Pattern);
        Assert.True(similar.Similarity >= WordingSimilarity.SuggestionThreshold);
    }

    [Fact]
    public async Task An_unrelated_request_finds_nothing()
    {
        await Store.RecordAsync(Pattern(Tenant, "seg-0001", "high value fall shoppers", "Fall VIPs", Start));

        Assert.Empty(await Store.FindSimilarAsync(Tenant, "employees hired in Berlin", 5));
    }

    [Fact]
    public async Task Suggestions_are_ranked_as_the_shared_function_ranks_them_and_limited()
    {
        var patterns = new[]
        {
            Pattern(Tenant, "seg-0001", "gold members in Texas", "Texas gold", Start),
            Pattern(Tenant, "seg-0002", "gold members in Texas who bought baby products", "Texas gold parents", Start.AddMinutes(1)),
            Pattern(Tenant, "seg-0003", "gold members", "Gold", Start.AddMinutes(2)),
            Pattern(Tenant, "seg-0004", "silver members in Ohio", "Ohio silver", Start.AddMinutes(3)),
        };
        foreach (var pattern in patterns)
        {
            await Store.RecordAsync(pattern);
        }

        var similar = await Store.FindSimilarAsync(Tenant, "gold members in Texas", 2);

        Assert.Equal(SimilarSegments.Rank(patterns, "gold members in Texas", 2), similar);
        Assert.Equal("seg-0001", similar[0].Pattern.SegmentId);
        Assert.Empty(await Store.FindSimilarAsync(Tenant, "gold members in Texas", 0));
    }

    [Fact]
    public async Task Recording_a_segment_again_replaces_its_pattern()
    {
        await Store.RecordAsync(Pattern(Tenant, "seg-0001", "gold members in Texas", "Texas gold", Start));
        var replacement = Pattern(Tenant, "seg-0001", "gold members in Texas and Ohio", "Texas and Ohio gold", Start.AddDays(1));

        await Store.RecordAsync(replacement);

        var similar = Assert.Single(await Store.FindSimilarAsync(Tenant, "gold members in Texas", 5));
        Assert.Equal(replacement, similar.Pattern);
    }

    [Fact]
    public async Task Another_tenant_can_neither_find_nor_replace_a_pattern()
    {
        var mine = Pattern(Tenant, "seg-0001", "gold members in Texas", "Texas gold", Start);
        await Store.RecordAsync(mine);

        var theirs = await Store.FindSimilarAsync(OtherTenant, "gold members in Texas", 5);
        await Store.RecordAsync(Pattern(OtherTenant, "seg-0001", "gold members in Texas who churned", "Lost gold", Start.AddMinutes(1)));

        Assert.Empty(theirs);
        Assert.Equal(mine, Assert.Single(await Store.FindSimilarAsync(Tenant, "gold members in Texas", 5)).Pattern);
        Assert.Equal("Lost gold", Assert.Single(await Store.FindSimilarAsync(OtherTenant, "gold members in Texas", 5)).Pattern.SegmentName);
    }

    private static SegmentPattern Pattern(string tenant, string segmentId, string request, string name, DateTimeOffset at) =>
        new(tenant, "ana", request, name, segmentId, $$"""{"name":"{{name}}"}""", at);
}
