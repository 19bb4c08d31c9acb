using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Warehouses;

/// <summary>
/// The one way a saved or submitted definition reaches a warehouse, for the REST API, the web estimate and the
/// command line alike: open the tenant's warehouse, fix the as-of date (the one asked for, else the definition's,
/// else the date the warehouse was generated for, else today on the clock), compile.
/// </summary>
public sealed class SegmentRunner(RepositoryLayout layout, TimeProvider time)
{
    /// <summary>Prepares <paramref name="definition"/> to run on the tenant's warehouse (or <paramref name="warehouseFile"/>).</summary>
    /// <exception cref="WarehouseUnavailableException">The warehouse does not exist or cannot be opened.</exception>
    /// <exception cref="SegmentValidationException">The definition no longer fits the tenant's catalog.</exception>
    public async Task<SegmentRun> PrepareAsync(
        SegmentDefinition definition, Tenant tenant, DateOnly? asOf = null, string? warehouseFile = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(tenant);
        var warehouse = Warehouse.For(tenant, layout.Root, warehouseFile);
        var date = asOf
            ?? definition.AsOf
            ?? (await WarehouseMetadata.ReadAsync(warehouse, cancellationToken).ConfigureAwait(false))?.AsOf
            ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return new SegmentRun(SegmentCompiler.Compile(definition, tenant, warehouse.Dialect, date), warehouse, date);
    }
}
