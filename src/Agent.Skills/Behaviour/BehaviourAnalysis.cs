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
    public static async Task<PersonaAnalysis> AnalyzeAsync(Tenant tenant, Warehouse warehouse, DateOnly start, DateOnly end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(warehouse);
        var log = tenant.Config.Behaviour
            ?? throw new BehaviourAnalysisException($"{tenant.Config.DisplayName} has no product event log configured; add a behaviour: section to tenants/{tenant.Id}/tenant.yaml");
        if (end <= start)
        {
            throw new BehaviourAnalysisException($"the window {start:yyyy-MM-dd}..{end:yyyy-MM-dd} is empty; its end must come after its start");
        }

        var timer = new PhaseTimer();
        BehaviourFeatureTable features;
        await using (var connection = await warehouse.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            features = await BehaviourFeatures.ComputeAsync(connection, log, start, end, cancellationToken).ConfigureAwait(false);
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
        return new PersonaAnalysis(
            tenant.Id,
            start,
            end,
            features.Users.Count,
            clusters.Stability,
            clusters.Stability >= options.StableAbove,
            personas.Select(Summary).ToList(),
            assignments,
            PersonaProfiles.DropOffDefinition(log))
        {
            Phases = timer.Phases,
        };
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
