using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Tests.Tenants;

public sealed class VagueTermTests : IDisposable
{
    private const string Acme = "acme-retail";
    private readonly TenantsCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Acme_declares_recency_value_and_frequency_terms_without_defaults()
    {
        var terms = RepositoryTenants.Directory.Get(Acme).Config.VagueTerms;

        Assert.Equal(["date_recency", "high_value_threshold", "frequency_threshold"], terms.Select(t => t.Kind));
        Assert.All(terms, t => Assert.Null(t.DefaultOptionId));
        var value = terms.Single(t => t.Kind == "high_value_threshold");
        Assert.Contains("a lot", value.Phrases);
        Assert.Equal("single_order_total", value.Options[0].Condition!.Facet);
        Assert.Equal(30, terms[0].Options.Single(o => o.Id == "last_30_days").WindowDays);
    }

    [Fact]
    public void An_option_on_an_unknown_facet_names_the_term_and_option()
    {
        _copy.ReplaceLine(Acme, TenantDirectory.TenantFileName, "condition: { facet: predicted_clv, operator: gt, values: [1000] }", l => l.Replace("predicted_clv", "predicted_ltv", StringComparison.Ordinal));

        var tenants = _copy.Load();

        var issue = Assert.Single(Assert.Single(tenants.Failures).Issues);
        Assert.Equal("vague_terms[1].options[predicted_clv_over_1000].condition", issue.Field);
        Assert.Contains("unknown facet 'predicted_ltv'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_that_is_not_an_option_is_rejected()
    {
        var line = _copy.InsertAfterLast(Acme, TenantDirectory.TenantFileName, "phrases: [frequent, frequently", "    default: monthly");

        var tenants = _copy.Load();

        var issue = Assert.Single(Assert.Single(tenants.Failures).Issues);
        Assert.Equal("vague_terms[2].default", issue.Field);
        Assert.Equal(line, issue.Line);
        Assert.Contains("'monthly' is not one of the option ids", issue.Message, StringComparison.Ordinal);
    }
}
