namespace SegmentAI.Skills.Dates.Grammar;

/// <summary>Phrases counted from the as-of date: rolling windows, this/last/next periods, to-date periods.</summary>
internal sealed partial class DateGrammar
{
    private Reading? ToDate(string s, DateOnly asOf)
    {
        var match = DatePatterns.ToDate().Match(s);
        if (!match.Success)
        {
            return null;
        }

        var kind = ParseCalendar(match);
        PeriodUnit unit;
        if (match.Groups["abbr"].Success)
        {
            var abbr = match.Groups["abbr"].Value;
            unit = abbr[^3] switch { 'y' => PeriodUnit.Year, 'q' => PeriodUnit.Quarter, 'm' => PeriodUnit.Month, _ => PeriodUnit.Week };
            kind = abbr[0] switch { 'f' => CalendarKind.Fiscal, 'c' => CalendarKind.Gregorian, _ => kind };
        }
        else
        {
            unit = ParseUnit(match.Groups["unit"].Value, out _);
        }

        return InCalendar(kind, unit == PeriodUnit.Quarter, calendar =>
        {
            var (start, _) = PeriodContaining(unit, asOf, calendar);
            var name = PeriodName(unit, start, calendar);
            if (start == asOf)
            {
                var (previous, _) = PeriodContaining(unit, asOf.AddDays(-1), calendar);
                return Reading.Ambiguous(
                    $"The {unit.ToString().ToLowerInvariant()} starts today, so '{s}' has no loaded days yet.",
                    [
                        new("today only (not loaded yet)", asOf, asOf.AddDays(1)),
                        new($"the previous {unit.ToString().ToLowerInvariant()}", previous, asOf),
                    ]);
            }

            var note = name is null
                ? $"From {DateText.Day(start)} up to {DateText.Day(asOf)} (exclusive)"
                : $"{name} to date: {DateText.Range(start, asOf)}";
            if (!calendar.IsGregorian)
            {
                note += $" ({calendar.Describe()})";
            }

            return Reading.Window(start, asOf, note);
        });
    }

    private Reading? Rolling(string s, DateOnly asOf)
    {
        var match = DatePatterns.Rolling().Match(s);
        match = match.Success ? match : DatePatterns.RollingAfterPreposition().Match(s);
        if (!match.Success || !NumberWords.TryParse(match.Groups["n"].Value, out var count, out var vague))
        {
            return null;
        }

        var unit = ParseUnit(match.Groups["unit"].Value, out var multiplier);
        if (Span(unit, (long)count * multiplier) is not { } span)
        {
            return Reading.OutOfRange;
        }

        count = span;
        var forward = match.Groups["dir"].Value is "next" or "coming" or "upcoming" or "following";
        var note = vague ? $"'{match.Groups["n"].Value}' is read as {count}." : null;
        if (unit == PeriodUnit.Decade)
        {
            // Decades are whole: "the past 2 decades" in 2016 are the 1990s and 2000s.
            var decade = DateMath.StartOfDecade(asOf);
            return forward
                ? Reading.Window(decade.AddYears(10), decade.AddYears(10 * (count + 1)), note)
                : Reading.Window(decade.AddYears(-10 * count), decade, note);
        }

        if (forward)
        {
            var first = asOf.AddDays(1);
            return Reading.Window(first, DateMath.Add(first, unit, count), note);
        }

        return Reading.Window(DateMath.Add(asOf, unit, -count), asOf, note);
    }

    private static Reading? RollingOne(string s, DateOnly asOf)
    {
        var match = DatePatterns.RollingOne().Match(s);
        if (!match.Success)
        {
            return null;
        }

        var unitText = match.Groups["unit"].Value;
        var unit = ParseUnit(unitText, out var multiplier);
        var start = DateMath.Add(asOf, unit, -multiplier);
        var last = unitText == "day" ? "yesterday" : $"last {unitText}";
        return Reading.Window(
            start,
            asOf,
            $"'{s}' is read as the rolling window {DateText.Range(start, asOf)}; say '{last}' for the previous {(unitText == "quarter" ? "" : "calendar ")}{unitText}.");
    }

    private Reading? RelativeUnit(string s, DateOnly asOf)
    {
        var match = DatePatterns.RelativeUnit().Match(s);
        if (!match.Success || (!match.Groups["mod"].Success && !match.Groups["cal"].Success))
        {
            return null;
        }

        var unit = ParseUnit(match.Groups["unit"].Value, out _);
        var kind = ParseCalendar(match);
        if (kind is not null && unit is PeriodUnit.Week or PeriodUnit.Month or PeriodUnit.Decade)
        {
            return null;
        }

        var offset = match.Groups["mod"].Value switch
        {
            "last" or "the last" or "previous" or "the previous" or "prior" => -1,
            "next" or "the next" or "coming" or "the coming" or "upcoming" or "the upcoming" or "following" or "the following" => 1,
            _ => 0,
        };
        return Shifted(unit, kind, offset, asOf);
    }

