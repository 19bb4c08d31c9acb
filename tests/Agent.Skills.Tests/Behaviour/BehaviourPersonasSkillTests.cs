using System.Globalization;
using SegmentAI.Skills.Analysis;
using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Tests.Tenants;
using SegmentAI.Skills.Tests.Warehouses;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Tests.Behaviour;

/// <summary>The behaviour_personas skill in chat, on dealflow's default demo data, through the real engine.</summary>
public sealed class BehaviourPersonasSkillTests(BehaviourChatFixture chat) : IClassFixture<BehaviourChatFixture>
{
    private static readonly DateOnly Start = DealflowBehaviourFixture.AsOf.AddDays(-7);

    public static TheoryData<string> Views =>
    [
        "what kinds of users do we have?",
        "which users drop off the most?",
        "show retention by persona",
        "unbounded retention by persona",
        "suggest experiments for the serial revisers",
        "give me experiment ideas for each persona",
    ];

    [Fact]
    public async Task Asking_what_kinds_of_users_there_are_answers_with_the_persona_table_the_PCA_map_and_drop_off_bars()
    {
        var reply = await chat.Engine.HandleAsync(chat.Say("what kinds of users do we have?", "overview"));

        Assert.Equal(("behaviour_personas", ReplyKind.Answer), (reply.Skill?.Id, reply.Kind));
        var table = Assert.IsType<TableContent>(reply.Contents[1]);
        var map = Assert.IsType<ChartContent>(reply.Contents[2]);
        var bars = Assert.IsType<ChartContent>(reply.Contents[3]);
        Assert.InRange(table.Rows.Count, 3, 8);
        var active = WarehouseQuery.Scalar<long>(chat.WarehousePath,
            $"SELECT COUNT(DISTINCT user_id) FROM events WHERE event_ts >= DATE '{Start:yyyy-MM-dd}' AND event_ts < DATE '{DealflowBehaviourFixture.AsOf:yyyy-MM-dd}'");
        Assert.Equal(active, table.Rows.Sum(r => long.Parse(r[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture)));
        Assert.Equal((ChartKind.Scatter, "PC1", "PC2"), (map.Kind, map.XLabel, map.YLabel));
        Assert.Contains("PCA", map.Title, StringComparison.Ordinal);
        Assert.All(map.Series, s => Assert.Equal(s.Values.Count, s.X!.Count));
        var series = Assert.Single(bars.Series);
        Assert.All(Enumerable.Range(0, series.Values.Count), i => Assert.InRange(series.Values[i], series.Low![i], series.High![i]));
        Assert.Contains("adjusted Rand index", reply.Text, StringComparison.Ordinal);
        Assert.Contains("dropped off = a session that ended in drop_off", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Drop_off_per_persona_counts_the_users_a_direct_query_finds_dropped_off_among_its_members()
    {
        var analysis = await Analyze();

        var reply = await chat.Engine.HandleAsync(chat.Say("which users drop off the most?", "drop-off"));

        var table = Assert.IsType<TableContent>(reply.Contents[1]);
        var dropped = WarehouseQuery.Strings(chat.WarehousePath, $"""
            SELECT CAST(user_id AS VARCHAR) FROM events
            WHERE event_ts >= DATE '{Start:yyyy-MM-dd}' AND event_ts < DATE '{DealflowBehaviourFixture.AsOf:yyyy-MM-dd}'
            GROUP BY user_id
            HAVING COUNT(*) FILTER (WHERE event_type = 'drop_off') > 0 OR MAX(event_ts) < DATE '{DealflowBehaviourFixture.AsOf.AddDays(-14):yyyy-MM-dd}'
            """).ToHashSet(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var members = analysis.Assignments.Where(a => a.Value == row[0]).Select(a => a.Key).ToList();
            Assert.Equal(members.Count.ToString("N0", CultureInfo.InvariantCulture), row[1]);
            Assert.Equal(members.Count(dropped.Contains).ToString("N0", CultureInfo.InvariantCulture), row[2]);
        }

        var rates = table.Rows.Select(r => double.Parse(r[2], NumberStyles.AllowThousands, CultureInfo.InvariantCulture) / double.Parse(r[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(rates.OrderDescending(), rates);
        Assert.StartsWith($"**{table.Rows[0][0]}** drop off the most", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_by_persona_shows_n_day_tables_survival_curves_with_bands_and_the_log_rank_test()
    {
        var reply = await chat.Engine.HandleAsync(chat.Say("show retention by persona", "retention"));

        var table = Assert.IsType<TableContent>(reply.Contents[1]);
        var charts = reply.Contents.OfType<ChartContent>().ToList();
        Assert.Equal(["Persona", "Users", "Day 1", "Day 2", "Day 3", "Day 4", "Day 5", "Day 6"], table.Columns.Select(c => c.Header));
        Assert.Equal(2, charts.Count);
        Assert.All(charts.SelectMany(c => c.Series), s =>
        {
            Assert.Equal(s.Values.Count, s.Low!.Count);
            Assert.All(Enumerable.Range(0, s.Values.Count), i => Assert.InRange(s.Values[i], s.Low[i] - 1e-12, s.High![i] + 1e-12));
        });
        Assert.All(charts[1].Series, s => Assert.Equal(s.Values.OrderDescending(), s.Values));
        Assert.Contains("N-day counts that day only", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Log-rank test", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Experiments_for_the_serial_revisers_go_to_the_persona_that_revises_offers_most_sized_on_its_own_drop_off()
    {
        var analysis = await Analyze();

        var reply = await chat.Engine.HandleAsync(chat.Say("suggest experiments for the serial revisers", "experiments"));

        var cards = Assert.Single(reply.Contents.OfType<TableContent>());
        var persona = analysis.Personas.Single(p => cards.Title == $"Experiments for {p.Name}");
        Assert.Contains("revise offer", persona.Name, StringComparison.OrdinalIgnoreCase);
        Assert.True(cards.Rows.Count >= 3);
        var perArm = ExperimentSizing.UsersPerArm(persona.DropOffRate, 0.05).ToString("N0", CultureInfo.InvariantCulture);
        Assert.All(cards.Rows, row => Assert.Equal(perArm, row[4]));
        Assert.All(cards.Rows, row => Assert.Contains(persona.Name, row[2], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_named_period_is_the_window_analysed_and_stated()
    {
        var reply = await chat.Engine.HandleAsync(chat.Say("what kinds of users do we have in the last 5 days?", "window"));

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Contains("from 17 Nov 2026 to 21 Nov 2026", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Every_number_in_every_view_is_a_value_the_analysis_computed(string request)
    {
        var study = await Study();

        var reply = await chat.Engine.HandleAsync(chat.Say(request, "traced-" + request.Length));

        Assert.Equal(("behaviour_personas", ReplyKind.Answer), (reply.Skill?.Id, reply.Kind));
        var verbatim = PersonaReport.Verbatim(study).Concat(["17 Nov 2026", "15 Nov 2026", "21 Nov 2026", "the last 7 days"]);
        Assert.Empty(NumberTrace.Untraced([.. reply.Contents, new TextContent(reply.Text)], study.Numbers(), verbatim, study.Plotted()));
        Assert.Matches(@"\d", reply.Text);
    }

    [Fact]
    public async Task A_number_changed_in_a_rephrasing_of_the_reply_is_caught()
    {
        var study = await Study();
        var reply = await chat.Engine.HandleAsync(chat.Say("which users drop off the most?", "tampered"));
        var written = NumberTrace.Written(reply.Contents);
        var rate = study.Profiles.Max(p => p.DropOff.Rate);
        var changed = Enumerable.Range(1, 20).Select(k => ExperimentLibrary.Percent(rate + (k / 100.0)))
            .First(p => NumberTrace.Untraced([new TextContent(p)], written, []).Count > 0);
        var rephrased = reply.Text.Replace(ExperimentLibrary.Percent(rate), changed, StringComparison.Ordinal);

        var untraced = NumberTrace.Untraced([new TextContent(rephrased)], written, []);

        Assert.Empty(NumberTrace.Untraced([new TextContent(reply.Text)], written, []));
        Assert.NotEmpty(untraced);
        Assert.All(untraced, u => Assert.Equal(changed.Split(' ')[0], u));
    }

    [Fact]
    public async Task A_workspace_without_an_event_log_hears_that_personas_need_one()
    {
        var reply = await chat.Engine.HandleAsync(chat.Say("what kinds of users do we have?", "no-log") with { TenantId = "acme-retail", UserId = "ana@acme-test", Warehouse = null });

        Assert.Equal(("behaviour_personas", ReplyKind.Answer), (reply.Skill?.Id, reply.Kind));
        Assert.Contains("no product event log", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("users who dropped off last week")]
    [InlineData("founders on the pro plan")]
    public async Task Audience_descriptions_still_build_segments(string request)
    {
        var reply = await chat.Engine.HandleAsync(chat.Say(request, "segment-" + request.Length));

        Assert.Equal(ReplyKind.Segment, reply.Kind);
    }

    private async Task<PersonaAnalysis> Analyze() => (await Study()).Summary;

    private async Task<BehaviourStudy> Study()
    {
        var tenant = RepositoryTenants.Directory.Get("dealflow");
        return await BehaviourAnalysis.StudyAsync(tenant, Warehouse.DuckDb(chat.WarehousePath), Start, DealflowBehaviourFixture.AsOf, new BehaviourStudyOptions());
    }
}
