using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Tests.Tenants;

namespace SegmentAI.Skills.Tests.Perception;

public sealed class ProtectedAttributeTermsTests
{
    private readonly SafetyGuard _guard = new();

    [Theory]
    [InlineData("dealflow", "female founders raising a seed round", "gender")]
    [InlineData("dealflow", "women investors in fintech", "gender")]
    [InlineData("contoso-workforce", "which engineers are union members?", "union membership")]
    [InlineData("contoso-workforce", "unionized staff in Dublin", "union membership")]
    [InlineData("contoso-workforce", "veterans in the sales team", "veteran status")]
    public void An_everyday_word_for_a_listed_protected_attribute_is_refused(string tenantId, string text, string attribute)
    {
        var verdict = _guard.Check(text, RepositoryTenants.Directory.Get(tenantId));

        Assert.Equal(SafetyCategory.ProtectedAttribute, verdict.Category);
        Assert.Contains(attribute, verdict.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("women aged 25 to 34 who bought beauty products")]
    [InlineData("customers who bought men's shoes last month")]
    public void The_same_words_pass_where_the_tenant_does_not_list_the_attribute(string text)
    {
        var verdict = _guard.Check(text, RepositoryTenants.Directory.Get("acme-retail"));

        Assert.NotEqual(SafetyCategory.ProtectedAttribute, verdict.Category);
    }
}
