using System.Globalization;
using SegmentAI.Skills.Dates;

namespace SegmentAI.Skills.Tests.Dates;

/// <summary>Shared fixtures: the as-of date most tests use and the two tenants' conventions.</summary>
internal static class DateAssert
{
    /// <summary>A Sunday, a few days before Thanksgiving 2026.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 22);

    public static readonly CalendarConventions Gregorian = CalendarConventions.Gregorian;

    /// <summary>acme-retail: fiscal year from 1 February, named by the year it ends in, fiscal by default.</summary>
    public static readonly CalendarConventions Acme = new(2, FiscalYearNaming.EndYear, DayOfWeek.Monday, CalendarKind.Fiscal);

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateWindow Resolved(DateResolution resolution, string start, string end)
    {
        Assert.Equal(DateResolutionStatus.Resolved, resolution.Status);
        Assert.NotNull(resolution.Window);
        Assert.Equal((D(start), D(end)), (resolution.Window.Start, resolution.Window.End));
        return resolution.Window;
    }
}
