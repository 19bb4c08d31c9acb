using SegmentAI.Skills.Library;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tests.Library;

public sealed class InMemorySegmentLibraryTests
{
    private static readonly SegmentDefinition Gold = new()
    {
        Root = new SegmentCondition { SourceText = "gold members", Facet = "loyalty_tier", Operator = ConditionOperator.In, Values = ["gold"] },
    };

    private readonly InMemorySegmentLibrary _library = new();

    [Fact]
    public async Task Saves_renames_duplicates_and_deletes()
    {
        var saved = await _library.SaveAsync("acme-retail", "ana", "Gold members", Gold);
        var renamed = await _library.RenameAsync("acme-retail", saved.Id, "VIPs", "ana");
        var copy = await _library.DuplicateAsync("acme-retail", saved.Id, "VIPs (copy)", "ben");
        var deleted = await _library.DeleteAsync("acme-retail", saved.Id, "ana");

        Assert.Equal("VIPs", renamed.Name);
        Assert.Equal(2, renamed.Version);
        Assert.Equal("ben", copy.OwnerId);
        Assert.True(deleted);
        Assert.Equal(["VIPs (copy)"], (await _library.ListAsync("acme-retail")).Select(s => s.Name));
    }

    [Fact]
    public async Task Names_are_unique_within_a_tenant_ignoring_case()
    {
        await _library.SaveAsync("acme-retail", "ana", "Gold members", Gold);

        var error = await Assert.ThrowsAsync<SegmentLibraryException>(() => _library.SaveAsync("acme-retail", "ben", "gold MEMBERS", Gold));

        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_tenant_cannot_see_or_change_a_segment()
    {
        var saved = await _library.SaveAsync("acme-retail", "ana", "Gold members", Gold);

        Assert.Null(await _library.GetAsync("dealflow", saved.Id));
        Assert.Empty(await _library.ListAsync("dealflow"));
        Assert.False(await _library.DeleteAsync("dealflow", saved.Id, "ana"));
        await Assert.ThrowsAsync<SegmentLibraryException>(() => _library.RenameAsync("dealflow", saved.Id, "mine", "ana"));
        Assert.NotNull(await _library.GetAsync("acme-retail", saved.Id));
    }
}
