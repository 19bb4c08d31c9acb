namespace SegmentAI.Skills.Chat;

/// <summary>How a <see cref="ChartContent"/> is drawn.</summary>
public enum ChartKind
{
    /// <summary>One bar per category.</summary>
    Bar,

    /// <summary>A line through the points, in category order.</summary>
    Line,

    /// <summary>A line with the area under it filled.</summary>
    Area,

    /// <summary>Unconnected points.</summary>
    Scatter,
}