    private Reading? Shifted(PeriodUnit unit, CalendarKind? kind, int offset, DateOnly asOf) =>
        InCalendar(kind, unit is PeriodUnit.Quarter or PeriodUnit.Half, calendar =>
        {
            var (start, _) = PeriodContaining(unit, asOf, calendar);
            start = DateMath.Add(start, unit, offset);
            var end = DateMath.Add(start, unit, 1);
            var name = PeriodName(unit, start, calendar);
            return Reading.Window(start, end, name is null ? null : PeriodNote(name, start, end, calendar));
        });

    private Reading? AfterNext(string s, DateOnly asOf)
    {
        var match = DatePatterns.AfterNext().Match(s);
        if (!match.Success)
        {
            return null;
        }

        var offset = match.Groups["dir"].Value.StartsWith("after", StringComparison.Ordinal) ? 2 : -2;
        if (match.Groups["unit"].Value == "weekend")
        {
            var saturday = ThisSaturday(asOf).AddDays(7 * offset);
            return Reading.Window(saturday, saturday.AddDays(2));
        }

        return Shifted(ParseUnit(match.Groups["unit"].Value, out _), null, offset, asOf);
    }

    /// <summary>Saturday of the weekend in progress, or of the coming one on a weekday.</summary>
    private static DateOnly ThisSaturday(DateOnly asOf) => asOf.DayOfWeek == DayOfWeek.Sunday
        ? asOf.AddDays(-1)
        : asOf.AddDays(((int)DayOfWeek.Saturday - (int)asOf.DayOfWeek + 7) % 7);

    private static Reading? Weekend(string s, DateOnly asOf, bool allowBare)
    {
        var match = DatePatterns.Weekend().Match(s);
        if (!match.Success || (!match.Groups["mod"].Success && !allowBare))
        {
            return null;
        }

        var offset = match.Groups["mod"].Value switch
        {
            "last" or "past" or "previous" or "the last" or "the past" or "the previous" or "this past" => -1,
            "next" or "coming" or "upcoming" or "the coming" or "the next" or "this coming" => 1,
            _ => 0,
        };
        var saturday = ThisSaturday(asOf).AddDays(7 * offset);
        return Reading.Window(saturday, saturday.AddDays(2), $"Weekend of Saturday {DateText.Day(saturday)} and Sunday.");
    }

    private Reading? EarlierLater(string s, DateOnly asOf)
    {
        var match = DatePatterns.EarlierLater().Match(s);
        if (!match.Success)
        {
            return null;
        }

        var unit = ParseUnit(match.Groups["unit"].Value, out _);
        var earlier = match.Groups["which"].Value == "earlier";
        return InCalendar(null, false, calendar =>
        {
            var (start, end) = PeriodContaining(unit, asOf, calendar);
            return earlier ? Reading.Window(start, asOf) : Reading.Window(asOf, end);
        });
    }

    /// <summary>
    /// "late last year", "early next month": the boundaries are a matter of taste, so offer the common cuts
    /// instead of silently choosing one.
    /// </summary>
    private Reading? Fuzzy(string s, DateOnly asOf)
    {
        var match = DatePatterns.Fuzzy().Match(s);
        if (!match.Success)
        {
            return null;
        }

        var period = ParseSingle(match.Groups["rest"].Value, asOf, allowBare: true);
        if (period is { IsOutOfRange: true })
        {
            return period;
        }

        if (period is null || period.IsAmbiguous)
        {
            return null;
        }

        var (start, end) = (period.Start, period.End);
        var part = match.Groups["part"].Value;
        var whole = new ReadingCandidate($"the whole period ({DateText.Range(start, end)})", start, end);
        var yearLike = end == start.AddYears(1);
        DateOnly Cut(int numerator, int denominator) => yearLike
            ? start.AddMonths(12 * numerator / denominator)
            : start.AddDays((end.DayNumber - start.DayNumber) * numerator / denominator);

        ReadingCandidate Candidate(string label, DateOnly from, DateOnly to) =>
            new($"{label} ({DateText.Range(from, to)})", from, to);

        IReadOnlyList<ReadingCandidate> candidates = part switch
        {
            "early" or "beginning of" or "start of" or "the beginning of" or "the start of" =>
                [Candidate("first half", start, Cut(1, 2)), Candidate("first third", start, Cut(1, 3)), whole],
            "late" or "end of" or "the end of" =>
                [Candidate("second half", Cut(1, 2), end), Candidate("last third", Cut(2, 3), end), whole],
            _ => [Candidate("middle third", Cut(1, 3), Cut(2, 3)), whole],
        };
        return Reading.Ambiguous($"'{s}' has no fixed boundaries; choose a window.", candidates);
    }

    private Reading? RestOf(string s, DateOnly asOf)
    {
        var match = DatePatterns.RestOf().Match(s);
        if (!match.Success)
        {
            return null;
        }

        var unit = ParseUnit(match.Groups["unit"].Value, out _);
        return InCalendar(null, unit == PeriodUnit.Quarter, calendar =>
        {
            var (_, end) = PeriodContaining(unit, asOf, calendar);
            return Reading.Window(asOf, end, $"The rest of the period, {DateText.Range(asOf, end)}, has no loaded data yet.");
        });
    }
}
