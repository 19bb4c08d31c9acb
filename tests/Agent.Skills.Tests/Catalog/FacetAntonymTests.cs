using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Catalog.Loading;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Tests.Tenants;

namespace SegmentAI.Skills.Tests.Catalog;

public sealed class FacetAntonymTests
{
    private const string Facet = """
        tenant: t
        facets:
          - id: home_owner
            name: Home Owner
            category: Household
            description: Whether the customer owns their home.
            purpose: Homeowners and renters.
            type: boolean
            kind: attribute
            operators: [is_true, is_false]
            synonyms: [homeowners]
            antonyms: [renters]
            sql: { column: home_owner }

        """;

    [Fact]
    public void A_boolean_facet_reads_the_words_for_its_no_side()
    {
        var catalog = FacetCatalogParser.Parse("t", "catalog.yaml", Facet);

        Assert.Equal(["renters"], Assert.Single(catalog.Facets).Antonyms);
    }

    [Fact]
    public void Antonyms_on_a_facet_that_is_not_boolean_are_refused_with_the_field_named()
    {
        var yaml = Facet.Replace("type: boolean", "type: number", StringComparison.Ordinal).Replace("[is_true, is_false]", "[gt]", StringComparison.Ordinal);

        var error = Assert.Throws<ConfigurationException>(() => FacetCatalogParser.Parse("t", "catalog.yaml", yaml));

        Assert.Contains(error.Issues, i => i.Field == "facets[0].antonyms");
    }

    [Fact]
    public void An_antonym_is_a_lexicon_term_for_the_facets_no_side()
    {
        var lexicon = TenantLexicon.For(RepositoryTenants.Directory.Get("acme-retail"));

        var renters = Assert.Single(lexicon.Lookup("renters"));

        Assert.Equal(("home_owner", LexiconTermKind.FacetAntonym), (renters.FacetId, renters.Kind));
    }
}
