using System.Globalization;
using System.Text.RegularExpressions;

namespace SegmentAI.Evals.Optimizer;

/// <summary>
/// Edits a skill YAML file as text, so a candidate differs from the live file only in the changed lines (comments and
/// layout kept, which a reviewer reading the diff relies on).
/// </summary>
internal static partial class SkillText
{
    /// <summary>The text with its <c>version:</c> line set to <paramref name="version"/>.</summary>
    public static string WithVersion(string text, string version)
    {
        ArgumentNullException.ThrowIfNull(text);
        return VersionLine().Replace(text, $"version: \"{version}\"", 1);
    }

    /// <summary>The text with the default of parameter <paramref name="name"/> set to <paramref name="value"/>, or null when the parameter is not written as a one-line map.</summary>
    public static string? WithParameterDefault(string text, string name, double value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = new Regex($@"^(?<head>\s+{Regex.Escape(name)}:\s*\{{[^}}\n]*\bdefault:\s*)(?<value>[-0-9.]+)", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        var match = line.Match(text);
        return match.Success
            ? string.Concat(text.AsSpan(0, match.Groups["value"].Index), value.ToString("0.0#", CultureInfo.InvariantCulture), text.AsSpan(match.Groups["value"].Index + match.Groups["value"].Length))
            : null;
    }

    /// <summary>The text with the <c>instructions: |</c> block replaced by <paramref name="instructions"/>, or null when there is no such block.</summary>
    public static string? WithInstructions(string text, string instructions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(instructions);
        var match = InstructionsBlock().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var body = string.Concat(instructions.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n').Split('\n').Select(l => l.Length == 0 ? "\n" : $"  {l}\n"));
        return string.Concat(text.AsSpan(0, match.Index), "instructions: |\n", body, text.AsSpan(match.Index + match.Length));
    }

    /// <summary>The next patch version after the highest of <paramref name="versions"/> (1.0.1 after 1.0.0).</summary>
    public static string NextPatch(IEnumerable<string> versions)
    {
        var highest = versions.Select(v => Version.TryParse(v, out var parsed) ? parsed : null).OfType<Version>().DefaultIfEmpty(new Version(1, 0, 0)).Max()!;
        return string.Create(CultureInfo.InvariantCulture, $"{highest.Major}.{highest.Minor}.{Math.Max(highest.Build, 0) + 1}");
    }

    [GeneratedRegex(@"^version:\s*""?[^""\n]*""?\s*$", RegexOptions.Multiline)]
    private static partial Regex VersionLine();

    [GeneratedRegex(@"^instructions:\s*\|[^\n]*\n(?:(?:[ \t]+[^\n]*)?\n)+", RegexOptions.Multiline)]
    private static partial Regex InstructionsBlock();
}
