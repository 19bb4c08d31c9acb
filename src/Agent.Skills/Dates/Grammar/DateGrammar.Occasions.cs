namespace SegmentAI.Skills.Dates.Grammar;

/// <summary>
/// Seasons and retail holidays. Conventions (US retail, northern hemisphere):
/// seasons are meteorological (spring Mar–May, summer Jun–Aug, fall/autumn Sep–Nov, winter Dec–Feb, a
/// winter named by the year its December falls in); the holidays / holiday season run from Black Friday
/// through 31 December; back to school runs 15 July – 15 September; Black Friday weekend and cyber weekend
/// run Friday through Cyber Monday; Memorial Day and Labor Day weekends run Saturday through the Monday.
/// A holiday or season named without a year is the most recent completed one.
/// </summary>
internal sealed partial class DateGrammar
{
    private const string HolidaySeasonConvention = "the holiday season runs from Black Friday through 31 December";

    private static Reading? SeasonPhrase(string s, DateOnly asOf, bool allowBare)
    {
        var match = DatePatterns.SeasonPhrase().Match(s);
        if (!match.Success)
        {
            return null;
        }

        var season = match.Groups["s"].Value;
        var startMonth = season switch
        {
            "spring" => 3,
            "summer" => 6,
            "winter" => 12,
            _ => 9,
        };
        var name = season == "autumn" ? "fall" : season;
        return Occurrence(
            match,
            s,
            asOf,
            allowBare,
            year => (new DateOnly(year, startMonth, 1), new DateOnly(year, startMonth, 1).AddMonths(3)),
            year => $"{name} {year}",
            "seasons are meteorological: spring Mar–May, summer Jun–Aug, fall Sep–Nov, winter Dec–Feb");
    }

    private static Reading? HolidayPhrase(string s, DateOnly asOf, bool allowBare)
    {
        var match = DatePatterns.HolidayPhrase().Match(s);
        if (!match.Success)
        {
            return null;
        }

        var key = match.Groups["h"].Value.Replace("'", string.Empty, StringComparison.Ordinal)
            .Replace('-', ' ')
            .Replace("labour", "labor", StringComparison.Ordinal);
        if (key == "holiday" && !match.Groups["mod"].Success)
        {
            return null;
        }

        if (HolidayWindow(key) is not { } holiday)
        {
            return null;
        }

        var everydayWord = key is not ("black friday" or "black friday weekend" or "cyber weekend" or "cyber monday"
            or "thanksgiving" or "thanksgiving day" or "thanksgiving weekend" or "holiday season" or "holiday shopping season"
            or "memorial day weekend" or "labor day weekend");
        return Occurrence(match, s, asOf, allowBare || !everydayWord, holiday.Window, year => $"{holiday.Name} {year}", holiday.Convention);
    }

