using Microsoft.Extensions.Time.Testing;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Memory.Tests.LongTerm.Library;

/// <summary>What every <see cref="ISegmentLibrary"/> does; one subclass per implementation.</summary>
public abstract class SegmentLibraryContract
{
    protected static readonly SegmentDefinition Gold = Segment("gold members", "loyalty_tier", "gold");

    private static readonly SegmentDefinition Texas = Segment("in Texas", "state", "TX");

    private ISegmentLibrary? _library;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    protected string Tenant { get; } = TestIds.Tenant();

    protected string OtherTenant { get; } = TestIds.Tenant();

    protected ISegmentLibrary Library => _library ??= CreateLibrary(Time);

    protected abstract ISegmentLibrary CreateLibrary(TimeProvider time);

    [Fact]
    public async Task A_saved_segment_reads_back_by_id_and_by_name_in_any_case()
    {
        var saved = await Library.SaveAsync(Tenant, "ana", "  Gold members ", Gold);

        var byId = await Library.GetAsync(Tenant, saved.Id);
        var byName = await Library.FindByNameAsync(Tenant, "GOLD MEMBERS ");

        Assert.Equal("Gold members", saved.Name);
        Assert.Equal("Gold members", saved.Definition.Name);
        Assert.Equal(1, saved.Version);
        Assert.Equal(SegmentStatus.Active, saved.Status);
        Assert.Equal(Time.GetUtcNow(), saved.CreatedAt);
        Assert.Equal(saved.CreatedAt, saved.UpdatedAt);
        AssertSame(saved, byId);
        AssertSame(saved, byName);
    }

    [Fact]
    public async Task Ids_are_readable_and_numbered_per_tenant()
    {
        var first = await Library.SaveAsync(Tenant, "ana", "Gold members", Gold);
        var second = await Library.SaveAsync(Tenant, "ana", "Texans", Texas);
        var elsewhere = await Library.SaveAsync(OtherTenant, "ana", "Gold members", Gold);

        Assert.Equal("seg-0001", first.Id);
        Assert.Equal("seg-0002", second.Id);
        Assert.Equal("seg-0001", elsewhere.Id);
    }

    [Fact]
    public async Task Names_are_unique_within_a_tenant_ignoring_case()
    {
        await Library.SaveAsync(Tenant, "ana", "Gold members", Gold);

        var error = await Assert.ThrowsAsync<SegmentLibraryException>(() => Library.SaveAsync(Tenant, "ben", " gold MEMBERS", Texas));

        Assert.Equal("A segment named \"gold MEMBERS\" already exists; pick another name.", error.Message);
        Assert.Single(await Library.ListAsync(Tenant));
    }

    [Theory]
    [InlineData("", "A segment needs a name.")]
    [InlineData("   ", "A segment needs a name.")]
    [InlineData(null, "A segment needs a name.")]
    [InlineData("x121", "Segment names can be at most 120 characters.")]
    public async Task Blank_or_overlong_names_are_refused_and_nothing_is_saved(string? name, string message)
    {
        var actual = name == "x121" ? new string('x', 121) : name;

        var error = await Assert.ThrowsAsync<SegmentLibraryException>(() => Library.SaveAsync(Tenant, "ana", actual!, Gold));

        Assert.Equal(message, error.Message);
        Assert.Empty(await Library.ListAsync(Tenant));
    }

    [Fact]
    public async Task Update_replaces_the_definition_keeps_the_name_and_adds_a_version()
    {
        var saved = await Library.SaveAsync(Tenant, "ana", "Gold members", Gold);
        Time.Advance(TimeSpan.FromMinutes(5));

        var updated = await Library.UpdateAsync(Tenant, saved.Id, Texas with { Name = "ignored" }, "ana");

        Assert.Equal(2, updated.Version);
        Assert.Equal("Gold members", updated.Name);
        Assert.Equal("Gold members", updated.Definition.Name);
        Assert.Equal(saved.CreatedAt, updated.CreatedAt);
        Assert.Equal(Time.GetUtcNow(), updated.UpdatedAt);
        Assert.Equal("state", updated.Definition.Conditions().Single().Facet);
        AssertSame(updated, await Library.GetAsync(Tenant, saved.Id));
    }

