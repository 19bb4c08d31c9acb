using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Dates.Grammar;

/// <summary>
/// Deterministic grammar for English date phrases. Every rule is anchored: it reads a whole, normalised
/// phrase or nothing. Finding phrases inside sentences is the caller's job.
/// </summary>
internal sealed partial class DateGrammar
{
    private readonly CalendarConventions _conventions;
    private readonly FiscalCalendar _fiscal;

    public DateGrammar(CalendarConventions conventions)
    {
        _conventions = conventions;
        _fiscal = new FiscalCalendar(conventions);
    }

    private DayOfWeek WeekStart => _conventions.WeekStart;

    /// <summary>
    /// Reads a normalised phrase. <paramref name="allowBare"/> admits forms that are also ordinary words
    /// ("may", "2016", "fall", "weekend") and should only count as dates when nothing else is around them.
    /// </summary>
    public Reading? Parse(string phrase, DateOnly asOf, bool allowBare)
    {
        try
        {
            return ParseSingle(phrase, asOf, allowBare) ?? ParseRange(phrase, asOf);
        }
        catch (ArgumentOutOfRangeException)
        {
            // DateOnly arithmetic throws past year 9999 or before year 1, far outside the supported range: a rule
            // that got there was asked for such a date (or given an as-of date at the calendar's edge), which
            // deserves the out-of-range answer, not a failed turn.
            return Reading.OutOfRange;
        }
    }

    private Reading? ParseSingle(string s, DateOnly asOf, bool allowBare) =>
        Vague(s, asOf)
        ?? SingleDay(s, asOf)
        ?? ToDate(s, asOf)
        ?? Rolling(s, asOf)
        ?? RollingOne(s, asOf)
        ?? RelativeUnit(s, asOf)
        ?? AfterNext(s, asOf)
        ?? Weekend(s, asOf, allowBare)
        ?? EarlierLater(s, asOf)
        ?? Fuzzy(s, asOf)
        ?? RestOf(s, asOf)
        ?? Quarter(s, asOf)
        ?? Half(s, asOf)
        ?? FiscalYearPhrase(s)
        ?? CalendarYearPhrase(s, allowBare)
        ?? MonthPhrase(s, asOf, allowBare)
        ?? MonthOf(s, asOf)
        ?? WeekNumber(s, asOf)
        ?? NthWeek(s, asOf)
        ?? WeekOf(s, asOf)
        ?? Decade(s, asOf)
        ?? SeasonPhrase(s, asOf, allowBare)
        ?? HolidayPhrase(s, asOf, allowBare)
        ?? WeekdaysOfWeek(s, asOf)
        ?? MonthDayRange(s, asOf)
        ?? Since(s, asOf)
        ?? CountFrom(s, asOf)
        ?? SingleDate(s, asOf, allowBare);

    private static Reading? Vague(string s, DateOnly asOf)
    {
        if (!DatePatterns.Vague().IsMatch(s))
        {
            return null;
        }

        return Reading.Ambiguous(
            $"'{s}' has no fixed length; choose a window (data runs through {DateText.Day(asOf.AddDays(-1))}).",
            [
                new("last 7 days", asOf.AddDays(-7), asOf),
                new("last 30 days", asOf.AddDays(-30), asOf),
                new("last 90 days", asOf.AddDays(-90), asOf),
            ]);
    }

    private static Reading? SingleDay(string s, DateOnly asOf)
    {
        var match = DatePatterns.SingleDay().Match(s);
        if (!match.Success)
        {
            return null;
        }

        var day = asOf.AddDays(match.Groups["w"].Value switch
        {
            "yesterday" => -1,
            "tomorrow" => 1,
            "the day before yesterday" => -2,
            "the day after tomorrow" => 2,
            _ => 0,
        });
        var note = day == asOf ? "Today's data is not loaded yet: the warehouse runs through yesterday." : null;
        return Reading.Window(day, day.AddDays(1), note);
    }

    /// <summary>
    /// <paramref name="count"/> periods of <paramref name="unit"/> as a count to add, or null when even the shortest
    /// such span is longer than the whole supported range, so the arithmetic would overflow before any range check.
    /// </summary>
    private static int? Span(PeriodUnit unit, long count)
    {
        var shortestDays = unit switch
        {
            PeriodUnit.Day => 1,
            PeriodUnit.Week => 7,
            PeriodUnit.Month => 28,
            PeriodUnit.Quarter => 89,
            PeriodUnit.Half => 181,
            PeriodUnit.Year => 365,
            _ => 3652,
        };
        var supportedDays = SupportedDates.Last.DayNumber - SupportedDates.First.DayNumber + 1;
        return count * shortestDays > supportedDays ? null : (int)count;
    }

    private static PeriodUnit ParseUnit(string unit, out int multiplier)
    {
        multiplier = 1;
        switch (unit)
        {
            case "day":
                return PeriodUnit.Day;
            case "week" or "wk":
                return PeriodUnit.Week;
            case "fortnight":
                multiplier = 2;
                return PeriodUnit.Week;
            case "month" or "mo":
                return PeriodUnit.Month;
            case "quarter":
                return PeriodUnit.Quarter;
            case "half":
                return PeriodUnit.Half;
            case "decade":
                return PeriodUnit.Decade;
            default:
                return PeriodUnit.Year;
        }
    }