    private static (string Name, Func<int, (DateOnly Start, DateOnly End)> Window, string? Convention)? HolidayWindow(string key)
    {
        static (DateOnly, DateOnly) Day(DateOnly date) => (date, date.AddDays(1));

        return key switch
        {
            "black friday" => ("Black Friday", y => Day(HolidayCalendar.BlackFriday(y)), "Black Friday is the day after US Thanksgiving"),
            "black friday weekend" or "cyber weekend" => (
                "Black Friday weekend",
                y => (HolidayCalendar.BlackFriday(y), HolidayCalendar.CyberMonday(y).AddDays(1)),
                "Black Friday weekend runs Friday through Cyber Monday"),
            "cyber monday" => ("Cyber Monday", y => Day(HolidayCalendar.CyberMonday(y)), null),
            "thanksgiving" or "thanksgiving day" => ("Thanksgiving", y => Day(HolidayCalendar.Thanksgiving(y)), "US Thanksgiving, the fourth Thursday of November"),
            "thanksgiving weekend" => (
                "Thanksgiving weekend",
                y => (HolidayCalendar.Thanksgiving(y), HolidayCalendar.Thanksgiving(y).AddDays(4)),
                "Thanksgiving weekend runs Thursday through Sunday"),
            "holidays" or "holiday season" or "holiday shopping season" or "holiday period" or "holiday" or "christmas season" => (
                "holiday season",
                y => (HolidayCalendar.BlackFriday(y), new DateOnly(y + 1, 1, 1)),
                HolidaySeasonConvention),
            "christmas eve" => ("Christmas Eve", y => Day(new DateOnly(y, 12, 24)), null),
            "christmas" or "christmas day" or "xmas" => ("Christmas Day", y => Day(new DateOnly(y, 12, 25)), "Christmas is the day itself; say 'the holidays' for the season"),
            "back to school" or "back to school season" => (
                "back to school",
                y => (new DateOnly(y, 7, 15), new DateOnly(y, 9, 16)),
                "back to school runs 15 July – 15 September"),
            "memorial day" => ("Memorial Day", y => Day(HolidayCalendar.MemorialDay(y)), null),
            "memorial day weekend" => (
                "Memorial Day weekend",
                y => (HolidayCalendar.MemorialDay(y).AddDays(-2), HolidayCalendar.MemorialDay(y).AddDays(1)),
                "Memorial Day weekend runs Saturday through Memorial Day"),
            "labor day" => ("Labor Day", y => Day(HolidayCalendar.LaborDay(y)), null),
            "labor day weekend" => (
                "Labor Day weekend",
                y => (HolidayCalendar.LaborDay(y).AddDays(-2), HolidayCalendar.LaborDay(y).AddDays(1)),
                "Labor Day weekend runs Saturday through Labor Day"),
            "new years eve" => ("New Year's Eve", y => Day(new DateOnly(y, 12, 31)), null),
            "new years" or "new years day" => ("New Year's Day", y => Day(new DateOnly(y, 1, 1)), null),
            "valentines" or "valentines day" => ("Valentine's Day", y => Day(new DateOnly(y, 2, 14)), null),
            "mothers day" => ("Mother's Day", y => Day(HolidayCalendar.MothersDay(y)), "US Mother's Day, the second Sunday of May"),
            "fathers day" => ("Father's Day", y => Day(HolidayCalendar.FathersDay(y)), "US Father's Day, the third Sunday of June"),
            "halloween" => ("Halloween", y => Day(new DateOnly(y, 10, 31)), null),
            "easter" or "easter sunday" => ("Easter Sunday", y => Day(HolidayCalendar.Easter(y)), null),
            "easter weekend" => (
                "Easter weekend",
                y => (HolidayCalendar.Easter(y).AddDays(-2), HolidayCalendar.Easter(y).AddDays(2)),
                "Easter weekend runs Good Friday through Easter Monday"),
            "independence day" or "4th of july" or "fourth of july" => ("Independence Day", y => Day(new DateOnly(y, 7, 4)), null),
            _ => null,
        };
    }

    /// <summary>
    /// Picks the occurrence of a yearly period a phrase means: an explicit year; "this" = the one in
    /// progress or else this year's; "next" = the first one still to start; otherwise ("last", "the",
    /// nothing) the most recent one that is over, because segments need fully loaded periods.
    /// </summary>
    private static Reading? Occurrence(
        System.Text.RegularExpressions.Match match,
        string s,
        DateOnly asOf,
        bool allowBare,
        Func<int, (DateOnly Start, DateOnly End)> window,
        Func<int, string> name,
        string? convention)
    {
        var mod = match.Groups["mod"].Value;
        var hasYear = match.Groups["y"].Success;
        if (!hasYear && mod.Length == 0 && !allowBare)
        {
            return null;
        }

        int year;
        if (hasYear)
        {
            if (mod is not ("" or "the"))
            {
                return null;
            }

            year = Int(match.Groups["y"]);
        }
        else
        {
            switch (mod)
            {
                case "this":
                    year = asOf.Year;
                    foreach (var candidate in new[] { asOf.Year - 1, asOf.Year })
                    {
                        var (start, end) = window(candidate);
                        if (start <= asOf && asOf < end)
                        {
                            year = candidate;
                        }
                    }

                    break;
                case "this year's":
                    year = asOf.Year;
                    break;
                case "last year's":
                    year = asOf.Year - 1;
                    break;
                case "next year's":
                    year = asOf.Year + 1;
                    break;
                case "next" or "the next" or "coming" or "the coming" or "upcoming" or "the upcoming":
                    year = asOf.Year - 1;
                    while (window(year).Start <= asOf)
                    {
                        year++;
                    }

                    break;
                default:
                    year = asOf.Year + 1;
                    while (window(year).End > asOf)
                    {
                        year--;
                    }

                    break;
            }
        }

        if (year is < 2 or > 9997)
        {
            return null;
        }

        var (from, to) = window(year);
        var note = $"'{s}' is read as {name(year)}: {DateText.Range(from, to)}";
        return Reading.Window(from, to, convention is null ? note + "." : $"{note} ({convention}).");
    }
}
