namespace SegmentAI.Skills.Warehouses;

/// <summary>What a warehouse generator writes and how much of it.</summary>
/// <param name="OutputPath">Path of the DuckDB file to write; its folder is created when missing.</param>
/// <param name="Size">Number of primary entities (customers, users, employees); at least 1.</param>
/// <param name="Seed">Seed of every random choice; the same seed gives the same rows.</param>
/// <param name="AsOf">Load date: data covers everything before this day's midnight, nothing on or after it.</param>
/// <param name="HistoryDays">Days of event history before <paramref name="AsOf"/>; at least 1.</param>
public sealed record WarehouseGenerationOptions(string OutputPath, int Size, ulong Seed, DateOnly AsOf, int HistoryDays)
{
    /// <summary>First day of event history (inclusive).</summary>
    public DateOnly HistoryStart => AsOf.AddDays(-HistoryDays);

    /// <summary>Throws <see cref="ArgumentException"/> when the options cannot produce a warehouse.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(OutputPath))
        {
            throw new ArgumentException("OutputPath must name a file.", nameof(OutputPath));
        }

        if (Size < 1)
        {
            throw new ArgumentException($"Size must be at least 1 (was {Size}).", nameof(Size));
        }

        if (HistoryDays < 1)
        {
            throw new ArgumentException($"HistoryDays must be at least 1 (was {HistoryDays}).", nameof(HistoryDays));
        }

        // Customers are born up to ~90 years before history starts; keep every derived date representable.
        if (AsOf.DayNumber - HistoryDays < DateOnly.FromDateTime(new DateTime(1900, 1, 1)).DayNumber)
        {
            throw new ArgumentException($"AsOf {AsOf:yyyy-MM-dd} minus {HistoryDays} history days is out of range.", nameof(AsOf));
        }
    }
}
