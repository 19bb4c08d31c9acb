using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Dates.Grammar;
using static SegmentAI.Skills.Tests.Dates.DateAssert;

namespace SegmentAI.Skills.Tests.Dates;

public sealed class AmbiguityTests
{
    /// <summary>A tenant with a February fiscal year that nevertheless defaults to calendar terms.</summary>
    private static readonly CalendarConventions FiscalButCalendarDefault = new(2, FiscalYearNaming.EndYear, DayOfWeek.Monday, CalendarKind.Gregorian);

    private readonly DateExpressionResolver _resolver = new(Gregorian);

    [Theory]
    [InlineData("recently")]
    [InlineData("recent")]
    [InlineData("lately")]
    public void Flags_recently_as_ambiguous(string phrase)
    {
        var resolution = _resolver.Resolve(phrase, AsOf);

        Assert.Equal(DateResolutionStatus.Ambiguous, resolution.Status);
        Assert.Null(resolution.Window);
        Assert.Equal([7, 30, 90], resolution.Candidates.Select(c => c.Window.Days));
        Assert.All(resolution.Candidates, c => Assert.Equal(AsOf, c.Window.End));
        Assert.NotNull(resolution.Note);
    }

    [Fact]
    public void Flags_unqualified_quarter_as_ambiguous_when_fiscal_year_differs_from_calendar_default()
    {
        var resolver = new DateExpressionResolver(FiscalButCalendarDefault);

        var resolution = resolver.Resolve("Q3", AsOf);

        Assert.Equal(DateResolutionStatus.Ambiguous, resolution.Status);
        Assert.Collection(
            resolution.Candidates,
            calendar => Assert.Equal((D("2026-07-01"), D("2026-10-01")), (calendar.Window.Start, calendar.Window.End)),
            fiscal => Assert.Equal((D("2026-08-01"), D("2026-11-01")), (fiscal.Window.Start, fiscal.Window.End)));
        Assert.StartsWith("calendar", resolution.Candidates[0].Label, StringComparison.Ordinal);
        Assert.StartsWith("fiscal", resolution.Candidates[1].Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolves_qualified_quarter_without_ambiguity_for_the_same_tenant()
    {
        var resolver = new DateExpressionResolver(FiscalButCalendarDefault);

        Resolved(resolver.Resolve("fiscal Q3", AsOf), "2026-08-01", "2026-11-01");
        Resolved(resolver.Resolve("Q3 FY27", AsOf), "2026-08-01", "2026-11-01");
    }

    [Fact]
    public void Does_not_flag_bare_last_year_as_ambiguous()
    {
        var resolver = new DateExpressionResolver(FiscalButCalendarDefault);

        Resolved(resolver.Resolve("last year", AsOf), "2025-01-01", "2026-01-01");
    }

    [Fact]
    public void Does_not_flag_Q3_for_a_calendar_tenant()
    {
        Resolved(_resolver.Resolve("Q3", AsOf), "2026-07-01", "2026-10-01");
    }

    [Fact]
    public void Offers_cuts_for_fuzzy_late_last_year()
    {
        var resolution = _resolver.Resolve("late last year", AsOf);

        Assert.Equal(DateResolutionStatus.Ambiguous, resolution.Status);
        Assert.Contains(resolution.Candidates, c => c.Window.Start == D("2025-07-01") && c.Window.End == D("2026-01-01"));
        Assert.Contains(resolution.Candidates, c => c.Window.Start == D("2025-01-01") && c.Window.End == D("2026-01-01"));
    }

    [Fact]
    public void Returns_not_found_for_text_that_is_not_a_date()
    {
        Assert.Same(DateResolution.NotFound, _resolver.Resolve("customers who bought diapers", AsOf));
        Assert.Same(DateResolution.NotFound, _resolver.Resolve("last 30 days and toys", AsOf));
        Assert.Same(DateResolution.NotFound, _resolver.Resolve("   ", AsOf));
    }
}
