using System.Globalization;

namespace SegmentAI.Skills.Warehouses.Generation.AcmeRetail;

/// <summary>
/// The campaign calendar: weekly deals every Thursday, Black Friday and holiday bursts, back-to-school,
/// and monthly themed sends (baby, pets, electronics, loyalty). Purely date-driven, so it needs no randomness.
/// </summary>
internal static class AcmeCampaigns
{
    public static IReadOnlyList<AcmeCampaign> Build(DateOnly historyStart, DateOnly asOf)
    {
        var sends = new List<(DateOnly Date, string Theme, string Name)>();
        for (var date = historyStart; date < asOf; date = date.AddDays(1))
        {
            var label = date.ToString("MMM d yyyy", CultureInfo.InvariantCulture);
            if (date.DayOfWeek == DayOfWeek.Thursday)
            {
                sends.Add((date, "weekly_deals", $"Weekly Deals {label}"));
            }

            var blackFriday = AcmeSeasonality.BlackFriday(date.Year);
            var offset = date.DayNumber - blackFriday.DayNumber;
            if (offset is -7 or -2 or 0 or 3)
            {
                sends.Add((date, "black_friday", offset == 3 ? $"Cyber Monday {date.Year}" : $"Black Friday {label}"));
            }

            if (date.Month == 12 && date.Day is 5 or 12 or 19)
            {
                sends.Add((date, "holiday", $"Holiday Gift Guide {label}"));
            }

            if ((date.Month == 7 && date.Day == 20) || (date.Month == 8 && date.Day == 5))
            {
                sends.Add((date, "back_to_school", $"Back to School {label}"));
            }

            switch (date.Day)
            {
                case 10:
                    sends.Add((date, "baby", $"Baby Savings {label}"));
                    break;
                case 15:
                    sends.Add((date, "pets", $"Pet Pantry {label}"));
                    break;
                case 20:
                    sends.Add((date, "electronics", $"Tech Drops {label}"));
                    break;
                case 25:
                    sends.Add((date, "loyalty", $"Member Rewards {label}"));
                    break;
                default:
                    break;
            }
        }

        // Same-day campaigns go out in separate hourly batches, in list order, so send times never interleave.
        return sends
            .Select((s, i) => new AcmeCampaign(
                $"CMP-{s.Date:yyyyMMdd}-{i + 1:D4}",
                s.Name,
                s.Theme,
                s.Date,
                s.Date.DayNumber - historyStart.DayNumber,
                6 + sends.Take(i).Count(o => o.Date == s.Date)))
            .ToArray();
    }
}
