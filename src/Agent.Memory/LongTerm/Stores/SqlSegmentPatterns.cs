using Dapper;
using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.LongTerm.Stores;

/// <summary>
/// Successful segment patterns in long-term memory. Similarity is ranked in process with the shared
/// <see cref="SimilarSegments.Rank"/> over the tenant's newest <see cref="SimilarSegments.MaxCandidates"/>
/// patterns, so every store suggests the same segments.
/// </summary>
internal sealed class SqlSegmentPatterns : ISegmentPatternStore
{
    private readonly LongTermDatabase _database;

    /// <summary>Creates the store over <paramref name="database"/>.</summary>
    public SqlSegmentPatterns(LongTermDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public Task RecordAsync(SegmentPattern pattern, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern.TenantId, nameof(pattern));
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern.SegmentId, nameof(pattern));
        ArgumentNullException.ThrowIfNull(pattern.UserId, nameof(pattern));
        ArgumentNullException.ThrowIfNull(pattern.Request, nameof(pattern));
        ArgumentNullException.ThrowIfNull(pattern.SegmentName, nameof(pattern));
        ArgumentNullException.ThrowIfNull(pattern.DefinitionJson, nameof(pattern));
        return _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(_database.Command(
                """
                INSERT INTO segment_patterns (tenant_id, segment_id, user_id, request, segment_name, definition_json, at)
                VALUES (@TenantId, @SegmentId, @UserId, @Request, @SegmentName, @DefinitionJson, @at)
                ON CONFLICT (tenant_id, segment_id) DO UPDATE SET
                    user_id = excluded.user_id, request = excluded.request, segment_name = excluded.segment_name,
                    definition_json = excluded.definition_json, at = excluded.at
                """,
                new { pattern.TenantId, pattern.SegmentId, pattern.UserId, pattern.Request, pattern.SegmentName, pattern.DefinitionJson, at = _database.Time(pattern.At) },
                transaction,
                cancellationToken)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SimilarSegment>> FindSimilarAsync(string tenantId, string request, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(request);
        if (limit <= 0)
        {
            return Task.FromResult<IReadOnlyList<SimilarSegment>>([]);
        }

        return _database.ReadAsync(
            async connection =>
            {
                var rows = await connection.QueryAsync<PatternRow>(_database.Command(
                    """
                    SELECT tenant_id AS TenantId, user_id AS UserId, request AS Request, segment_name AS SegmentName, segment_id AS SegmentId,
                           definition_json AS DefinitionJson, at AS At
                    FROM segment_patterns WHERE tenant_id = @tenantId ORDER BY at DESC LIMIT @candidates
                    """,
                    new { tenantId, candidates = SimilarSegments.MaxCandidates },
                    null,
                    cancellationToken)).ConfigureAwait(false);
                return SimilarSegments.Rank(rows.Select(r => r.ToPattern()), request, limit);
            },
            cancellationToken);
    }

    private sealed class PatternRow
    {
        public string TenantId { get; init; } = "";

        public string UserId { get; init; } = "";

        public string Request { get; init; } = "";

        public string SegmentName { get; init; } = "";

        public string SegmentId { get; init; } = "";

        public string DefinitionJson { get; init; } = "";

        public object At { get; init; } = "";

        public SegmentPattern ToPattern() => new(TenantId, UserId, Request, SegmentName, SegmentId, DefinitionJson, LongTermDatabase.ReadTime(At));
    }
}
