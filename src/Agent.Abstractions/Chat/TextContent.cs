namespace SegmentAI.Skills.Chat;

/// <summary>Markdown text.</summary>
/// <param name="Text">The text, in markdown.</param>
public sealed record TextContent(string Text) : ReplyContent;
