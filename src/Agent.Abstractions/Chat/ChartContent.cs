namespace SegmentAI.Skills.Chat;

/// <summary>
/// A chart as data and a spec, never pixels: each channel draws it its own way (an SVG in the page, a PNG in Slack
/// and Teams, text in a terminal).
/// </summary>
public sealed record ChartContent : ReplyContent
{
    /// <summary>How it is drawn.</summary>
    public required ChartKind Kind { get; init; }

    /// <summary>The categories along the x axis.</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>The series drawn over the categories.</summary>
    public required IReadOnlyList<ChartSeries> Series { get; init; }

    /// <summary>The x axis' label.</summary>
    public string? XLabel { get; init; }

    /// <summary>The y axis' label.</summary>
    public string? YLabel { get; init; }

    /// <summary>The unit of the values (customers, %).</summary>
    public string? Unit { get; init; }
}
