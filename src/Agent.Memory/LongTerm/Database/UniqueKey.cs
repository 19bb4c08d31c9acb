namespace SegmentAI.Memory.LongTerm.Database;

/// <summary>A unique index a store turns violations of into a domain error (PostgreSQL names the index, SQLite the columns).</summary>
/// <param name="Table">Table.</param>
/// <param name="Index">Index name.</param>
/// <param name="Columns">Its columns, in order.</param>
internal sealed record UniqueKey(string Table, string Index, IReadOnlyList<string> Columns)
{
    /// <summary>Active segment names are unique per tenant.</summary>
    public static UniqueKey ActiveSegmentName { get; } = new("saved_segments", "saved_segments_active_name", ["tenant_id", "name_key"]);
}
