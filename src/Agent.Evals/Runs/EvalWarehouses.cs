using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;

namespace SegmentAI.Evals.Runs;

/// <summary>
/// The small, deterministic warehouses suites run on: one DuckDB file per tenant with a fixed size, seed and as-of
/// date, generated into <see cref="Directory"/> the first time it is needed and reused afterwards. The file name
/// carries size, seed and date, so changing one of them generates a new file instead of reusing a stale one.
/// </summary>
public sealed class EvalWarehouses(string directory) : IDisposable
{
    /// <summary>The as-of date of every eval warehouse (the suites' reference windows are computed for it).</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 22);

    /// <summary>The seed of every eval warehouse.</summary>
    public const ulong Seed = 13;

    private static readonly Dictionary<string, int> Sizes = new(StringComparer.Ordinal)
    {
        ["acme-retail"] = 3_000,
        ["dealflow"] = 1_000,
        ["contoso-workforce"] = 400,
    };

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The folder the files are kept in.</summary>
    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>The warehouse file of <paramref name="tenantId"/>, generated when missing; null when no generator serves the tenant.</summary>
    public async Task<string?> EnsureAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        if (!Sizes.TryGetValue(tenantId, out var size) || !WarehouseGenerators.Ids.Contains(tenantId))
        {
            return null;
        }

        var path = Path.Combine(Directory, $"{tenantId}-{size}-s{Seed}-{AsOf:yyyy-MM-dd}.duckdb");
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!File.Exists(path))
            {
                var generator = WarehouseGenerators.Get(tenantId);
                await generator.GenerateAsync(new WarehouseGenerationOptions(path, size, Seed, AsOf, generator.DefaultHistoryDays), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }

        return path;
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
