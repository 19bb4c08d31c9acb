using SegmentAI.Skills.Warehouses.Generation.AcmeRetail;
using SegmentAI.Skills.Warehouses.Generation.ContosoWorkforce;
using SegmentAI.Skills.Warehouses.Generation.Dealflow;

namespace SegmentAI.Skills.Warehouses.Generation;

/// <summary>Catalog of the demo-warehouse generators, keyed by tenant generator id.</summary>
public static class WarehouseGenerators
{
    /// <summary>Every generator, in a fixed order.</summary>
    public static IReadOnlyList<IWarehouseGenerator> All { get; } =
        [new AcmeRetailGenerator(), new DealflowGenerator(), new ContosoWorkforceGenerator()];

    /// <summary>Known generator ids ("acme-retail", "dealflow", "contoso-workforce").</summary>
    public static IReadOnlyList<string> Ids { get; } = All.Select(g => g.TenantId).ToArray();

    /// <summary>Returns the generator for <paramref name="generatorId"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The id is not a known generator.</exception>
    public static IWarehouseGenerator Get(string generatorId)
    {
        ArgumentNullException.ThrowIfNull(generatorId);
        return All.FirstOrDefault(g => string.Equals(g.TenantId, generatorId.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException(
                $"Unknown warehouse generator '{generatorId}'. Known generators: {string.Join(", ", Ids)}.",
                nameof(generatorId));
    }
}
