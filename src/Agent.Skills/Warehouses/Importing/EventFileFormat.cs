namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>How an event export is written.</summary>
public enum EventFileFormat
{
    /// <summary>Decided from the file name's extension, else from the first character that is not blank ('{' is JSON lines).</summary>
    Auto,

    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv,

    /// <summary>One JSON object per line (JSON lines, NDJSON).</summary>
    JsonLines,
}
