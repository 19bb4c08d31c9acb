namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>What an import did: rows read, written and refused (with the first reasons), how long it took and the outcome.</summary>
public sealed record EventImportReport
{
    /// <summary>The event source whose mapping read the file.</summary>
    public required string Source { get; init; }

    /// <summary>The format the file was read as.</summary>
    public required EventFileFormat Format { get; init; }

    /// <summary>SHA-256 of the file's bytes (lower-case hex): the same content is imported once.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Data rows read (header and blank lines not counted).</summary>
    public required long RowsRead { get; init; }

    /// <summary>Rows written to the event table (0 unless <see cref="Outcome"/> is <see cref="EventImportOutcome.Imported"/>).</summary>
    public required long RowsImported { get; init; }

    /// <summary>Rows that could not be read or converted.</summary>
    public required long BadRows { get; init; }

    /// <summary>Why rows were bad, "line N: reason", for the first <see cref="EventImporter.MaxReportedBadRows"/> of them.</summary>
    public IReadOnlyList<string> BadRowReasons { get; init; } = [];

    /// <summary>The share of bad rows above which the file is rejected.</summary>
    public required double MaxBadRowShare { get; init; }

    /// <summary>Time the import took.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>What became of the file.</summary>
    public required EventImportOutcome Outcome { get; init; }

    /// <summary>When the same content was imported before (for <see cref="EventImportOutcome.AlreadyImported"/>).</summary>
    public DateTimeOffset? PreviouslyImportedAt { get; init; }

    /// <summary>One sentence saying what happened, e.g. "already imported on 2026-12-07 (20,348,741 rows)".</summary>
    public required string Summary { get; init; }

    /// <summary>Share of the rows read that were bad (0 for an empty file).</summary>
    public double BadRowShare => RowsRead == 0 ? 0 : (double)BadRows / RowsRead;
}
