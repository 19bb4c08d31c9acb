using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Dates.Grammar;

/// <summary>Single dates, "since X", "N days starting X" and explicit ranges "between X and Y".</summary>
internal sealed partial class DateGrammar
{
    /// <summary>
    /// Reads a range end. A date without a year has a past reading (the most recent one before the as-of
    /// date) and a future reading (the next one on or after it), as in Recognizers-Text.
    /// </summary>
    private Anchor? ParsePoint(string s, DateOnly asOf)
    {
        switch (s)
        {
            case "today" or "now":
                return Anchor.Fixed(asOf);
            case "yesterday":
                return Anchor.Fixed(asOf.AddDays(-1));
            case "tomorrow":
                return Anchor.Fixed(asOf.AddDays(1));
        }

        if (CalendarDate(s, asOf) is { } date)
        {
            return date;
        }

        var month = DatePatterns.MonthThenYear().Match(s);
        if (month.Success && !month.Groups["mod"].Success && !month.Groups["ctx"].Success)
        {
            var number = MonthNumber(month.Groups["m"].Value);
            var thisYear = new DateOnly(asOf.Year, number, 1);
            var past = thisYear.AddMonths(1) <= asOf ? thisYear : thisYear.AddYears(-1);
            var future = thisYear >= DateMath.StartOfMonth(asOf) ? thisYear : thisYear.AddYears(1);
            return new Anchor(past, future, false, false);
        }

        var reading = ParseSingle(s, asOf, allowBare: true);
        return reading is null || reading.IsAmbiguous || reading.IsOutOfRange ? null : Anchor.Fixed(reading.Start, reading.End == reading.Start.AddDays(1));
    }

    /// <summary>Explicit calendar days: "Jan 12, 2016", "1st Jan", "10/25", "2019-aug-1", "Friday the 11th", "next Monday".</summary>
    private Anchor? CalendarDate(string s, DateOnly asOf)
    {
        var match = DatePatterns.NumericDate().Match(s);
        if (match.Success)
        {
            var month = match.Groups["mn"].Success ? Int(match.Groups["mn"]) : MonthNumber(match.Groups["m"].Value);
            return DayOfYear(month, Int(match.Groups["d"]), match.Groups["y"], asOf);
        }

        match = DatePatterns.DayThenMonth().Match(s);
        if (!match.Success)
        {
            match = DatePatterns.MonthThenDay().Match(s);
        }

        if (match.Success)
        {
            return DayOfYear(MonthNumber(match.Groups["m"].Value), Int(match.Groups["d"]), match.Groups["y"], asOf);
        }

        match = DatePatterns.DayOfRelativeMonth().Match(s);
        if (match.Success)
        {
            var offset = match.Groups["rel"].Value switch { "next" => 1, "last" or "previous" => -1, _ => 0 };
            var first = DateMath.StartOfMonth(asOf).AddMonths(offset);
            return TryDate(first.Year, first.Month, Int(match.Groups["d"]), out var day) ? Anchor.Fixed(day) : null;
        }

        match = DatePatterns.WeekdayAndDay().Match(s);
        if (match.Success)
        {
            var weekday = WeekdayOf(match.Groups["wd"].Value);
            var day = Int(match.Groups["d"]);
            var past = DayInNearbyMonth(asOf, day, -1, d => d.DayOfWeek == weekday);
            var future = DayInNearbyMonth(asOf, day, 1, d => d.DayOfWeek == weekday);
            return past is { } p && future is { } f ? new Anchor(p, f, false, true) : null;
        }

        match = DatePatterns.TheDay().Match(s);
        if (match.Success)
        {
            var day = Int(match.Groups["d"]);
            var past = DayInNearbyMonth(asOf, day, -1, d => d < asOf);
            var future = DayInNearbyMonth(asOf, day, 1, d => d >= asOf);
            return past is { } p && future is { } f ? new Anchor(p, f, false, true) : null;
        }

        match = DatePatterns.WeekdayPhrase().Match(s);
        return match.Success ? Weekday(match, asOf) : null;
    }

