namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>How far an import has read.</summary>
/// <param name="BytesRead">Bytes of the file read so far.</param>
/// <param name="TotalBytes">The file's length, when known (a file; not a request body of unknown length).</param>
/// <param name="RowsRead">Data rows read so far, good and bad.</param>
public sealed record EventImportProgress(long BytesRead, long? TotalBytes, long RowsRead);
