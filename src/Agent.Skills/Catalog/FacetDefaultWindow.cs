namespace SegmentAI.Skills.Catalog;

/// <summary>
/// The window an event facet's conditions get when the user names none, overriding the tenant's default. A facet
/// that describes a state rather than an event (a licence an employee holds) reads all its rows, whatever their date.
/// </summary>
/// <param name="Days">Trailing days before the as-of date; null for all time.</param>
public sealed record FacetDefaultWindow(int? Days)
{
    /// <summary>No time filter: every event row counts.</summary>
    public static FacetDefaultWindow AllTime { get; } = new((int?)null);

    /// <summary>True when the facet is read without a time filter.</summary>
    public bool IsAllTime => Days is null;
}
