using DuckDB.NET.Data;
using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Statistics;
using Xunit.Abstractions;

namespace SegmentAI.Skills.Tests.Behaviour;

public sealed class PersonaRetentionTests(DealflowBehaviourFixture dealflow, ITestOutputHelper output) : IClassFixture<DealflowBehaviourFixture>
{
    [Fact]
    public async Task Each_persona_gets_retention_tables_and_a_drop_off_curve_and_the_curves_are_compared()
    {
        var personas = PersonaProfiles.Describe(dealflow.Features, PersonaClustering.Run(dealflow.Features, new PersonaClusteringOptions { StabilityReruns = 0 }));
        var activity = await ReadActivityAsync();

        var (retention, comparison) = PersonaRetention.Compute(personas, activity, 7);

        Assert.Equal(dealflow.Features.Users.Order(StringComparer.Ordinal), activity.Keys.Order(StringComparer.Ordinal));
        foreach (var (persona, curves) in personas.Zip(retention))
        {
            output.WriteLine($"{persona.Name}: N-day {string.Join(" ", curves.NDay.Rates.Select(r => $"{r.Rate:P0}"))} | unbounded {string.Join(" ", curves.Unbounded.Rates.Select(r => $"{r.Rate:P0}"))} | median days to drop-off {KaplanMeier.Median(curves.Survival)?.ToString("0.0") ?? "not reached"}");
            Assert.Equal(persona.Members.Count, curves.NDay.Size);
            Assert.Equal(1.0, curves.NDay.Rates[0].Rate);
            Assert.All(curves.Unbounded.Retained.Zip(curves.NDay.Retained), p => Assert.True(p.First >= p.Second));
            Assert.All(curves.Unbounded.Retained.Skip(1).Zip(curves.Unbounded.Retained.Skip(2)), p => Assert.True(p.First >= p.Second || curves.Unbounded.Eligible[1] != curves.Unbounded.Eligible[2]));
            Assert.All(curves.Survival.Zip(curves.Survival.Skip(1)), p => Assert.True(p.First.Survival >= p.Second.Survival));
        }

        Assert.NotNull(comparison);
        Assert.Equal(personas.Count - 1, comparison.DegreesOfFreedom);
        output.WriteLine($"log-rank chi-square {comparison.ChiSquare:0.0} on {comparison.DegreesOfFreedom} df, p {comparison.PValue:0.####}");
        Assert.True(comparison.PValue < 0.001, "personas planted with different drop-off rates must have different drop-off curves");
    }

    [Fact]
    public async Task A_users_active_days_are_counted_from_their_own_first_day()
    {
        var activity = await ReadActivityAsync();

        Assert.All(activity.Values, a => Assert.Contains(0, a.Retention.ActivePeriods));
        Assert.All(activity.Values, a => Assert.InRange(a.Retention.ObservablePeriods, 1, 7));
        Assert.All(activity.Values, a => Assert.All(a.Retention.ActivePeriods, d => Assert.InRange(d, 0, a.Retention.ObservablePeriods - 1)));
        Assert.All(activity.Values, a => Assert.InRange(a.DropOff.Time, 0, 7));
    }

    private async Task<IReadOnlyDictionary<string, UserActivity>> ReadActivityAsync()
    {
        await using var connection = new DuckDBConnection($"Data Source={dealflow.Path};ACCESS_MODE=READ_ONLY");
        await connection.OpenAsync();
        return await UserActivityQuery.ReadAsync(connection, DealflowBehaviourFixture.Log, DealflowBehaviourFixture.AsOf.AddDays(-7), DealflowBehaviourFixture.AsOf);
    }
}
