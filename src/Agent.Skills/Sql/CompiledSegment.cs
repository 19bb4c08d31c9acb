using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Sql;

/// <summary>A segment compiled for one warehouse dialect.</summary>
public sealed record CompiledSegment
{
    /// <summary>The validated definition, with ids assigned and default windows filled in.</summary>
    public required SegmentDefinition Definition { get; init; }

    /// <summary>Dialect the SQL targets.</summary>
    public required SqlDialect Dialect { get; init; }

    /// <summary>SQL with every value bound as a positional parameter ($1, $2, ...); returns only the entity key.</summary>
    public required string Sql { get; init; }

    /// <summary>Values for <see cref="Sql"/>, in parameter order.</summary>
    public required IReadOnlyList<object> Parameters { get; init; }

    /// <summary>The same query with quoted literals, runnable as-is on the tenant's warehouse.</summary>
    public required string DisplaySql { get; init; }

    /// <summary>Boolean structure by condition id, e.g. "(C1 AND C2) AND NOT C3".</summary>
    public required string Logic { get; init; }

    /// <summary>Plain-English description of who is in the segment.</summary>
    public required string Description { get; init; }

    /// <summary>Assumptions the compiler made (default windows), stated so the user can correct them.</summary>
    public required IReadOnlyList<string> Assumptions { get; init; }

    /// <summary>Name of the key column the SQL returns.</summary>
    public required string KeyColumn { get; init; }
}
