using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Tests.Tenants;

public sealed class VocabularySameEventTests : IDisposable
{
    private readonly TenantsCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void A_vocabulary_condition_carries_its_same_event_filters_with_the_phrase_as_their_words()
    {
        // Arrange: "big spenders" become customers with one online order over $500.
        _copy.ReplaceLine("acme-retail", TenantDirectory.TenantFileName, "condition: { facet: single_order_total", l =>
            l.Replace("values: [500] }", "values: [500], same_event: [ { facet: purchase_channel, operator: in, values: [web] } ] }", StringComparison.Ordinal));

        // Act
        var tenants = _copy.Load();

        // Assert
        Assert.Empty(tenants.Failures);
        var entry = tenants.Get("acme-retail").Config.Vocabulary[0];
        var filter = Assert.Single(entry.Condition.SameEvent!);
        Assert.Equal(("purchase_channel", ConditionOperator.In, "big spenders"), (filter.Facet, filter.Operator, filter.SourceText));
        Assert.Equal(["web"], filter.Values);
    }
}