    [Fact]
    public async Task Every_version_records_the_user_who_made_it()
    {
        var saved = await Library.SaveAsync(Tenant, "ana", "Gold members", Gold);
        await Library.RenameAsync(Tenant, saved.Id, "VIPs", "ben");
        await Library.UpdateAsync(Tenant, saved.Id, Texas, "cara");
        var copy = await Library.DuplicateAsync(Tenant, saved.Id, "VIP copy", "dan");
        await Library.DeleteAsync(Tenant, saved.Id, "eve");

        var history = await Library.HistoryAsync(Tenant, saved.Id);

        Assert.Equal(["ana", "ben", "cara", "eve"], history.Select(v => v.ChangedBy));
        Assert.All(history, v => Assert.Equal("ana", v.OwnerId));
        Assert.Equal(("dan", "dan"), (copy.OwnerId, copy.ChangedBy));
        Assert.Equal("dan", (await Library.GetAsync(Tenant, copy.Id))!.ChangedBy);
    }

    [Fact]
    public async Task Rename_changes_the_name_everywhere_and_adds_a_version()
    {
        var saved = await Library.SaveAsync(Tenant, "ana", "Gold members", Gold);

        var renamed = await Library.RenameAsync(Tenant, saved.Id, " VIPs ", "ana");

        Assert.Equal("VIPs", renamed.Name);
        Assert.Equal("VIPs", renamed.Definition.Name);
        Assert.Equal(2, renamed.Version);
        Assert.Null(await Library.FindByNameAsync(Tenant, "Gold members"));
        AssertSame(renamed, await Library.FindByNameAsync(Tenant, "vips"));
    }

    [Fact]
    public async Task Renaming_to_a_taken_name_fails_but_changing_the_case_of_its_own_name_works()
    {
        var gold = await Library.SaveAsync(Tenant, "ana", "Gold members", Gold);
        await Library.SaveAsync(Tenant, "ana", "Texans", Texas);

        var error = await Assert.ThrowsAsync<SegmentLibraryException>(() => Library.RenameAsync(Tenant, gold.Id, "TEXANS", "ana"));
        var recased = await Library.RenameAsync(Tenant, gold.Id, "GOLD members", "ana");

        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
        Assert.Equal("GOLD members", recased.Name);
        Assert.Equal(2, recased.Version);
    }

    [Fact]
    public async Task Duplicate_copies_the_definition_under_a_new_name_for_the_new_owner()
    {
        var saved = await Library.SaveAsync(Tenant, "ana", "Gold members", Gold);
        Time.Advance(TimeSpan.FromMinutes(1));

        var copy = await Library.DuplicateAsync(Tenant, saved.Id, "Gold members (copy)", "ben");

        Assert.NotEqual(saved.Id, copy.Id);
        Assert.Equal("ben", copy.OwnerId);
        Assert.Equal(1, copy.Version);
        Assert.Equal("Gold members (copy)", copy.Definition.Name);
        Assert.Equal(SegmentJson.Serialize(saved.Definition with { Name = null }), SegmentJson.Serialize(copy.Definition with { Name = null }));
        Assert.Equal(2, (await Library.ListAsync(Tenant)).Count);
    }

    [Fact]
    public async Task Duplicating_to_a_taken_name_fails_and_saves_nothing()
    {
        var saved = await Library.SaveAsync(Tenant, "ana", "Gold members", Gold);

        await Assert.ThrowsAsync<SegmentLibraryException>(() => Library.DuplicateAsync(Tenant, saved.Id, "gold members", "ben"));

        Assert.Single(await Library.ListAsync(Tenant));
    }

    [Fact]
    public async Task Delete_hides_the_segment_keeps_its_history_and_frees_its_name()
    {
        var saved = await Library.SaveAsync(Tenant, "ana", "Gold members", Gold);

        var deleted = await Library.DeleteAsync(Tenant, saved.Id, "ana");
        var again = await Library.DeleteAsync(Tenant, saved.Id, "ana");
        var reused = await Library.SaveAsync(Tenant, "ben", "gold members", Texas);

        Assert.True(deleted);
        Assert.False(again);
        Assert.Null(await Library.GetAsync(Tenant, saved.Id));
        Assert.Equal(reused.Id, (await Library.FindByNameAsync(Tenant, "Gold members"))!.Id);
        Assert.NotEqual(saved.Id, reused.Id);
        Assert.Equal([reused.Id], (await Library.ListAsync(Tenant)).Select(s => s.Id));
        var history = await Library.HistoryAsync(Tenant, saved.Id);
        Assert.Equal([SegmentStatus.Active, SegmentStatus.Deleted], history.Select(v => v.Status));
        Assert.Equal([1, 2], history.Select(v => v.Version));
    }

