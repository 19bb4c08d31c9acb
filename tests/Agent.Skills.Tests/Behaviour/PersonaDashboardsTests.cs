using Microsoft.Extensions.Logging.Abstractions;
using SegmentAI.Skills.Analysis;
using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Tests.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Tests.Behaviour;

/// <summary>The personas dashboard on dealflow's default demo warehouse: the chat's views, checked numbers, and its cache.</summary>
public sealed class PersonaDashboardsTests(DealflowBehaviourFixture warehouse) : IClassFixture<DealflowBehaviourFixture>, IDisposable
{
    private static readonly DateOnly AsOf = DealflowBehaviourFixture.AsOf;

    private readonly string _root = Directory.CreateTempSubdirectory("dashboards-").FullName;

    private string Copy => Path.Combine(_root, "data", "dealflow.duckdb");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Every_number_in_every_view_and_every_drill_down_is_a_value_the_analysis_computed()
    {
        using var dashboards = Dashboards();
        var tenant = RepositoryTenants.Directory.Get("dealflow");

        var view = await dashboards.ViewAsync(tenant, 7, AsOf);

        var study = await BehaviourAnalysis.StudyAsync(tenant, Warehouse.DuckDb(Copy), AsOf.AddDays(-7), AsOf, new BehaviourStudyOptions());
        List<ReplyContent> shown = [.. view.Views.Overview, .. view.Views.DropOff, .. view.Views.RetentionNDay, .. view.Views.RetentionUnbounded, .. view.Views.Experiments, .. view.Drilldowns.SelectMany(d => d)];
        Assert.Empty(NumberTrace.Untraced(shown, study.Numbers(), PersonaReport.Verbatim(study).Concat(["15 Nov 2026", "21 Nov 2026", "the last 7 days"]), study.Plotted()));
        Assert.Equal("from 15 Nov 2026 to 21 Nov 2026 (the last 7 days)", view.Period);
        Assert.Equal((study.Summary.Users, study.Summary.Stability, study.Profiles.Count), (view.Users, view.Stability, view.Drilldowns.Count));
        var chat = (TableContent)PersonaReport.Overview(study, view.Period)[1];
        var shownTable = (TableContent)view.Views.Overview[1];
        Assert.Equal(chat.Rows.Select(r => string.Join('|', r)), shownTable.Rows.Select(r => string.Join('|', r)));
    }

    [Fact]
    public async Task A_drill_down_lists_every_trait_of_its_persona_against_everyone_with_the_direction_in_words()
    {
        using var dashboards = Dashboards();

        var view = await dashboards.ViewAsync(RepositoryTenants.Directory.Get("dealflow"), 7, AsOf);

        var traits = Assert.IsType<TableContent>(view.Drilldowns[0][1]);
        Assert.Equal(["Feature", "This persona", "Everyone", "Difference"], traits.Columns.Select(c => c.Header));
        Assert.True(traits.Rows.Count >= 5);
        Assert.All(traits.Rows, r => Assert.Matches(@"^(none|\d+(\.\d+)? SD (above|below))$", r[3]));
        var retention = Assert.IsType<ChartContent>(view.Drilldowns[0][3]);
        Assert.Equal(["N-day", "Unbounded (on or after)"], retention.Series.Select(s => s.Name));
        Assert.All(retention.Series, s => Assert.All(Enumerable.Range(0, s.Values.Count), i => Assert.InRange(s.Values[i], s.Low![i], s.High![i])));
    }

    [Fact]
    public async Task An_unchanged_warehouse_is_analysed_once_and_a_regenerated_one_afresh()
    {
        using var dashboards = Dashboards();
        var tenant = RepositoryTenants.Directory.Get("dealflow");

        var first = await dashboards.ViewAsync(tenant, 7, AsOf);
        var again = await dashboards.ViewAsync(tenant, 7, AsOf);
        File.SetLastWriteTimeUtc(Copy, File.GetLastWriteTimeUtc(Copy).AddMinutes(1));
        var regenerated = await dashboards.ViewAsync(tenant, 7, AsOf);
        var otherWindow = await dashboards.ViewAsync(tenant, 6, AsOf);

        Assert.Same(first, again);
        Assert.NotSame(first, regenerated);
        Assert.Equal(6, otherWindow.Days);
    }

    [Fact]
    public async Task A_tenant_without_an_event_log_is_told_how_to_set_one_up()
    {
        using var dashboards = Dashboards();

        var refusal = await Assert.ThrowsAsync<BehaviourAnalysisException>(() => dashboards.ViewAsync(RepositoryTenants.Directory.Get("acme-retail"), 7, AsOf));

        Assert.Contains("behaviour: section", refusal.Message, StringComparison.Ordinal);
    }

    private PersonaDashboards Dashboards()
    {
        // Copied once: the file may be held open by an earlier test's analysis, and must not be rewritten under it.
        if (!File.Exists(Copy))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Copy)!);
            File.Copy(warehouse.Path, Copy);
        }

        return new PersonaDashboards(new RepositoryLayout(_root), TimeProvider.System, NullLogger<PersonaDashboards>.Instance);
    }
}
