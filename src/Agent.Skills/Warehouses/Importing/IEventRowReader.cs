namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>Reads the data rows of an event file one at a time.</summary>
internal interface IEventRowReader
{
    /// <summary>Reads the next data row into <paramref name="row"/>; false at the end of the file.</summary>
    ValueTask<bool> ReadAsync(EventRawRow row, CancellationToken cancellationToken = default);
}