    [Fact]
    public async Task A_deleted_segment_cannot_be_changed()
    {
        var saved = await Library.SaveAsync(Tenant, "ana", "Gold members", Gold);
        await Library.DeleteAsync(Tenant, saved.Id, "ana");

        await Assert.ThrowsAsync<SegmentLibraryException>(() => Library.UpdateAsync(Tenant, saved.Id, Texas, "ana"));
        await Assert.ThrowsAsync<SegmentLibraryException>(() => Library.RenameAsync(Tenant, saved.Id, "Back", "ana"));
        await Assert.ThrowsAsync<SegmentLibraryException>(() => Library.DuplicateAsync(Tenant, saved.Id, "Copy", "ana"));

        Assert.Equal(2, (await Library.HistoryAsync(Tenant, saved.Id)).Count);
    }

    [Fact]
    public async Task History_lists_every_version_oldest_first()
    {
        var saved = await Library.SaveAsync(Tenant, "ana", "Gold members", Gold);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Library.UpdateAsync(Tenant, saved.Id, Texas, "ana");
        Time.Advance(TimeSpan.FromMinutes(1));
        await Library.RenameAsync(Tenant, saved.Id, "Texans", "ana");

        var history = await Library.HistoryAsync(Tenant, saved.Id);

        Assert.Equal([1, 2, 3], history.Select(v => v.Version));
        Assert.Equal(["Gold members", "Gold members", "Texans"], history.Select(v => v.Name));
        Assert.Equal(["loyalty_tier", "state", "state"], history.Select(v => v.Definition.Conditions().Single().Facet));
        Assert.Equal([saved.CreatedAt, saved.CreatedAt.AddMinutes(1), saved.CreatedAt.AddMinutes(2)], history.Select(v => v.UpdatedAt));
        Assert.All(history, v => Assert.Equal(saved.CreatedAt, v.CreatedAt));
    }

    [Fact]
    public async Task The_turn_that_saved_a_segment_is_kept_through_updates_renames_copies_and_history()
    {
        var saved = await Library.SaveAsync(Tenant, "ana", "Gold members", Gold, new SegmentOrigin("s-chat", 3));
        var plain = await Library.SaveAsync(Tenant, "ana", "Texans", Texas);

        var updatedElsewhere = await Library.UpdateAsync(Tenant, saved.Id, Texas, "ana");
        var renamed = await Library.RenameAsync(Tenant, saved.Id, "Gold Texans", "ana");
        var copy = await Library.DuplicateAsync(Tenant, saved.Id, "Gold Texans (copy)", "ben");
        var resaved = await Library.UpdateAsync(Tenant, saved.Id, Gold, "ana", new SegmentOrigin("s-chat", 7));

        Assert.Equal(new SegmentOrigin("s-chat", 3), saved.Origin);
        Assert.Equal(new SegmentOrigin("s-chat", 7), resaved.Origin);
        Assert.Null(plain.Origin);
        Assert.Null((await Library.GetAsync(Tenant, plain.Id))!.Origin);
        Assert.Equal(new SegmentOrigin("s-chat", 3), updatedElsewhere.Origin);
        Assert.Equal(new SegmentOrigin("s-chat", 3), renamed.Origin);
        Assert.Equal(new SegmentOrigin("s-chat", 3), (await Library.GetAsync(Tenant, copy.Id))!.Origin);
        Assert.Equal(new SegmentOrigin("s-chat", 7), (await Library.GetAsync(Tenant, saved.Id))!.Origin);
        Assert.Equal(new SegmentOrigin("s-chat", 7), (await Library.FindByNameAsync(Tenant, "gold texans"))!.Origin);
        Assert.Equal([3, 3, 3, 7], (await Library.HistoryAsync(Tenant, saved.Id)).Select(v => v.Origin!.Turn));
    }

    [Fact]
    public async Task List_is_newest_first_and_a_change_moves_a_segment_to_the_front()
    {
        var gold = await Library.SaveAsync(Tenant, "ana", "Gold members", Gold);
        Time.Advance(TimeSpan.FromMinutes(1));
        var texans = await Library.SaveAsync(Tenant, "ana", "Texans", Texas);
        Time.Advance(TimeSpan.FromMinutes(1));
        var before = (await Library.ListAsync(Tenant)).Select(s => s.Id).ToList();

        await Library.UpdateAsync(Tenant, gold.Id, Gold, "ana");

        Assert.Equal([texans.Id, gold.Id], before);
        Assert.Equal([gold.Id, texans.Id], (await Library.ListAsync(Tenant)).Select(s => s.Id));
    }

