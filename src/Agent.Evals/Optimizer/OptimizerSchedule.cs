using System.Globalization;

namespace SegmentAI.Evals.Optimizer;

/// <summary>
/// When the scheduled optimizer runs, in UTC. Two forms: <c>daily HH:MM</c>, or a 5-field cron subset
/// <c>minute hour * * day-of-week</c> where minute and hour are single numbers, day-of-month and month must be
/// <c>*</c>, and day-of-week is <c>*</c> or a comma list of 0–6 (0 is Sunday). Ranges, steps and names are not
/// supported; a schedule using them is rejected with a message saying so.
/// </summary>
internal sealed record OptimizerSchedule(int Hour, int Minute, IReadOnlySet<DayOfWeek> Days)
{
    /// <summary>Reads <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">The schedule is neither form; the message says what is accepted.</exception>
    public static OptimizerSchedule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts is ["daily", var time] && TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return new OptimizerSchedule(at.Hour, at.Minute, Enum.GetValues<DayOfWeek>().ToHashSet());
        }

        if (parts is [var minute, var hour, "*", "*", var days]
            && int.TryParse(minute, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 0 and < 60
            && int.TryParse(hour, NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h is >= 0 and < 24
            && WeekDays(days) is { } set)
        {
            return new OptimizerSchedule(h, m, set);
        }

        throw new FormatException(
            $"Optimizer:Schedule '{text}' is not understood; write \"daily HH:MM\" (UTC, e.g. \"daily 02:00\") or a cron line \"minute hour * * day-of-week\" with single numbers for minute and hour and * or a list of 0-6 for the weekday (e.g. \"0 2 * * 1,3,5\")");
    }

    /// <summary>The first run strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset after)
    {
        var utc = after.ToUniversalTime();
        for (var day = 0; day <= 7; day++)
        {
            var date = utc.Date.AddDays(day);
            var candidate = new DateTimeOffset(date.Year, date.Month, date.Day, Hour, Minute, 0, TimeSpan.Zero);
            if (candidate > utc && Days.Contains(candidate.DayOfWeek))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("An optimizer schedule has at least one weekday.");
    }

    private static HashSet<DayOfWeek>? WeekDays(string text)
    {
        if (text == "*")
        {
            return Enum.GetValues<DayOfWeek>().ToHashSet();
        }

        var days = new HashSet<DayOfWeek>();
        foreach (var part in text.Split(','))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 0 or > 6)
            {
                return null;
            }

            days.Add((DayOfWeek)day);
        }

        return days;
    }
}
