using System.Data.Common;
using Dapper;
using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.LongTerm.Stores;

/// <summary>
/// The query log, segment audit trail, execution traces and error patterns in long-term memory. A turn's rows
/// are written in one transaction: a failure in any statement leaves none of them.
/// </summary>
internal sealed class SqlInteractionLog : IInteractionLog
{
    private const string SelectTurns = """
        SELECT q.tenant_id AS TenantId, q.user_id AS UserId, q.session_id AS SessionId, q.turn AS Turn,
               q.channel AS Channel, q.query AS Query, q.as_of AS AsOf, q.intent AS Intent, q.intent_confidence AS IntentConfidence,
               q.skill_id AS SkillId, q.skill_version AS SkillVersion, q.reply_kind AS ReplyKind, q.problem AS Problem,
               q.latency_ms AS LatencyMs, q.llm_calls AS LlmCalls, q.tokens AS Tokens, q.at AS At, q.message_id AS MessageId,
               a.definition_json AS DefinitionJson, a.confidence AS Confidence, a.retrieved_facets AS RetrievedFacets,
               a.inferred_values AS InferredValues, t.steps AS Steps
        FROM query_log q
        LEFT JOIN segment_audit a ON a.query_log_id = q.id
        LEFT JOIN execution_traces t ON t.query_log_id = q.id
        """;

    private readonly LongTermDatabase _database;