    [Fact]
    public async Task Segments_saved_at_the_same_moment_list_the_later_one_first()
    {
        var first = await Library.SaveAsync(Tenant, "ana", "Gold members", Gold);
        var second = await Library.SaveAsync(Tenant, "ana", "Texans", Texas);

        Assert.Equal([second.Id, first.Id], (await Library.ListAsync(Tenant)).Select(s => s.Id));
    }

    [Fact]
    public async Task An_unknown_segment_is_reported_with_what_to_do()
    {
        var update = await Assert.ThrowsAsync<SegmentLibraryException>(() => Library.UpdateAsync(Tenant, "seg-9999", Gold, "ana"));
        var rename = await Assert.ThrowsAsync<SegmentLibraryException>(() => Library.RenameAsync(Tenant, "seg-9999", "x", "ana"));
        var duplicate = await Assert.ThrowsAsync<SegmentLibraryException>(() => Library.DuplicateAsync(Tenant, "seg-9999", "x", "ana"));

        Assert.All([update, rename, duplicate], e => Assert.Equal("There is no saved segment 'seg-9999'. Say \"list my segments\" to see them.", e.Message));
        Assert.False(await Library.DeleteAsync(Tenant, "seg-9999", "ana"));
        Assert.Null(await Library.GetAsync(Tenant, "seg-9999"));
        Assert.Null(await Library.FindByNameAsync(Tenant, "x"));
        Assert.Empty(await Library.HistoryAsync(Tenant, "seg-9999"));
        Assert.Empty(await Library.ListAsync(Tenant));
    }

    [Fact]
    public async Task Concurrent_saves_of_one_name_let_exactly_one_succeed()
    {
        // Created before the race: the lazily created library is not itself the subject of the test.
        var library = Library;
        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            try
            {
                return await library.SaveAsync(Tenant, $"user{i}", "Gold members", Gold);
            }
            catch (SegmentLibraryException ex) when (ex.Message.Contains("already exists", StringComparison.Ordinal))
            {
                return null;
            }
        })));

        Assert.Single(attempts, a => a is not null);
        Assert.Single(await Library.ListAsync(Tenant));
    }

    [Fact]
    public async Task Another_tenant_can_neither_read_nor_change_a_segment()
    {
        var saved = await Library.SaveAsync(Tenant, "ana", "Gold members", Gold);

        Assert.Null(await Library.GetAsync(OtherTenant, saved.Id));
        Assert.Null(await Library.FindByNameAsync(OtherTenant, "Gold members"));
        Assert.Empty(await Library.ListAsync(OtherTenant));
        Assert.Empty(await Library.HistoryAsync(OtherTenant, saved.Id));
        await Assert.ThrowsAsync<SegmentLibraryException>(() => Library.UpdateAsync(OtherTenant, saved.Id, Texas, "ana"));
        await Assert.ThrowsAsync<SegmentLibraryException>(() => Library.RenameAsync(OtherTenant, saved.Id, "Mine now", "ana"));
        await Assert.ThrowsAsync<SegmentLibraryException>(() => Library.DuplicateAsync(OtherTenant, saved.Id, "Stolen copy", "eve"));
        Assert.False(await Library.DeleteAsync(OtherTenant, saved.Id, "ana"));

        AssertSame(saved, await Library.GetAsync(Tenant, saved.Id));
        Assert.Single(await Library.HistoryAsync(Tenant, saved.Id));
        Assert.Empty(await Library.ListAsync(OtherTenant));
    }

    [Fact]
    public async Task The_same_name_and_id_in_two_tenants_stay_separate()
    {
        var mine = await Library.SaveAsync(Tenant, "ana", "Gold members", Gold);
        var theirs = await Library.SaveAsync(OtherTenant, "eve", "Gold members", Texas);

        await Library.RenameAsync(OtherTenant, theirs.Id, "Their segment", "ana");
        await Library.DeleteAsync(OtherTenant, theirs.Id, "ana");

        AssertSame(mine, await Library.FindByNameAsync(Tenant, "gold members"));
        Assert.Single(await Library.HistoryAsync(Tenant, mine.Id));
        Assert.Equal("loyalty_tier", (await Library.GetAsync(Tenant, mine.Id))!.Definition.Conditions().Single().Facet);
    }

    protected static SegmentDefinition Segment(string text, string facet, string value) => new()
    {
        Root = new SegmentCondition { SourceText = text, Facet = facet, Operator = ConditionOperator.In, Values = [value] },
    };

    private static void AssertSame(SavedSegment expected, SavedSegment? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Definition = actual.Definition }, actual);
        Assert.Equal(SegmentJson.Serialize(expected.Definition), SegmentJson.Serialize(actual.Definition));
    }
}
