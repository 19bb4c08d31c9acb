namespace SegmentAI.Skills.Catalog;

/// <summary>A column of a warehouse table, written <c>table.column</c> in catalogs.</summary>
/// <param name="Table">Table name.</param>
/// <param name="Column">Column name.</param>
public sealed record ColumnReference(string Table, string Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Table}.{Column}";
}
