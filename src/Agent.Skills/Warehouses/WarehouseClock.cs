using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Warehouses;

/// <summary>
/// Opens a tenant's warehouse and fixes the date a turn is answered as of. A demo warehouse records the date its data
/// was generated for, so relative dates ("last month") mean the same on every run; without one the clock decides.
/// </summary>
internal sealed class WarehouseClock(RepositoryLayout layout, TimeProvider time)
{
    public async Task<WarehouseView> OpenAsync(Tenant tenant, string? overridePath, DateOnly? requestedAsOf, CancellationToken cancellationToken = default)
    {
        Warehouse? warehouse = null;
        string? problem = null;
        try
        {
            warehouse = Warehouse.For(tenant, layout.Root, overridePath);
        }
        catch (WarehouseUnavailableException ex)
        {
            problem = ex.Message;
        }

        var asOf = requestedAsOf ?? await RecordedAsOfAsync(warehouse, cancellationToken).ConfigureAwait(false) ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return new WarehouseView(warehouse, problem, asOf);
    }

    private static async Task<DateOnly?> RecordedAsOfAsync(Warehouse? warehouse, CancellationToken cancellationToken)
    {
        if (warehouse is null)
        {
            return null;
        }

        try
        {
            return (await WarehouseMetadata.ReadAsync(warehouse, cancellationToken).ConfigureAwait(false))?.AsOf;
        }
        catch (WarehouseUnavailableException)
        {
            return null;
        }
    }
}
