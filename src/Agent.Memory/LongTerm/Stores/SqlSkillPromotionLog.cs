using Dapper;
using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Skills.Promotion;

namespace SegmentAI.Memory.LongTerm.Stores;

/// <summary>The skill promotion log in long-term memory; the global scope is stored as tenant id ''.</summary>
internal sealed class SqlSkillPromotionLog : ISkillPromotionLog
{
    private const string Columns = """
        id AS Id, skill_id AS SkillId, tenant_id AS TenantId, from_version AS FromVersion, to_version AS ToVersion, kind AS Kind,
        eval_run_id AS EvalRunId, gate_summary AS GateSummary, decided_by AS DecidedBy, reason AS Reason, at AS At
        """;

    private readonly LongTermDatabase _database;

    /// <summary>Creates the log over <paramref name="database"/>.</summary>
    public SqlSkillPromotionLog(LongTermDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public Task<SkillDecision> RecordAsync(SkillDecision decision, CancellationToken cancellationToken = default)
    {
        SkillDecisionRules.Validate(decision);
        var gateSummary = _database.Provider == LongTermProvider.Postgres ? "CAST(@GateSummary AS json)" : "@GateSummary";
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                var id = await connection.ExecuteScalarAsync<long>(_database.Command(
                    $"""
                    INSERT INTO skill_decisions (skill_id, tenant_id, from_version, to_version, kind, eval_run_id, gate_summary, decided_by, reason, at)
                    VALUES (@SkillId, @tenantId, @FromVersion, @ToVersion, @kind, @EvalRunId, {gateSummary}, @DecidedBy, @Reason, @at)
                    RETURNING id
                    """,
                    new
                    {
                        decision.SkillId,
                        tenantId = decision.Scope.TenantId ?? "",
                        decision.FromVersion,
                        decision.ToVersion,
                        kind = StoredNames<DecisionKind>.Name(decision.Kind),
                        decision.EvalRunId,
                        decision.GateSummary,
                        decision.DecidedBy,
                        decision.Reason,
                        at = _database.Time(decision.At),
                    },
                    transaction,
                    cancellationToken)).ConfigureAwait(false);
                return decision with { Id = id, At = LongTermDatabase.Stored(decision.At) };
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SkillDecision>> HistoryAsync(string skillId, string? tenantId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        var visible = tenantId is null ? "" : "AND tenant_id IN ('', @tenantId)";
        return _database.ReadAsync<IReadOnlyList<SkillDecision>>(
            async connection =>
            {
                var rows = await connection.QueryAsync<DecisionRow>(_database.Command(
                    $"SELECT {Columns} FROM skill_decisions WHERE skill_id = @skillId {visible} ORDER BY at DESC, id DESC",
                    new { skillId, tenantId },
                    null,
                    cancellationToken)).ConfigureAwait(false);
                return rows.Select(r => r.ToDecision()).ToList();
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<string?> ActiveVersionAsync(string skillId, PromotionScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        ArgumentNullException.ThrowIfNull(scope);
        return _database.ReadAsync(
            connection => connection.QueryFirstOrDefaultAsync<string?>(_database.Command(
                """
                SELECT to_version FROM skill_decisions
                WHERE skill_id = @skillId AND tenant_id = @tenantId AND kind <> 'rejected'
                ORDER BY at DESC, id DESC LIMIT 1
                """,
                new { skillId, tenantId = scope.TenantId ?? "" },
                null,
                cancellationToken)),
            cancellationToken);
    }

    private sealed class DecisionRow
    {
        public long Id { get; init; }

        public string SkillId { get; init; } = "";

        public string TenantId { get; init; } = "";

        public string? FromVersion { get; init; }

        public string? ToVersion { get; init; }

        public string Kind { get; init; } = "";

        public string? EvalRunId { get; init; }

        public string? GateSummary { get; init; }

        public string DecidedBy { get; init; } = "";

        public string? Reason { get; init; }

        public object At { get; init; } = "";

        public SkillDecision ToDecision() => new()
        {
            Id = Id,
            SkillId = SkillId,
            Scope = TenantId.Length == 0 ? PromotionScope.Global : PromotionScope.Tenant(TenantId),
            FromVersion = FromVersion,
            ToVersion = ToVersion,
            Kind = StoredNames<DecisionKind>.Parse(Kind),
            EvalRunId = EvalRunId,
            GateSummary = GateSummary,
            DecidedBy = DecidedBy,
            Reason = Reason,
            At = LongTermDatabase.ReadTime(At),
        };
    }
}
