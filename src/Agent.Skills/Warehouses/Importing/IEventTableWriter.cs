namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>Writes rows to the event table inside the import's transaction, as fast as the warehouse takes them.</summary>
internal interface IEventTableWriter : IAsyncDisposable
{
    /// <summary>Writes one row: a value (or null) for every column of the table, in table order.</summary>
    ValueTask WriteAsync(object?[] row, CancellationToken cancellationToken = default);

    /// <summary>Sends what is still buffered; the rows are in the transaction afterwards (committed or rolled back with it).</summary>
    ValueTask CompleteAsync(CancellationToken cancellationToken = default);
}
