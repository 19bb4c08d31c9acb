using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Catalog.Loading;
using SegmentAI.Skills.Configuration;

namespace SegmentAI.Skills.Tests.Catalog;

public sealed class PiiFacetCatalogTests
{
    private const string Header = """
        tenant: t
        facets:
          - id: email
            name: Email Address
            category: Profile
            description: The e-mail address.
            purpose: Personal data.
            type: list
            kind: attribute
            operators: [eq]

        """;

    [Fact]
    public void A_pii_list_facet_needs_no_values_and_is_always_restricted()
    {
        var catalog = FacetCatalogParser.Parse("t", "catalog.yaml", Header.Replace("operators: [eq]", "operators: [eq]\n    pii: true", StringComparison.Ordinal) + "    sql: { column: email }\n");

        var facet = Assert.Single(catalog.Facets);
        Assert.True(facet.Pii);
        Assert.True(facet.Restricted);
        Assert.Empty(facet.Values);
    }

    [Fact]
    public void A_list_facet_that_is_not_pii_must_still_list_its_values()
    {
        var error = Assert.Throws<ConfigurationException>(() => FacetCatalogParser.Parse("t", "catalog.yaml", Header + "    sql: { column: email }\n"));

        var issue = Assert.Single(error.Issues);
        Assert.Equal("facets[0].values", issue.Field);
        Assert.Equal(3, issue.Line);
    }
}
