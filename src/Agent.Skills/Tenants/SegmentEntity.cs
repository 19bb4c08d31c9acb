namespace SegmentAI.Skills.Tenants;

/// <summary>What a tenant's segments are made of.</summary>
/// <param name="Table">Entity table (customers, users, employees).</param>
/// <param name="Key">Key column, the only column a segment returns.</param>
/// <param name="Noun">Plural noun used in replies ("customers").</param>
/// <param name="Singular">Singular noun ("customer").</param>
public sealed record SegmentEntity(string Table, string Key, string Noun, string Singular);
