namespace SegmentAI.Skills.Chat;

/// <summary>A column of a <see cref="TableContent"/>.</summary>
/// <param name="Header">The column's heading.</param>
/// <param name="Numeric">Whether its cells are numbers (right-aligned).</param>
public sealed record TableColumn(string Header, bool Numeric = false);