    /// <summary>Creates the log over <paramref name="database"/>.</summary>
    public SqlInteractionLog(LongTermDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public Task RecordTurnAsync(TurnRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.TenantId, nameof(record));
        ArgumentNullException.ThrowIfNull(record.UserId, nameof(record));
        ArgumentNullException.ThrowIfNull(record.SessionId, nameof(record));
        ArgumentNullException.ThrowIfNull(record.Query, nameof(record));
        ArgumentNullException.ThrowIfNull(record.ReplyKind, nameof(record));
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                if (await InsertQueryAsync(connection, transaction, record, cancellationToken).ConfigureAwait(false) is not { } id)
                {
                    // This message id is logged already: the turn is not logged twice.
                    return 0L;
                }
                if (record.DefinitionJson is not null || record.Confidence is not null || record.RetrievedFacets.Count > 0 || record.InferredValues.Count > 0)
                {
                    await InsertAuditAsync(connection, transaction, id, record, cancellationToken).ConfigureAwait(false);
                }

                if (record.Trace.Count > 0)
                {
                    await connection.ExecuteAsync(_database.Command(
                        $"INSERT INTO execution_traces (query_log_id, tenant_id, steps) VALUES (@id, @tenantId, {_database.Json("@steps")})",
                        new { id, tenantId = record.TenantId, steps = LongTermJson.Write(record.Trace) },
                        transaction,
                        cancellationToken)).ConfigureAwait(false);
                }

                if (ErrorPatterns.Classify(record) is { } problem)
                {
                    await CountErrorAsync(connection, transaction, record, problem, cancellationToken).ConfigureAwait(false);
                }

                return id;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TurnRecord>> RecentAsync(string tenantId, DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        if (limit <= 0)
        {
            return Task.FromResult<IReadOnlyList<TurnRecord>>([]);
        }

        return QueryTurnsAsync(
            $"{SelectTurns} WHERE q.tenant_id = @tenantId AND q.at >= @since ORDER BY q.at DESC, q.id DESC LIMIT @limit",
            new { tenantId, since = _database.Time(since), limit },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TurnRecord>> SessionAsync(string tenantId, string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(sessionId);
        return QueryTurnsAsync(
            $"{SelectTurns} WHERE q.tenant_id = @tenantId AND q.session_id = @sessionId ORDER BY q.turn, q.id",
            new { tenantId, sessionId },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        _database.WriteAsync(
            async (connection, transaction) =>
            {
                // The audit and trace rows go first, by name, so the purge does not depend on SQLite enforcing the cascade.
                var parameters = new { cutoff = _database.Time(cutoff) };
                foreach (var table in new[] { "segment_audit", "execution_traces" })
                {
                    await connection.ExecuteAsync(_database.Command(
                        $"DELETE FROM {table} WHERE query_log_id IN (SELECT id FROM query_log WHERE at < @cutoff)", parameters, transaction, cancellationToken)).ConfigureAwait(false);
                }

                return await connection.ExecuteAsync(_database.Command("DELETE FROM query_log WHERE at < @cutoff", parameters, transaction, cancellationToken)).ConfigureAwait(false);
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ErrorPattern>> ErrorPatternsAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return _database.ReadAsync<IReadOnlyList<ErrorPattern>>(
            async connection =>
            {
                var rows = await connection.QueryAsync<ErrorRow>(_database.Command(
                    """
                    SELECT tenant_id AS TenantId, skill_id AS SkillId, kind AS Kind, problem AS Problem, count AS Count, example AS Example, last_seen AS LastSeen
                    FROM error_patterns WHERE tenant_id = @tenantId ORDER BY count DESC, last_seen DESC
                    """,
                    new { tenantId },
                    null,
                    cancellationToken)).ConfigureAwait(false);
                return rows.Select(r => r.ToPattern()).ToList();
            },
            cancellationToken);
    }

    private async Task<long?> InsertQueryAsync(DbConnection connection, DbTransaction transaction, TurnRecord record, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long?>(_database.Command(
            """
            INSERT INTO query_log (tenant_id, user_id, session_id, turn, channel, query, as_of, intent, intent_confidence, skill_id,
                                   skill_version, reply_kind, problem, latency_ms, llm_calls, tokens, at, message_id)
            VALUES (@TenantId, @UserId, @SessionId, @Turn, @Channel, @Query, @asOf, @Intent, @IntentConfidence, @SkillId,
                    @SkillVersion, @ReplyKind, @Problem, @LatencyMs, @LlmCalls, @Tokens, @at, @MessageId)
            ON CONFLICT DO NOTHING
            RETURNING id
            """,
            new
            {
                record.TenantId,
                record.UserId,
                record.SessionId,
                record.Turn,
                record.Channel,
                record.Query,
                asOf = _database.Date(record.AsOf),
                record.Intent,
                record.IntentConfidence,
                record.SkillId,
                record.SkillVersion,
                record.ReplyKind,
                record.Problem,
                record.LatencyMs,
                record.LlmCalls,
                record.Tokens,
                at = _database.Time(record.At),
                record.MessageId,
            },
            transaction,
            cancellationToken)).ConfigureAwait(false);

    private Task InsertAuditAsync(DbConnection connection, DbTransaction transaction, long id, TurnRecord record, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(_database.Command(
            $"""
            INSERT INTO segment_audit (query_log_id, tenant_id, definition_json, confidence, retrieved_facets, inferred_values, at)
            VALUES (@id, @tenantId, @definitionJson, @confidence, {_database.Json("@facets")}, {_database.Json("@inferred")}, @at)
            """,
            new
            {
                id,
                tenantId = record.TenantId,
                definitionJson = record.DefinitionJson,
                confidence = record.Confidence,
                facets = LongTermJson.Write(record.RetrievedFacets),
                inferred = LongTermJson.Write(record.InferredValues),
                at = _database.Time(record.At),
            },
            transaction,
            cancellationToken));

    private Task CountErrorAsync(DbConnection connection, DbTransaction transaction, TurnRecord record, string problem, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(_database.Command(
            """
            INSERT INTO error_patterns (tenant_id, skill_id, kind, problem, count, example, example_user_id, last_seen)
            VALUES (@tenantId, @skillId, @kind, @problem, 1, @example, @userId, @lastSeen)
            ON CONFLICT (tenant_id, skill_id, kind, problem) DO UPDATE SET
                count = error_patterns.count + 1, example = excluded.example, example_user_id = excluded.example_user_id, last_seen = excluded.last_seen
            """,
            new
            {
                tenantId = record.TenantId,
                skillId = record.SkillId ?? "",
                kind = record.ReplyKind,
                problem,
                example = record.Query,
                userId = record.UserId,
                lastSeen = _database.Time(record.At),
            },
            transaction,
            cancellationToken));

    private Task<IReadOnlyList<TurnRecord>> QueryTurnsAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        _database.ReadAsync<IReadOnlyList<TurnRecord>>(
            async connection => (await connection.QueryAsync<TurnRow>(_database.Command(sql, parameters, null, cancellationToken)).ConfigureAwait(false))
                .Select(r => r.ToRecord()).ToList(),
            cancellationToken);

    private sealed class TurnRow
    {
        public string TenantId { get; init; } = "";

        public string UserId { get; init; } = "";

        public string SessionId { get; init; } = "";

        public int Turn { get; init; }

        public string Channel { get; init; } = "";

        public string Query { get; init; } = "";

        public object AsOf { get; init; } = "";

        public string? Intent { get; init; }

        public double? IntentConfidence { get; init; }

        public string? SkillId { get; init; }

        public string? SkillVersion { get; init; }

        public string ReplyKind { get; init; } = "";

        public string? Problem { get; init; }

        public double LatencyMs { get; init; }

        public int LlmCalls { get; init; }

        public int Tokens { get; init; }

        public object At { get; init; } = "";

        public string? DefinitionJson { get; init; }

        public double? Confidence { get; init; }

        public string? RetrievedFacets { get; init; }

        public string? InferredValues { get; init; }

        public string? Steps { get; init; }

        public string? MessageId { get; init; }

        public TurnRecord ToRecord() => new()
        {
            TenantId = TenantId,
            UserId = UserId,
            SessionId = SessionId,
            Turn = Turn,
            Channel = Channel,
            Query = Query,
            AsOf = LongTermDatabase.ReadDate(AsOf),
            Intent = Intent,
            IntentConfidence = IntentConfidence,
            SkillId = SkillId,
            SkillVersion = SkillVersion,
            ReplyKind = ReplyKind,
            DefinitionJson = DefinitionJson,
            Confidence = Confidence,
            RetrievedFacets = LongTermJson.ReadList<RetrievedFacet>(RetrievedFacets),
            InferredValues = LongTermJson.ReadList<InferredValue>(InferredValues),
            Trace = LongTermJson.ReadList<AuditEntry>(Steps),
            Problem = Problem,
            LatencyMs = LatencyMs,
            LlmCalls = LlmCalls,
            Tokens = Tokens,
            At = LongTermDatabase.ReadTime(At),
            MessageId = MessageId,
        };
    }

    private sealed class ErrorRow
    {
        public string TenantId { get; init; } = "";

        public string SkillId { get; init; } = "";

        public string Kind { get; init; } = "";

        public string Problem { get; init; } = "";

        public int Count { get; init; }

        public string Example { get; init; } = "";

        public object LastSeen { get; init; } = "";

        public ErrorPattern ToPattern() => new(TenantId, SkillId, Kind, Problem, Count, Example, LongTermDatabase.ReadTime(LastSeen));
    }
}
