using SegmentAI.Evals.Optimizer;

namespace SegmentAI.Evals.Tests.Optimizer;

public sealed class OptimizerScheduleTests
{
    [Fact]
    public void Daily_runs_at_the_next_time_of_day_in_utc()
    {
        var schedule = OptimizerSchedule.Parse("daily 02:00");

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero), schedule.Next(new DateTimeOffset(2026, 11, 23, 1, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero), schedule.Next(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_cron_line_with_weekdays_skips_to_the_next_listed_weekday()
    {
        var schedule = OptimizerSchedule.Parse("30 2 * * 1,3");

        // 2026-11-24 is a Tuesday: the next run is Wednesday 02:30.
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 2, 30, 0, TimeSpan.Zero), schedule.Next(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("every day")]
    [InlineData("*/5 2 * * *")]
    [InlineData("0 2 1 * *")]
    [InlineData("daily 25:00")]
    public void A_schedule_outside_the_supported_forms_is_rejected_with_the_forms_it_accepts(string text)
    {
        var error = Assert.Throws<FormatException>(() => OptimizerSchedule.Parse(text));

        Assert.Contains("daily HH:MM", error.Message, StringComparison.Ordinal);
    }
}
