namespace SegmentAI.Skills.Chat;

/// <summary>A table of computed values; each row has one cell per column, already formatted for reading.</summary>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Rows">The rows, each a cell per column.</param>
public sealed record TableContent(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : ReplyContent;
