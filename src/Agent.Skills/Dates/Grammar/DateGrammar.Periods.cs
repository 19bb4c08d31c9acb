using System.Globalization;
using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Dates.Grammar;

/// <summary>Named periods: quarters, halves, years, months, weeks and decades.</summary>
internal sealed partial class DateGrammar
{
    private Reading? Quarter(string s, DateOnly asOf) =>
        NumberedPart(DatePatterns.QuarterThenYear().Match(s), DatePatterns.YearThenQuarter(), s, asOf, quarters: true);

    private Reading? Half(string s, DateOnly asOf) =>
        NumberedPart(DatePatterns.HalfThenYear().Match(s), DatePatterns.YearThenHalf(), s, asOf, quarters: false);

    /// <summary>Quarter or half of a year: "Q3", "the third quarter of 2016", "Q1 FY26", "2016H2".</summary>
    private Reading? NumberedPart(Match match, Regex yearFirst, string s, DateOnly asOf, bool quarters)
    {
        if (!match.Success)
        {
            match = yearFirst.Match(s);
            if (!match.Success)
            {
                return null;
            }
        }

        var number = quarters ? QuarterNumber(match) : HalfNumber(match);
        YearRef? year = null;
        if (match.Groups["ctx"].Success)
        {
            year = ParseYearContext(match.Groups["ctx"].Value, asOf);
            if (year is null)
            {
                return null;
            }
        }

        var kind = ParseCalendar(match) ?? year?.Kind;
        return InCalendar(kind, subYear: true, calendar =>
        {
            DateOnly Start(int fy) => quarters ? calendar.QuarterStart(fy, number) : calendar.HalfStart(fy, number);
            DateOnly End(int fy) => Start(fy).AddMonths(quarters ? 3 : 6);
            int fiscalYear;
            string? assumption = null;
            if (year is { Year: int explicitYear })
            {
                fiscalYear = explicitYear;
            }
            else if (year is { } relative)
            {
                fiscalYear = calendar.FiscalYearOf(asOf) + relative.Offset;
            }
            else
            {
                fiscalYear = calendar.FiscalYearOf(asOf) + 1;
                while (End(fiscalYear) > asOf)
                {
                    fiscalYear--;
                }

                assumption = "; without a year it is the most recent completed one";
            }

            var name = quarters
                ? calendar.QuarterName(fiscalYear, number)
                : $"H{number} {calendar.YearName(fiscalYear)}";
            return Reading.Window(Start(fiscalYear), End(fiscalYear), PeriodNote(name, Start(fiscalYear), End(fiscalYear), calendar) + assumption);
        });
    }

    private static int QuarterNumber(Match match) => match.Groups["q"].Success
        ? Int(match.Groups["q"])
        : match.Groups["qw"].Value switch
        {
            "first" or "1st" => 1,
            "second" or "2nd" => 2,
            "third" or "3rd" => 3,
            _ => 4,
        };

    private static int HalfNumber(Match match) => match.Groups["h"].Success
        ? Int(match.Groups["h"])
        : match.Groups["hw"].Value is "first" or "1st" ? 1 : 2;

    /// <summary>A year named inside a phrase: a number, "FY26", "calendar 2025", "this year", "last fiscal year".</summary>
    private readonly record struct YearRef(CalendarKind? Kind, int? Year, int Offset);

    private static YearRef? ParseYearContext(string ctx, DateOnly asOf)
    {
        CalendarKind? kind = ctx.Contains("fiscal", StringComparison.Ordinal) || ctx.Contains("financial", StringComparison.Ordinal) || ctx.StartsWith("fy", StringComparison.Ordinal)
            ? CalendarKind.Fiscal
            : ctx.StartsWith("cy", StringComparison.Ordinal) || ctx.Contains("calendar", StringComparison.Ordinal)
                ? CalendarKind.Gregorian
                : null;
        var digits = ctx[(ctx.AsSpan().LastIndexOfAnyExcept("0123456789") + 1)..];
        if (digits.Length > 0)
        {
            return new YearRef(kind, FullYear(digits, asOf), 0);
        }

        var offset = ctx.StartsWith("last", StringComparison.Ordinal) || ctx.StartsWith("previous", StringComparison.Ordinal) ? -1
            : ctx.StartsWith("next", StringComparison.Ordinal) ? 1
            : 0;
        return new YearRef(kind, null, offset);
    }

