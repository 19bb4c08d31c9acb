namespace SegmentAI.Skills.Warehouses.Generation.AcmeRetail;

/// <summary>
/// Retail calendar: weekend-heavy weeks, Thanksgiving → Cyber Monday spike, a December ramp to the
/// 23rd, a closed Christmas Day, a July/August back-to-school bump and a quiet January.
/// </summary>
internal static class AcmeSeasonality
{
    public const int SeasonNormal = 0;
    public const int SeasonHoliday = 1;
    public const int SeasonBackToSchool = 2;
    public const int SeasonSpringSummer = 3;
    public const int SeasonWinter = 4;
    public const int SeasonCount = 5;

    private static readonly double[] WeekdayFactor = [1.20, 0.85, 0.85, 0.88, 0.92, 1.10, 1.35];

    public static DateOnly BlackFriday(int year)
    {
        var first = new DateOnly(year, 11, 1);
        var firstThursday = first.AddDays(((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7);
        return firstThursday.AddDays(21 + 1);
    }

    public static double OrderWeight(DateOnly date)
    {
        var weight = WeekdayFactor[(int)date.DayOfWeek];
        var blackFriday = BlackFriday(date.Year);
        var offset = date.DayNumber - blackFriday.DayNumber;
        weight *= offset switch
        {
            -1 => 1.6,
            0 => 4.2,
            1 => 2.8,
            2 => 2.2,
            3 => 2.3,
            > 3 when date.Month == 11 => 1.35,
            _ => 1.0,
        };

        weight *= date.Month switch
        {
            12 when date.Day <= 23 => 1.55 + 0.04 * date.Day,
            12 when date.Day == 24 => 1.5,
            12 when date.Day == 25 => 0.15,
            12 when date.Day == 26 => 1.6,
            12 => 1.1,
            1 => 0.82,
            2 => 0.9,
            7 when date.Day >= 15 => 1.3,
            8 => 1.35,
            _ => 1.0,
        };

        return weight;
    }

    /// <summary>Which department mix applies on a date.</summary>
    public static int Season(DateOnly date)
    {
        var blackFriday = BlackFriday(date.Year);
        if ((date.Month == 11 && date.DayNumber >= blackFriday.DayNumber - 10) || (date.Month == 12 && date.Day <= 24))
        {
            return SeasonHoliday;
        }

        if ((date.Month == 7 && date.Day >= 15) || date.Month == 8)
        {
            return SeasonBackToSchool;
        }

        if (date.Month is >= 4 and <= 7)
        {
            return SeasonSpringSummer;
        }

        return date.Month is 12 or 1 or 2 ? SeasonWinter : SeasonNormal;
    }

    /// <summary>Department multipliers per season, indexed like <see cref="AcmeCatalogData.DepartmentOrder"/>.</summary>
    public static double DepartmentFactor(int season, string department) => (season, department) switch
    {
        (SeasonHoliday, "Toys") => 3.0,
        (SeasonHoliday, "Electronics") => 2.0,
        (SeasonHoliday, "Video Games") => 2.5,
        (SeasonHoliday, "Apparel") => 1.3,
        (SeasonHoliday, "Beauty") => 1.3,
        (SeasonBackToSchool, "Office") => 4.0,
        (SeasonBackToSchool, "Apparel") => 1.5,
        (SeasonBackToSchool, "Electronics") => 1.3,
        (SeasonSpringSummer, "Garden") => 2.5,
        (SeasonSpringSummer, "Sports & Outdoors") => 1.4,
        (SeasonWinter, "Pharmacy") => 1.5,
        (SeasonWinter, "Garden") => 0.4,
        _ => 1.0,
    };
}
