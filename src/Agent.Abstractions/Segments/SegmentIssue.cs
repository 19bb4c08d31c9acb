namespace SegmentAI.Skills.Segments;

/// <summary>One reason a segment definition is invalid for a tenant.</summary>
/// <param name="Path">Where in the definition, e.g. <c>C2.values[0]</c> or <c>$.root.children[1]</c>.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record SegmentIssue(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
