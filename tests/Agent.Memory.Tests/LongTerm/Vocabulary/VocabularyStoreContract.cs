using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.LongTerm.Vocabulary;

/// <summary>What every <see cref="IVocabularyStore"/> does; one subclass per implementation.</summary>
public abstract class VocabularyStoreContract
{
    private static readonly DateTimeOffset Taught = new(2026, 11, 1, 10, 30, 0, TimeSpan.Zero);

    private IVocabularyStore? _store;

    protected string Tenant { get; } = TestIds.Tenant();

    protected string OtherTenant { get; } = TestIds.Tenant();

    private IVocabularyStore Store => _store ??= CreateStore();

    protected abstract IVocabularyStore CreateStore();

    [Fact]
    public async Task An_entry_reads_back_with_its_phrase_cleaned()
    {
        await Store.PutAsync(Entry(Tenant, "ana", "  \"Big   Spenders\" ", "lifetime value over $5,000"));

        var entries = await Store.ForUserAsync(Tenant, "ana");

        Assert.Equal([new VocabularyEntry(Tenant, "ana", "big spenders", "lifetime value over $5,000", Condition("ltv"), Taught)], entries);
    }

    [Fact]
    public async Task Teaching_a_phrase_again_replaces_its_meaning()
    {
        await Store.PutAsync(Entry(Tenant, "ana", "whales", "lifetime value over $5,000"));

        await Store.PutAsync(Entry(Tenant, "ana", "Whales", "lifetime value over $10,000") with { UpdatedAt = Taught.AddDays(1) });

        var entry = Assert.Single(await Store.ForUserAsync(Tenant, "ana"));
        Assert.Equal("lifetime value over $10,000", entry.Meaning);
        Assert.Equal(Taught.AddDays(1), entry.UpdatedAt);
    }

    [Fact]
    public async Task A_users_own_entries_come_first_and_hide_tenant_entries_of_the_same_phrase()
    {
        await Store.PutAsync(Entry(Tenant, null, "whales", "lifetime value over $5,000"));
        await Store.PutAsync(Entry(Tenant, null, "churned", "no order in 180 days"));
        await Store.PutAsync(Entry(Tenant, "ana", "whales", "lifetime value over $20,000"));
        await Store.PutAsync(Entry(Tenant, "ana", "bargain hunters", "used a coupon"));

        var entries = await Store.ForUserAsync(Tenant, "ana");

        Assert.Equal(["bargain hunters", "whales", "churned"], entries.Select(e => e.Phrase));
        Assert.Equal(["ana", "ana", null], entries.Select(e => e.UserId));
        Assert.Equal("lifetime value over $20,000", entries[1].Meaning);
    }

    [Fact]
    public async Task Other_users_see_tenant_entries_but_not_personal_ones()
    {
        await Store.PutAsync(Entry(Tenant, null, "whales", "lifetime value over $5,000"));
        await Store.PutAsync(Entry(Tenant, "ana", "whales", "lifetime value over $20,000"));

        var entry = Assert.Single(await Store.ForUserAsync(Tenant, "ben"));

        Assert.Null(entry.UserId);
        Assert.Equal("lifetime value over $5,000", entry.Meaning);
    }

    [Fact]
    public async Task Remove_deletes_a_users_or_the_tenants_entry_and_says_whether_there_was_one()
    {
        await Store.PutAsync(Entry(Tenant, null, "whales", "lifetime value over $5,000"));
        await Store.PutAsync(Entry(Tenant, "ana", "whales", "lifetime value over $20,000"));

        var personal = await Store.RemoveAsync(Tenant, "ana", " WHALES ");
        var personalAgain = await Store.RemoveAsync(Tenant, "ana", "whales");
        var afterPersonal = await Store.ForUserAsync(Tenant, "ana");
        var tenantWide = await Store.RemoveAsync(Tenant, null, "whales");

        Assert.True(personal);
        Assert.False(personalAgain);
        Assert.Equal([null], afterPersonal.Select(e => e.UserId));
        Assert.True(tenantWide);
        Assert.Empty(await Store.ForUserAsync(Tenant, "ana"));
    }

    [Theory]
    [InlineData("  ", "a meaning", "A vocabulary phrase needs 1 to 80 characters.")]
    [InlineData("whales", " ", "A meaning needs 1 to 500 characters.")]
    public async Task Invalid_entries_are_refused_with_what_is_wrong_and_nothing_is_stored(string phrase, string meaning, string message)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAsync(Entry(Tenant, "ana", phrase, meaning)));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.ForUserAsync(Tenant, "ana"));
    }

    [Fact]
    public async Task Overlong_phrases_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAsync(Entry(Tenant, "ana", new string('w', 81), "too long")));

        Assert.Empty(await Store.ForUserAsync(Tenant, "ana"));
    }

    [Fact]
    public async Task Another_tenant_can_neither_read_nor_change_vocabulary()
    {
        await Store.PutAsync(Entry(Tenant, null, "whales", "lifetime value over $5,000"));
        await Store.PutAsync(Entry(Tenant, "ana", "bargain hunters", "used a coupon"));

        var seen = await Store.ForUserAsync(OtherTenant, "ana");
        var removedTenantWide = await Store.RemoveAsync(OtherTenant, null, "whales");
        var removedPersonal = await Store.RemoveAsync(OtherTenant, "ana", "bargain hunters");
        await Store.PutAsync(Entry(OtherTenant, null, "whales", "anyone at all"));

        Assert.Empty(seen);
        Assert.False(removedTenantWide);
        Assert.False(removedPersonal);
        var mine = await Store.ForUserAsync(Tenant, "ana");
        Assert.Equal(["bargain hunters", "whales"], mine.Select(e => e.Phrase));
        Assert.Equal("lifetime value over $5,000", mine[1].Meaning);
        Assert.All(mine, e => Assert.Equal(Tenant, e.TenantId));
    }

    private static VocabularyEntry Entry(string tenant, string? user, string phrase, string meaning) =>
        new(tenant, user, phrase, meaning, Condition("ltv"), Taught);

    private static string Condition(string facet) => $$"""{"type":"condition","facet":"{{facet}}","operator":"gt","values":[5000]}""";
}
