using SegmentAI.Skills.Dates;
using static SegmentAI.Skills.Tests.Dates.DateAssert;

namespace SegmentAI.Skills.Tests.Dates;

public sealed class DateWindowTests
{
    [Fact]
    public void Formats_as_half_open_iso_range()
    {
        var window = new DateWindow(D("2026-10-23"), D("2026-11-22"), "the last 30 days");

        Assert.Equal("2026-10-23..2026-11-22 (exclusive)", window.ToString());
        Assert.Equal(30, window.Days);
        Assert.Equal(D("2026-11-21"), window.LastDay);
    }

    [Theory]
    [InlineData("2026-11-22", "2026-11-22")]
    [InlineData("2026-11-23", "2026-11-22")]
    public void Rejects_empty_or_inverted_windows(string start, string end)
    {
        Assert.Throws<ArgumentException>(() => new DateWindow(D(start), D(end), "x"));
    }
}
