using System.Globalization;
using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Skills;

/// <summary>Semantic versions of skills and the constitution: <c>major.minor.patch</c>, compared numerically.</summary>
public static partial class SkillVersion
{
    /// <summary>True when <paramref name="text"/> is <c>major.minor.patch</c> with plain numbers.</summary>
    public static bool IsValid(string? text) => text is not null && Shape().IsMatch(text);

    /// <summary>Orders versions numerically (1.10.0 after 1.9.0); invalid versions sort first.</summary>
    public static int Compare(string left, string right) => Key(left).CompareTo(Key(right));

    private static (int, int, int) Key(string version)
    {
        if (!IsValid(version))
        {
            return (-1, -1, -1);
        }

        var parts = version.Split('.').Select(p => int.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        return (parts[0], parts[1], parts[2]);
    }

    [GeneratedRegex(@"^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$")]
    private static partial Regex Shape();
}
