using SegmentAI.Evals.Generalization;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Evals.Tests.Generalization;

/// <summary>The repository's generalization suite: large enough, well formed, and its holdout untouched since the freeze.</summary>
public sealed class GeneralizationSuiteTests
{
    private static readonly RepositoryLayout Layout = RepositoryLayout.Discover();
    private static readonly Lazy<EvalSuite> Suite = new(() => GeneralizationSuite.Load(Layout.Root));

    [Fact]
    public void The_suite_has_at_least_300_conversations_across_the_three_tenants()
    {
        Assert.True(Suite.Value.Cases.Count >= 300, $"{Suite.Value.Cases.Count} cases");
        Assert.Equal(["acme-retail", "contoso-workforce", "dealflow"], Suite.Value.Cases.Select(c => c.Tenant).Distinct().Order());
    }

    [Fact]
    public void Every_segment_turn_has_a_reference_query()
    {
        var missing = Suite.Value.Cases.SelectMany(c => c.Turns.Where(t => t.Expect.Kind == ReplyKind.Segment && string.IsNullOrWhiteSpace(t.Expect.ReferenceSql))
            .Select(t => $"{c.File}:{t.Line}: case '{c.Id}'"));

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_expected_condition_names_a_facet_of_its_tenants_catalog()
    {
        var tenants = TenantDirectory.Load(Layout.Tenants);
        var unknown = Suite.Value.Cases.SelectMany(c => c.Turns.SelectMany(t => t.Expect.ExpectedFacets ?? [])
            .Where(f => tenants.Get(c.Tenant).Catalog.Facets.All(x => x.Id != f))
            .Select(f => $"case '{c.Id}': facet '{f}' is not in the {c.Tenant} catalog"));

        Assert.Empty(unknown);
    }

    [Fact]
    public void The_holdout_is_frozen_and_no_holdout_case_changed_since()
    {
        var holdout = FrozenHoldout.Load(FrozenHoldout.PathIn(Layout.Root));

        Assert.Empty(holdout.ProblemsWith(Suite.Value));
        Assert.True(holdout.Cases.Count >= 120, $"only {holdout.Cases.Count} holdout cases");
    }
}
