using SegmentAI.Skills.Perception;

namespace SegmentAI.Skills.Tests.Perception;

public sealed class TenantLexiconTests
{
    private readonly TenantLexicon _lexicon = TenantLexicon.For(Acme.Tenant);

    [Fact]
    public void Is_built_once_per_tenant()
    {
        Assert.Same(_lexicon, TenantLexicon.For(Acme.Tenant));
    }

    [Theory]
    [InlineData("baby products", "department_purchased", "Baby")]
    [InlineData("Platinum", "loyalty_tier", "platinum")]
    [InlineData("nappies", "category_purchased", "Diapers")]
    [InlineData("Texas", "state", "TX")]
    [InlineData("seniors", "age_band", "65+")]
    [InlineData("rewards tier", "loyalty_tier", null)]
    [InlineData("Loyalty Tier", "loyalty_tier", null)]
    [InlineData("big spenders", "single_order_total", null)]
    public void Maps_terms_to_facets_and_values(string term, string facetId, string? value)
    {
        var meaning = _lexicon.Lookup(term)[0];

        Assert.Equal(facetId, meaning.FacetId);
        Assert.Equal(value, meaning.Value);
    }

    [Fact]
    public void Marks_pii_facets_as_restricted()
    {
        Assert.All(_lexicon.Lookup("date of birth"), m => Assert.True(m.Restricted));
        Assert.All(_lexicon.Lookup("Texas"), m => Assert.False(m.Restricted));
    }

    [Fact]
    public void Matches_state_codes_only_in_capitals()
    {
        Assert.NotEmpty(_lexicon.Lookup("TX"));
        Assert.Empty(_lexicon.Lookup("tx"));
        Assert.Empty(_lexicon.Lookup("IN"));
    }
}
