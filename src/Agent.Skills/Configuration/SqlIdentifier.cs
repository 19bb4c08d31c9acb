using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Configuration;

/// <summary>
/// Table and column names taken from configuration are spliced into SQL, so they must be plain identifiers;
/// anything else is rejected when the file loads.
/// </summary>
internal static partial class SqlIdentifier
{
    /// <summary>True for a plain identifier: a letter or underscore, then letters, digits or underscores (at most 63).</summary>
    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
