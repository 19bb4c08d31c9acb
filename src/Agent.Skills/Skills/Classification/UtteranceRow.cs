namespace SegmentAI.Skills.Skills.Classification;

/// <summary>The text model's input row; ML.NET binds it by property name.</summary>
internal sealed class UtteranceRow
{
    public string Text { get; set; } = "";

    public string Intent { get; set; } = "";
}
