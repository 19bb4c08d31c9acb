using System.Globalization;
using SegmentAI.Skills.Behaviour;

namespace SegmentAI.Host.Web.Dashboard;

/// <summary>
/// The dashboard's query string, which is also its shareable link: <c>days</c> (window length, default 7),
/// <c>asOf</c> (the day after the window, <c>YYYY-MM-DD</c>; the warehouse's date when left out) and <c>persona</c>
/// (the persona drilled into, from 1).
/// </summary>
/// <param name="Days">Days in the window.</param>
/// <param name="AsOf">The day after the window, or null for the warehouse's own date.</param>
/// <param name="Persona">The persona drilled into (1 = the largest), or null for none.</param>
internal sealed record DashboardQuery(int Days, DateOnly? AsOf, int? Persona)
{
    public const int DefaultDays = 7;

    /// <summary>Reads the parameters; on a bad one, <paramref name="problem"/> says which and what it should be.</summary>
    public static DashboardQuery? Parse(string? days, string? asOf, string? persona, out string? problem)
    {
        problem = null;
        var window = DefaultDays;
        if (!string.IsNullOrWhiteSpace(days) && (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out window) || window < 1 || window > PersonaDashboards.MaxDays))
        {
            problem = $"days must be a whole number of days from 1 to {PersonaDashboards.MaxDays.ToString(CultureInfo.InvariantCulture)}, such as days=7 or days=30.";
            return null;
        }

        DateOnly? end = null;
        if (!string.IsNullOrWhiteSpace(asOf))
        {
            if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                problem = "asOf must be a date written YYYY-MM-DD, such as asOf=2026-11-22: the day after the last day analysed.";
                return null;
            }

            end = day;
        }

        int? chosen = null;
        if (!string.IsNullOrWhiteSpace(persona))
        {
            if (!int.TryParse(persona, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                problem = "persona must be a persona's number, from 1 for the largest, such as persona=2.";
                return null;
            }

            chosen = number;
        }

        return new DashboardQuery(window, end, chosen);
    }
}
