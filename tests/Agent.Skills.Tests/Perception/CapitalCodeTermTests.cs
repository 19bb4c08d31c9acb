using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Tests.Tenants;

namespace SegmentAI.Skills.Tests.Perception;

public sealed class CapitalCodeTermTests
{
    private readonly EntityExtractor _extractor = new();

    [Fact]
    public void A_capital_code_synonym_names_its_value()
    {
        var entities = _extractor.Extract("employees in IT", RepositoryTenants.Directory.Get("contoso-workforce"), Acme.AsOf);

        var it = Assert.Single(entities.Facets, f => f.Text == "IT");
        Assert.Contains(it.Meanings, m => m.FacetId == "department" && m.Value == "IT Operations");
    }

    [Fact]
    public void A_lower_case_it_is_a_pronoun()
    {
        var entities = _extractor.Extract("customers who bought it", RepositoryTenants.Directory.Get("contoso-workforce"), Acme.AsOf);

        Assert.DoesNotContain(entities.Facets, f => f.Text == "it");
    }
}