    private static CalendarKind? ParseCalendar(Match match)
    {
        var value = match.Groups["cal"].Success ? match.Groups["cal"].Value
            : match.Groups["cal2"].Success ? match.Groups["cal2"].Value
            : null;
        return value switch
        {
            "fiscal" or "financial" => CalendarKind.Fiscal,
            "calendar" => CalendarKind.Gregorian,
            _ => null,
        };
    }

    /// <summary>
    /// Runs <paramref name="build"/> in the calendar a phrase means. Unqualified quarters and halves are
    /// ambiguous when the tenant has a non-January fiscal year but counts in calendar terms by default:
    /// both readings are common in such companies, whereas an unqualified year follows the default.
    /// </summary>
    private Reading? InCalendar(CalendarKind? kind, bool subYear, Func<FiscalCalendar, Reading?> build)
    {
        if (kind == CalendarKind.Fiscal)
        {
            return build(_fiscal);
        }

        if (kind == CalendarKind.Gregorian || _fiscal.IsGregorian)
        {
            return build(FiscalCalendar.Gregorian);
        }

        if (_conventions.DefaultCalendar == CalendarKind.Fiscal)
        {
            return build(_fiscal);
        }

        var calendar = build(FiscalCalendar.Gregorian);
        if (!subYear)
        {
            return calendar;
        }

        var fiscal = build(_fiscal);
        if (calendar is null || fiscal is null || calendar.IsAmbiguous || fiscal.IsAmbiguous)
        {
            return calendar ?? fiscal;
        }

        return Reading.Ambiguous(
            $"This tenant's {_fiscal.Describe()}, so a quarter or half without 'fiscal' or 'calendar' can mean either.",
            [
                new($"calendar {calendar.Note}", calendar.Start, calendar.End),
                new($"fiscal {fiscal.Note}", fiscal.Start, fiscal.End),
            ]);
    }

    /// <summary>The period of <paramref name="unit"/> that contains <paramref name="date"/>.</summary>
    private (DateOnly Start, DateOnly End) PeriodContaining(PeriodUnit unit, DateOnly date, FiscalCalendar calendar)
    {
        var start = unit switch
        {
            PeriodUnit.Day => date,
            PeriodUnit.Week => DateMath.StartOfWeek(date, WeekStart),
            PeriodUnit.Month => DateMath.StartOfMonth(date),
            PeriodUnit.Quarter => calendar.QuarterStart(calendar.FiscalYearOf(date), calendar.QuarterOf(date)),
            PeriodUnit.Half => calendar.HalfStart(calendar.FiscalYearOf(date), calendar.HalfOf(date)),
            PeriodUnit.Year => calendar.YearStart(calendar.FiscalYearOf(date)),
            PeriodUnit.Decade => DateMath.StartOfDecade(date),
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
        };
        return (start, DateMath.Add(start, unit, 1));
    }

    /// <summary>"Q4 FY27 means 1 Nov 2026 – 31 Jan 2027 (fiscal year starts 1 February, …)" or "Q3 2016: 1 Jul 2016 – 30 Sep 2016".</summary>
    private static string PeriodNote(string name, DateOnly start, DateOnly end, FiscalCalendar calendar) =>
        calendar.IsGregorian
            ? $"{name}: {DateText.Range(start, end)}"
            : $"{name} means {DateText.Range(start, end)} ({calendar.Describe()})";

    private static string? PeriodName(PeriodUnit unit, DateOnly start, FiscalCalendar calendar)
    {
        var year = calendar.FiscalYearOf(start);
        return unit switch
        {
            PeriodUnit.Quarter => calendar.QuarterName(year, calendar.QuarterOf(start)),
            PeriodUnit.Half => $"H{calendar.HalfOf(start)} {calendar.YearName(year)}",
            PeriodUnit.Year => calendar.YearName(year),
            _ => null,
        };
    }

    private static int MonthNumber(string name) => name[..3] switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    private static DayOfWeek WeekdayOf(string name) => name[..2] switch
    {
        "mo" => DayOfWeek.Monday,
        "tu" => DayOfWeek.Tuesday,
        "we" => DayOfWeek.Wednesday,
        "th" => DayOfWeek.Thursday,
        "fr" => DayOfWeek.Friday,
        "sa" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static int Int(Group group) => int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Two-digit years pivot so that they land no more than ten years after the as-of date.</summary>
    private static int FullYear(string digits, DateOnly asOf)
    {
        var value = int.Parse(digits.TrimStart('\''), System.Globalization.CultureInfo.InvariantCulture);
        if (digits.TrimStart('\'').Length > 2)
        {
            return value;
        }

        var year = 2000 + value;
        return year <= asOf.Year + 10 ? year : year - 100;
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
