using System.Globalization;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// Finds a tenant's behavioural personas over a window: features in one warehouse query, clusters with their
/// stability, and each persona's name, size and drop-off with its interval.
/// </summary>
public static class BehaviourAnalysis
{
    /// <summary>Analyses the days [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="warehouse"/>.</summary>
    /// <exception cref="BehaviourAnalysisException">The tenant declares no event log, or too few users were active.</exception>
    /// <exception cref="WarehouseUnavailableException">The warehouse cannot be opened.</exception>
    public static async Task<PersonaAnalysis> AnalyzeAsync(Tenant tenant, Warehouse warehouse, DateOnly start, DateOnly end, CancellationToken cancellationToken = default) =>
        (await StudyAsync(tenant, warehouse, start, end, new BehaviourStudyOptions(), cancellationToken).ConfigureAwait(false)).Summary;

    /// <summary>
    /// The personas of the days [<paramref name="start"/>, <paramref name="end"/>) with their retention tables,
    /// survival curves and log-rank test, experiment ideas and PCA map.
    /// </summary>
    /// <exception cref="BehaviourAnalysisException">The tenant declares no event log, or too few users were active.</exception>
    /// <exception cref="WarehouseUnavailableException">The warehouse cannot be opened.</exception>
    internal static async Task<BehaviourStudy> StudyAsync(
        Tenant tenant, Warehouse warehouse, DateOnly start, DateOnly end, BehaviourStudyOptions study, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(study);
        var log = tenant.Config.Behaviour
            ?? throw new BehaviourAnalysisException($"{tenant.Config.DisplayName} has no product event log configured; add a behaviour: section to tenants/{tenant.Id}/tenant.yaml");
        if (end <= start)
        {
            throw new BehaviourAnalysisException($"the window {start:yyyy-MM-dd}..{end:yyyy-MM-dd} is empty; its end must come after its start");
        }

        var timer = new PhaseTimer();
        BehaviourFeatureTable features;
        IReadOnlyDictionary<string, UserActivity> activity;
        await using (var connection = await warehouse.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            features = await BehaviourFeatures.ComputeAsync(connection, log, start, end, cancellationToken).ConfigureAwait(false);
            activity = await UserActivityQuery.ReadAsync(connection, log, start, end, cancellationToken).ConfigureAwait(false);
        }

        timer.Lap("feature query");

        var options = new PersonaClusteringOptions();
        if (features.Users.Count < options.MinClusters * 10)
        {
            throw new BehaviourAnalysisException(
                $"only {features.Users.Count.ToString(CultureInfo.InvariantCulture)} users were active from {start:yyyy-MM-dd} to {end.AddDays(-1):yyyy-MM-dd}; personas need at least {options.MinClusters * 10}. Try a longer window.");
        }

        var clusters = PersonaClustering.Run(features, options, timer);
        var personas = PersonaProfiles.Describe(features, clusters);
        var assignments = personas.SelectMany(p => p.Members.Select(m => (m, p.Name))).ToDictionary(p => p.m, p => p.Name, StringComparer.Ordinal);
        timer.Lap("profiles");
        var summary = new PersonaAnalysis(
            tenant.Id,
            start,
            end,
            features.Users.Count,
            clusters.Stability,
            clusters.Stability >= options.StableAbove,
            personas.Select(Summary).ToList(),
            assignments,
            PersonaProfiles.DropOffDefinition(log));
        var periods = Math.Clamp(study.RetentionPeriods, 2, Math.Max(2, end.DayNumber - start.DayNumber));
        var (retention, comparison) = PersonaRetention.Compute(personas, activity, periods);
        timer.Lap("retention and survival");
        var (map, explained) = Map(clusters, study.MapPointsPerPersona, options.Seed);
        timer.Lap("PCA map");
        var windowDays = end.DayNumber - start.DayNumber;
        var experiments = personas.Select(p => ExperimentLibrary.Shipped.Propose(p, windowDays, study.ExperimentsPerPersona, study.MinimumDetectableEffect)).ToList();
        timer.Lap("experiments");
        return new BehaviourStudy(
            summary with { Phases = timer.Phases }, personas, clusters, options, map, explained, retention, comparison, periods, experiments, log.InactiveDays, (int)log.SessionGap.TotalMinutes);
    }

    // The first two principal components of the clustered features, fitted on everyone; each persona's points are a
    // seeded sample so a map of a hundred thousand users stays readable and the same on every run.
    private static (IReadOnlyList<IReadOnlyList<(double X, double Y)>> Map, IReadOnlyList<double> Explained) Map(PersonaClusters clusters, int perPersona, int seed)
    {
        var pca = PrincipalComponents.Fit(clusters.Points);
        var map = new List<IReadOnlyList<(double X, double Y)>>();
        foreach (var cluster in clusters.Labels.Distinct().Order())
        {
            var rows = Enumerable.Range(0, clusters.Labels.Count).Where(i => clusters.Labels[i] == cluster).ToList();
            var random = new Random(seed + cluster);
            var chosen = rows.Count <= perPersona ? rows : rows.OrderBy(_ => random.Next()).Take(perPersona).Order().ToList();
            map.Add(chosen.Select(i => pca.Project(clusters.Points[i])).Select(p => (p[0], p.Length > 1 ? p[1] : 0)).ToList());
        }

        return (map, pca.ExplainedShare);
    }

    private static PersonaSummary Summary(PersonaProfile persona)
    {
        var interval = persona.DropOff.Wilson();
        return new PersonaSummary(
            persona.Name,
            persona.Members.Count,
            persona.Share,
            persona.DropOff.Rate,
            interval.Low,
            interval.High,
            persona.Traits.Take(3).Select(Words).ToList())
        {
            Descriptions = persona.Descriptions.Take(3).Select(Words).ToList(),
        };
    }

    private static string Words(PersonaTrait trait) =>
        $"{trait.Feature} {ExperimentLibrary.Format(trait.Feature, trait.Persona)} vs {ExperimentLibrary.Format(trait.Feature, trait.Overall)} overall";
}