    private Reading? FiscalYearPhrase(string s)
    {
        var match = DatePatterns.FiscalYear().Match(s);
        if (!match.Success)
        {
            return null;
        }

        var digits = match.Groups["y"].Value;
        var year = digits.Length == 2 ? 2000 + Int(match.Groups["y"]) : Int(match.Groups["y"]);
        var start = _fiscal.YearStart(year);
        var end = _fiscal.YearEnd(year);
        return Reading.Window(start, end, PeriodNote(_fiscal.IsGregorian ? $"FY{year % 100:00}" : _fiscal.YearName(year), start, end, _fiscal));
    }

    private Reading? CalendarYearPhrase(string s, bool allowBare)
    {
        var match = DatePatterns.CalendarYear().Match(s);
        if (!match.Success || (!match.Groups["kw"].Success && !allowBare && match.Groups["y"].Length == 4))
        {
            return null;
        }

        var year = Int(match.Groups["y"]);
        if (year is < 1 or > 9998)
        {
            return null;
        }

        var note = !_fiscal.IsGregorian && _conventions.DefaultCalendar == CalendarKind.Fiscal
            ? $"{year} is read as the calendar year; say FY{year % 100:00} for the fiscal year."
            : null;
        return Reading.Window(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1), note);
    }

    private static Reading? MonthPhrase(string s, DateOnly asOf, bool allowBare)
    {
        var match = DatePatterns.MonthThenYear().Match(s);
        if (match.Success)
        {
            return NamedMonth(match, s, asOf, allowBare);
        }

        match = DatePatterns.YearThenMonth().Match(s);
        if (match.Success)
        {
            var start = new DateOnly(Int(match.Groups["y"]), MonthNumber(match.Groups["m"].Value), 1);
            return Reading.Window(start, start.AddMonths(1));
        }

        match = DatePatterns.NumericMonth().Match(s);
        if (match.Success && Int(match.Groups["y"]) is >= 1000 and <= 9998)
        {
            var start = new DateOnly(Int(match.Groups["y"]), Int(match.Groups["mn"]), 1);
            return Reading.Window(start, start.AddMonths(1));
        }

        return null;
    }

    private static Reading? NamedMonth(Match match, string s, DateOnly asOf, bool allowBare)
    {
        var name = match.Groups["m"].Value;
        var month = MonthNumber(name);
        var mod = match.Groups["mod"].Value;
        var ctx = match.Groups["ctx"];
        var ordinaryWord = name is "may" or "march" or "mar";
        if (!ctx.Success && mod.Length == 0 && ordinaryWord && !allowBare)
        {
            return null;
        }

        int year;
        string? note = null;
        if (ctx.Success)
        {
            year = ctx.Value switch
            {
                "this year" => asOf.Year,
                "last year" => asOf.Year - 1,
                "next year" => asOf.Year + 1,
                _ => FullYear(ctx.Value, asOf),
            };
        }
        else if (mod == "this")
        {
            year = asOf.Year;
        }
        else if (mod is "last" or "previous" or "the previous")
        {
            year = asOf.Year - 1;
            note = $"'{s}' is read as {MonthTitle(month)} of the previous year ({MonthTitle(month)} {year}).";
        }
        else if (mod is "next" or "coming" or "the coming" or "upcoming")
        {
            year = asOf.Year + 1;
        }
        else
        {
            year = new DateOnly(asOf.Year, month, 1).AddMonths(1) <= asOf ? asOf.Year : asOf.Year - 1;
            note = $"'{s}' is read as the most recent complete {MonthTitle(month)} ({MonthTitle(month)} {year}).";
        }

        if (year is < 1 or > 9998)
        {
            return null;
        }

        var start = new DateOnly(year, month, 1);
        return Reading.Window(start, start.AddMonths(1), note);
    }

    private static string MonthTitle(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private Reading? MonthOf(string s, DateOnly asOf)
    {
        var match = DatePatterns.MonthOf().Match(s);
        if (!match.Success || ParsePoint(match.Groups["p"].Value, asOf) is not { } point)
        {
            return null;
        }

        var start = DateMath.StartOfMonth(point.Past);
        return Reading.Window(start, start.AddMonths(1));
    }

    private Reading? WeekNumber(string s, DateOnly asOf)
    {
        var match = DatePatterns.WeekNumber().Match(s);
        if (!match.Success)
        {
            return null;
        }

        var year = match.Groups["y"].Success ? Int(match.Groups["y"]) : asOf.Year;
        var start = DateMath.WeekOfYear(year, Int(match.Groups["n"]), WeekStart);
        return Reading.Window(
            start,
            start.AddDays(7),
            $"Week {match.Groups["n"].Value} of {year} counts weeks ISO-style (week 1 holds 4 January), starting on {WeekStart}.");
    }

    /// <summary>"the first week of October", "the last week of 2015": a week belongs to the period holding most of its days.</summary>
    private Reading? NthWeek(string s, DateOnly asOf)
    {
        var match = DatePatterns.NthWeek().Match(s);
        if (!match.Success)
        {
            return null;
        }

        var period = ParseSingle(match.Groups["rest"].Value, asOf, allowBare: true);
        if (period is { IsOutOfRange: true })
        {
            return period;
        }

        if (period is null || period.IsAmbiguous || period.End.DayNumber - period.Start.DayNumber < 28)
        {
            return null;
        }

        var index = match.Groups["nth"].Value switch
        {
            "first" or "1st" => 0,
            "second" or "2nd" => 1,
            "third" or "3rd" => 2,
            "fourth" or "4th" => 3,
            "fifth" or "5th" => 4,
            _ => -1,
        };
        var start = index < 0
            ? DateMath.StartOfWeek(period.End.AddDays(-4), WeekStart)
            : DateMath.StartOfWeek(period.Start.AddDays(3), WeekStart).AddDays(7 * index);
        return start < period.End ? Reading.Window(start, start.AddDays(7)) : null;
    }

    private Reading? WeekOf(string s, DateOnly asOf)
    {
        var match = DatePatterns.WeekOf().Match(s);
        if (!match.Success || ParsePoint(match.Groups["p"].Value, asOf) is not { IsDay: true } point)
        {
            return null;
        }

        var start = match.Groups["of"].Success ? DateMath.StartOfWeek(point.Past, WeekStart) : point.Past;
        return Reading.Window(start, start.AddDays(7));
    }

    private static Reading? Decade(string s, DateOnly asOf)
    {
        int decadeStart;
        var match = DatePatterns.NumericDecade().Match(s);
        if (match.Success)
        {
            decadeStart = match.Groups["full"].Success
                ? Int(match.Groups["full"])
                : MostRecentDecade(Int(match.Groups["short"]), asOf);
        }
        else
        {
            match = DatePatterns.WordDecade().Match(s);
            if (!match.Success)
            {
                return null;
            }

            if (match.Groups["z"].Success)
            {
                decadeStart = 2000;
            }
            else
            {
                var tens = match.Groups["w"].Value switch
                {
                    "tens" => 10,
                    "twenties" => 20,
                    "thirties" => 30,
                    "forties" => 40,
                    "fifties" => 50,
                    "sixties" => 60,
                    "seventies" => 70,
                    "eighties" => 80,
                    _ => 90,
                };
                var century = match.Groups["cent"].Value;
                if (century.Length == 0 && tens == 10)
                {
                    return null;
                }

                decadeStart = century switch
                {
                    "nineteen" => 1900 + tens,
                    "" => MostRecentDecade(tens, asOf),
                    _ => 2000 + tens,
                };
            }
        }

        if (decadeStart is < 10 or > 9980)
        {
            return null;
        }

        return Reading.Window(new DateOnly(decadeStart, 1, 1), new DateOnly(decadeStart + 10, 1, 1));
    }

    /// <summary>"the 70s" is the most recent decade ending in 70 that has started.</summary>
    private static int MostRecentDecade(int tens, DateOnly asOf)
    {
        var year = asOf.Year - (asOf.Year % 100) + tens;
        return year <= asOf.Year ? year : year - 100;
    }
}
