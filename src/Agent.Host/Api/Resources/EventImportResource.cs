using SegmentAI.Skills.Warehouses.Importing;

namespace SegmentAI.Host.Api.Resources;

/// <summary>What an event import did.</summary>
/// <param name="Tenant">The tenant whose event table the rows went to.</param>
/// <param name="Source">The event source whose mapping read the file.</param>
/// <param name="Format">csv or json_lines.</param>
/// <param name="Outcome">imported, already_imported or rejected.</param>
/// <param name="AlreadyImported">True when the same content was imported before and nothing was written.</param>
/// <param name="Summary">One sentence saying what happened.</param>
/// <param name="RowsRead">Data rows read.</param>
/// <param name="RowsImported">Rows written.</param>
/// <param name="BadRows">Rows that could not be read or converted.</param>
/// <param name="BadRowReasons">"line N: reason" for the first bad rows.</param>
/// <param name="MaxBadRowShare">The share of bad rows above which a file is rejected.</param>
/// <param name="ContentHash">SHA-256 of the uploaded bytes.</param>
/// <param name="PreviouslyImportedAt">When the same content was imported before.</param>
/// <param name="ElapsedSeconds">Time the import took.</param>
internal sealed record EventImportResource(
    string Tenant,
    string Source,
    EventFileFormat Format,
    EventImportOutcome Outcome,
    bool AlreadyImported,
    string Summary,
    long RowsRead,
    long RowsImported,
    long BadRows,
    IReadOnlyList<string> BadRowReasons,
    double MaxBadRowShare,
    string ContentHash,
    DateTimeOffset? PreviouslyImportedAt,
    double ElapsedSeconds)
{
    public static EventImportResource From(string tenant, EventImportReport report) =>
        new(tenant, report.Source, report.Format, report.Outcome, report.Outcome == EventImportOutcome.AlreadyImported, report.Summary,
            report.RowsRead, report.RowsImported, report.BadRows, report.BadRowReasons, report.MaxBadRowShare, report.ContentHash,
            report.PreviouslyImportedAt, Math.Round(report.Elapsed.TotalSeconds, 3));
}
