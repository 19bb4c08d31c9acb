using System.Collections.Concurrent;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// Builds each tenant's facet index once, on the first turn that needs it. A build that fails is forgotten, so a
/// later turn tries again; meanwhile the retriever falls back to fuzzy search.
/// </summary>
internal sealed class FacetIndexWarmup(FacetIndexBuilder builder)
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> _builds = new(StringComparer.Ordinal);

    /// <summary>Waits for <paramref name="tenant"/>'s index, starting its build if none is under way.</summary>
    public async Task EnsureAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        // The build is shared by every turn of the tenant, so one caller's cancellation must not cancel it.
        var build = _builds.GetOrAdd(tenant.Id, _ => new Lazy<Task>(() => builder.BuildAsync(tenant, CancellationToken.None)));
        try
        {
            await build.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (VectorIndexException)
        {
            _builds.TryRemove(tenant.Id, out _);
        }
    }
}
