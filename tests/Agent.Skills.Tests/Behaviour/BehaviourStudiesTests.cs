using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Tests.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Tests.Behaviour;

public sealed class BehaviourStudiesTests(DealflowBehaviourFixture dealflow) : IClassFixture<DealflowBehaviourFixture>
{
    private static readonly DateOnly End = DealflowBehaviourFixture.AsOf;

    [Fact]
    public async Task Follow_up_questions_about_the_same_window_reuse_one_analysis()
    {
        using var studies = new BehaviourStudies();
        var tenant = RepositoryTenants.Directory.Get("dealflow");

        var first = await studies.GetAsync(tenant, Warehouse.DuckDb(dealflow.Path), End.AddDays(-7), End, new BehaviourStudyOptions());
        var again = await studies.GetAsync(tenant, Warehouse.DuckDb(dealflow.Path), End.AddDays(-7), End, new BehaviourStudyOptions());

        Assert.Same(first, again);
    }

    [Fact]
    public async Task Another_window_or_other_settings_are_analysed_afresh()
    {
        using var studies = new BehaviourStudies();
        var tenant = RepositoryTenants.Directory.Get("dealflow");
        var week = await studies.GetAsync(tenant, Warehouse.DuckDb(dealflow.Path), End.AddDays(-7), End, new BehaviourStudyOptions());

        var shorter = await studies.GetAsync(tenant, Warehouse.DuckDb(dealflow.Path), End.AddDays(-5), End, new BehaviourStudyOptions());
        var fewerIdeas = await studies.GetAsync(tenant, Warehouse.DuckDb(dealflow.Path), End.AddDays(-7), End, new BehaviourStudyOptions { ExperimentsPerPersona = 1 });

        Assert.NotSame(week, shorter);
        Assert.Equal((End.AddDays(-5), End), (shorter.Summary.Start, shorter.Summary.End));
        Assert.All(fewerIdeas.Experiments, ideas => Assert.Single(ideas));
    }

    [Fact]
    public async Task A_failed_analysis_is_not_kept()
    {
        using var studies = new BehaviourStudies();
        var tenant = RepositoryTenants.Directory.Get("dealflow");
        var warehouse = Warehouse.DuckDb(dealflow.Path);

        await Assert.ThrowsAsync<BehaviourAnalysisException>(() => studies.GetAsync(tenant, warehouse, End.AddDays(30), End.AddDays(31), new BehaviourStudyOptions()));
        var error = await Assert.ThrowsAsync<BehaviourAnalysisException>(() => studies.GetAsync(tenant, warehouse, End.AddDays(30), End.AddDays(31), new BehaviourStudyOptions()));

        Assert.Contains("only 0 users were active", error.Message, StringComparison.Ordinal);
    }
}
