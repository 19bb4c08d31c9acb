using SegmentAI.Skills.Planning;
using SegmentAI.Skills.Tests.Tenants;

namespace SegmentAI.Skills.Tests.Planning;

/// <summary>
/// The last reading of a clause that only says an event happened: the one yes/no event facet whose name shares the
/// most of its words, or nothing when no facet (or no single facet) fits, so the clause becomes a question instead.
/// </summary>
public sealed class FlagFacetMatcherTests
{
    [Theory]
    [InlineData("acme-retail", "click any", "clicked_email")]
    [InlineData("acme-retail", "didn't click any", "clicked_email")]
    [InlineData("dealflow", "done anything", "any_activity")]
    [InlineData("dealflow", "logged", "logged_in")]
    [InlineData("contoso-workforce", "opened any app", "accessed_any_app")]
    public void A_clearly_best_flag_facet_is_found_by_word_stem(string tenantId, string phrase, string facet)
    {
        var found = FlagFacetMatcher.Find(RepositoryTenants.Directory.Get(tenantId), phrase);

        Assert.Equal(facet, found?.Id);
    }

    [Fact]
    public void Sent_names_two_flags_equally_and_finds_none()
    {
        // "Sent a Message" and "Sent an Offer" share "sent" equally; guessing one would invent a meaning.
        var tenant = RepositoryTenants.Directory.Get("dealflow");
        Assert.NotNull(tenant.Catalog.Find("sent_message"));
        Assert.NotNull(tenant.Catalog.Find("sent_offer"));

        var found = FlagFacetMatcher.Find(tenant, "sent");

        Assert.Null(found);
    }

    [Fact]
    public void Offer_names_three_flags_equally_and_finds_none()
    {
        var found = FlagFacetMatcher.Find(RepositoryTenants.Directory.Get("dealflow"), "offer");

        Assert.Null(found);
    }

    [Theory]
    [InlineData("acme-retail", "purple elephants")]
    [InlineData("dealflow", "purple elephants")]
    [InlineData("dealflow", "the of a")]
    [InlineData("dealflow", "")]
    public void Words_that_name_no_flag_find_none(string tenantId, string phrase)
    {
        var found = FlagFacetMatcher.Find(RepositoryTenants.Directory.Get(tenantId), phrase);

        Assert.Null(found);
    }

    [Fact]
    public void Only_yes_no_event_facets_are_candidates()
    {
        // "Email Opens" (a count) shares "open" with "Opened an Email" exactly as much; were it a candidate, the tie
        // would find nothing.
        var tenant = RepositoryTenants.Directory.Get("acme-retail");
        Assert.NotNull(tenant.Catalog.Find("email_opens"));

        var found = FlagFacetMatcher.Find(tenant, "open");

        Assert.Equal("opened_email", found?.Id);
    }
}
