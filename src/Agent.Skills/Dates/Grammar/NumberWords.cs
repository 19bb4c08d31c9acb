using System.Globalization;

namespace SegmentAI.Skills.Dates.Grammar;

/// <summary>Reads counts such as "30", "thirty", "twenty-one", "a", "a couple of", "a few".</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11,
        ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Parses a count; <paramref name="vague"/> is set for "few"/"couple", whose value is a convention.</summary>
    public static bool TryParse(string text, out int value, out bool vague)
    {
        vague = false;
        var t = text.Trim();
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return value > 0;
        }

        if (t.Length > 0 && t.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            // Digits too many for an int ("the last 99999999999 days") are still a count: the largest one, so the
            // phrase reads as a date past the supported range instead of not as a date at all.
            value = int.MaxValue;
            return true;
        }

        if (t.EndsWith("few", StringComparison.Ordinal))
        {
            value = 3;
            vague = true;
            return true;
        }

        if (t.Contains("couple", StringComparison.Ordinal))
        {
            value = 2;
            vague = true;
            return true;
        }

        if (Units.TryGetValue(t, out value))
        {
            return true;
        }

        var parts = t.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 1 or 2 && Tens.TryGetValue(parts[0], out var tens))
        {
            if (parts.Length == 1)
            {
                value = tens;
                return true;
            }

            if (Units.TryGetValue(parts[1], out var unit) && unit is > 0 and < 10 && parts[1] is not ("a" or "an"))
            {
                value = tens + unit;
                return true;
            }
        }

        value = 0;
        return false;
    }
}
