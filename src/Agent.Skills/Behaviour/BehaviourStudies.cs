using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// Keeps recent persona analyses a few minutes per tenant, warehouse content, window and settings, so the follow-up
/// questions of a conversation ("which users drop off the most?", "show retention by persona") read the analysis the
/// first question ran instead of clustering a hundred thousand users again. A regenerated or re-imported DuckDB file
/// has a new stamp, so it is analysed afresh.
/// </summary>
internal sealed class BehaviourStudies : IDisposable
{
    /// <summary>How long an analysis is reused.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    // One entry holds every user's features and assignment; a few dozen windows bound the memory.
    private const int Kept = 16;

    private readonly RecentAnalyses<object, BehaviourStudy> _recent = new(Kept, Lifetime);

    /// <summary>The analysis of the days [<paramref name="start"/>, <paramref name="end"/>), run once per lifetime.</summary>
    /// <exception cref="BehaviourAnalysisException">As <see cref="BehaviourAnalysis.StudyAsync"/>.</exception>
    /// <exception cref="WarehouseUnavailableException">As <see cref="BehaviourAnalysis.StudyAsync"/>.</exception>
    public Task<BehaviourStudy> GetAsync(
        Tenant tenant, Warehouse warehouse, DateOnly start, DateOnly end, BehaviourStudyOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(warehouse);
        var key = (tenant.Id, tenant.Config.Behaviour, warehouse.ContentStamp() ?? warehouse.Location, start, end, options);
        return _recent.GetAsync(key, () => BehaviourAnalysis.StudyAsync(tenant, warehouse, start, end, options, CancellationToken.None), cancellationToken);
    }

    /// <inheritdoc/>
    public void Dispose() => _recent.Dispose();
}