    private static Anchor? DayOfYear(int month, int day, Group year, DateOnly asOf)
    {
        if (year.Success)
        {
            return TryDate(FullYear(year.Value, asOf), month, day, out var date) ? Anchor.Fixed(date) : null;
        }

        // 29 February needs a leap year, so look a few years either way.
        DateOnly? past = null;
        DateOnly? future = null;
        for (var y = asOf.Year; y >= asOf.Year - 8 && past is null; y--)
        {
            if (TryDate(y, month, day, out var date) && date < asOf)
            {
                past = date;
            }
        }

        for (var y = asOf.Year; y <= asOf.Year + 8 && future is null; y++)
        {
            if (TryDate(y, month, day, out var date) && date >= asOf)
            {
                future = date;
            }
        }

        return past is { } p && future is { } f ? new Anchor(p, f, false, true) : null;
    }

    /// <summary>Day <paramref name="day"/> of this month or the nearest month in <paramref name="direction"/> that satisfies <paramref name="accept"/>.</summary>
    private static DateOnly? DayInNearbyMonth(DateOnly asOf, int day, int direction, Func<DateOnly, bool> accept)
    {
        var month = DateMath.StartOfMonth(asOf);
        for (var i = 0; i < 24; i++, month = month.AddMonths(direction))
        {
            if (TryDate(month.Year, month.Month, day, out var date) && accept(date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>"next Friday" is Friday of next week, "last Friday" of last week (Recognizers-Text); a bare weekday is the most recent one before today.</summary>
    private Anchor Weekday(Match match, DateOnly asOf)
    {
        var weekday = WeekdayOf(match.Groups["wd"].Value);
        var thisWeek = DateMath.StartOfWeek(asOf, WeekStart).AddDays(DateMath.Offset(weekday, WeekStart));
        var before = asOf.AddDays(-(((int)asOf.DayOfWeek - (int)weekday + 6) % 7) - 1);
        var after = asOf.AddDays((((int)weekday - (int)asOf.DayOfWeek + 6) % 7) + 1);
        return match.Groups["mod"].Value switch
        {
            "this" => Anchor.Fixed(thisWeek),
            "last" or "previous" => Anchor.Fixed(thisWeek.AddDays(-7)),
            "next" => Anchor.Fixed(thisWeek.AddDays(7)),
            "past" or "this past" => Anchor.Fixed(before),
            "coming" or "this coming" => Anchor.Fixed(after),
            _ => new Anchor(before, asOf.DayOfWeek == weekday ? asOf : after, false, true),
        };
    }

    /// <summary>A single calendar day: "on March 5", "Jan 12, 2016", "last Friday".</summary>
    private Reading? SingleDate(string s, DateOnly asOf, bool allowBare)
    {
        var bareWeekday = DatePatterns.WeekdayPhrase().Match(s) is { Success: true } weekday && !weekday.Groups["mod"].Success;
        if ((bareWeekday || DatePatterns.TheDay().IsMatch(s)) && !allowBare)
        {
            return null;
        }

        if (CalendarDate(s, asOf) is not { } date)
        {
            return null;
        }

        var note = date.HasYear ? null : $"'{s}' is read as {DateText.Day(date.Past)}, the most recent one before the as-of date.";
        return Reading.Window(date.Past, date.Past.AddDays(1), note);
    }

    private Reading? Since(string s, DateOnly asOf)
    {
        var match = DatePatterns.Since().Match(s);
        if (match.Success && DatePatterns.StartOf().Match(match.Groups["p"].Value) is { Success: true } startOf
            && ParseSingle(startOf.Groups["q"].Value, asOf, allowBare: true) is { IsAmbiguous: false, IsOutOfRange: false } period && period.Start < asOf)
        {
            // "since the start of the fiscal year": the start has a fixed day even though "the start of" alone has no end.
            return Reading.Window(period.Start, asOf, $"From {DateText.Day(period.Start)} up to the as-of date {DateText.Day(asOf)} (exclusive).");
        }

        if (!match.Success || ParsePoint(match.Groups["p"].Value, asOf) is not { } point)
        {
            return null;
        }

        // "since March" in November means this year's March; in February, last year's.
        var start = point.Future < asOf ? point.Future : point.Past;
        return Reading.Window(start, asOf, $"From {DateText.Day(start)} up to the as-of date {DateText.Day(asOf)} (exclusive).");
    }

    private Reading? CountFrom(string s, DateOnly asOf)
    {
        var match = DatePatterns.CountFrom().Match(s);
        if (!match.Success
            || !NumberWords.TryParse(match.Groups["n"].Value, out var count, out _)
            || ParsePoint(match.Groups["p"].Value, asOf) is not { } point)
        {
            return null;
        }

        var unit = ParseUnit(match.Groups["unit"].Value, out var multiplier);
        return Span(unit, (long)count * multiplier) is { } span
            ? Reading.Window(point.Past, DateMath.Add(point.Past, unit, span))
            : Reading.OutOfRange;
    }

    private Reading? WeekdaysOfWeek(string s, DateOnly asOf)
    {
        var match = DatePatterns.WeekdaysOfWeek().Match(s);
        if (!match.Success)
        {
            return null;
        }

        var offset = match.Groups["w"].Value switch
        {
            "last" or "the last" or "the previous" or "previous" => -7,
            "next" or "the next" or "coming" or "the coming" => 7,
            _ => 0,
        };
        var week = DateMath.StartOfWeek(asOf, WeekStart).AddDays(offset);
        var from = week.AddDays(DateMath.Offset(WeekdayOf(match.Groups["wd"].Value), WeekStart));
        var to = week.AddDays(DateMath.Offset(WeekdayOf(match.Groups["wd2"].Value), WeekStart));
        return RangeReading(from, to);
    }

    private static Reading? MonthDayRange(string s, DateOnly asOf)
    {
        var match = DatePatterns.MonthDayRange().Match(s);
        if (!match.Success
            || DayOfYear(MonthNumber(match.Groups["m"].Value), Int(match.Groups["a"]), match.Groups["y"], asOf) is not { } from
            || !TryDate(from.Past.Year, from.Past.Month, Int(match.Groups["b"]), out var to))
        {
            return null;
        }

        return RangeReading(from.Past, to);
    }

    /// <summary>
    /// "between X and Y", "from X to Y", "X - Y". Following Recognizers-Text, the window runs from the start
    /// of X up to the start of Y, Y excluded ("from 4 to 22 this month" ends before the 22nd).
    /// </summary>
    private Reading? ParseRange(string s, DateOnly asOf)
    {
        var prefix = DatePatterns.RangePrefix().Match(s);
        var body = prefix.Success ? s[prefix.Length..] : s;
        var between = prefix.Success && prefix.Groups["pre"].Value == "between";
        foreach (Match separator in DatePatterns.RangeSeparator().Matches(body))
        {
            if (separator.Value == "and" && !between)
            {
                continue;
            }

            var left = body[..separator.Index].Trim();
            var right = body[(separator.Index + separator.Length)..].Trim();
            if (left.Length > 0 && right.Length > 0 && Range(left, right, asOf) is { } reading)
            {
                return reading;
            }
        }

        return null;
    }

    private Reading? Range(string left, string right, DateOnly asOf)
    {
        var leftDay = DatePatterns.DayOnly().Match(left);
        var rightDay = DatePatterns.DayOnly().Match(right);
        if (leftDay.Success && rightDay.Success)
        {
            return null;
        }

        if (leftDay.Success)
        {
            // "from 4 to 22 this month": the first day borrows the month and year of the second.
            if (ParsePoint(right, asOf) is not { IsDay: true } end
                || !TryDate(end.Past.Year, end.Past.Month, Int(leftDay.Groups["d"]), out var start))
            {
                return null;
            }

            return RangeReading(start, end.Past);
        }

        if (rightDay.Success)
        {
            if (ParsePoint(left, asOf) is not { IsDay: true } start
                || !TryDate(start.Past.Year, start.Past.Month, Int(rightDay.Groups["d"]), out var end))
            {
                return null;
            }

            return RangeReading(start.Past, end);
        }

        if (ParsePoint(left, asOf) is not { } from || ParsePoint(right, asOf) is not { } to)
        {
            return null;
        }

        var begin = from.Past;
        var finish = to.Past;
        if (!from.HasYear && to.HasYear && TryDate(to.Past.Year, from.Past.Month, from.Past.Day, out var sameYear) && sameYear < finish)
        {
            begin = sameYear;
        }

        if (finish < begin)
        {
            finish = to.Future;
        }

        return RangeReading(begin, finish);
    }

    private static Reading? RangeReading(DateOnly start, DateOnly end) => Reading.Window(
        start,
        end,
        $"{DateText.Range(start, end)}; the end point {DateText.Day(end)} itself is excluded (Recognizers-Text convention).");
}
