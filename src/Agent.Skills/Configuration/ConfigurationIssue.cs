namespace SegmentAI.Skills.Configuration;

/// <summary>One problem found while loading a configuration file, pinned to its place in the file.</summary>
/// <param name="File">Path of the file as given to the loader.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Field">Dotted path of the offending field, e.g. <c>dates.fiscal_year_start_month</c>.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
public sealed record ConfigurationIssue(string File, int Line, int Column, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var place = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        return string.IsNullOrEmpty(Field) ? $"{place}: {Message}" : $"{place}: {Field}: {Message}";
    }
}
