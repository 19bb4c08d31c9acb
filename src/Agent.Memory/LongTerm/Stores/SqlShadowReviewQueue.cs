using System.Data.Common;
using Dapper;
using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Skills.Promotion;

namespace SegmentAI.Memory.LongTerm.Stores;

/// <summary>
/// The shadow-replay review queue in long-term memory. A replay's items are inserted in one transaction; a review
/// changes a row only while it is pending, so of two concurrent reviewers exactly one wins.
/// </summary>
internal sealed class SqlShadowReviewQueue : IShadowReviewQueue
{
    private const string Columns = """
        id AS Id, eval_run_id AS EvalRunId, skill_id AS SkillId, candidate_version AS CandidateVersion, active_version AS ActiveVersion,
        tenant_id AS TenantId, user_id AS UserId, session_id AS SessionId, turn AS Turn, query_text AS QueryText, active_reply AS ActiveReply,
        candidate_reply AS CandidateReply, difference_kind AS DifferenceKind, status AS Status, reviewed_by AS ReviewedBy,
        reviewed_at AS ReviewedAt, note AS Note, created_at AS CreatedAt
        """;

    private readonly LongTermDatabase _database;

    /// <summary>Creates the queue over <paramref name="database"/>.</summary>
    public SqlShadowReviewQueue(LongTermDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ShadowReviewItem>> EnqueueAsync(string evalRunId, IReadOnlyList<ShadowReviewItem> items, CancellationToken cancellationToken = default)
    {
        ShadowReviewRules.ValidateBatch(evalRunId, items);
        return _database.WriteAsync<IReadOnlyList<ShadowReviewItem>>(
            async (connection, transaction) =>
            {
                var stored = new List<ShadowReviewItem>(items.Count);
                foreach (var item in items)
                {
                    var id = await connection.ExecuteScalarAsync<long>(_database.Command(
                        """
                        INSERT INTO shadow_reviews (eval_run_id, skill_id, candidate_version, active_version, tenant_id, user_id, session_id, turn, query_text,
                                                    active_reply, candidate_reply, difference_kind, status, created_at)
                        VALUES (@evalRunId, @SkillId, @CandidateVersion, @ActiveVersion, @TenantId, @UserId, @sessionId, @turn, @query,
                                @ActiveReply, @CandidateReply, @DifferenceKind, 'pending', @createdAt)
                        RETURNING id
                        """,
                        new
                        {
                            evalRunId,
                            item.SkillId,
                            item.CandidateVersion,
                            item.ActiveVersion,
                            item.TenantId,
                            item.UserId,
                            sessionId = item.Turn.SessionId,
                            turn = item.Turn.Turn,
                            query = item.Turn.Query,
                            item.ActiveReply,
                            item.CandidateReply,
                            item.DifferenceKind,
                            createdAt = _database.Time(item.CreatedAt),
                        },
                        transaction,
                        cancellationToken)).ConfigureAwait(false);
                    stored.Add(item with
                    {
                        Id = id,
                        EvalRunId = evalRunId,
                        Status = ReviewStatus.Pending,
                        ReviewedBy = null,
                        ReviewedAt = null,
                        Note = null,
                        CreatedAt = LongTermDatabase.Stored(item.CreatedAt),
                    });
                }

                return stored;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ShadowReviewItem>> PendingAsync(string tenantId, string skillId, string? candidateVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        var candidate = candidateVersion is null ? "" : "AND candidate_version = @candidateVersion";
        return _database.ReadAsync<IReadOnlyList<ShadowReviewItem>>(
            async connection =>
            {
                var rows = await connection.QueryAsync<ReviewRow>(_database.Command(
                    $"""
                    SELECT {Columns} FROM shadow_reviews
                    WHERE tenant_id = @tenantId AND skill_id = @skillId AND status = 'pending' {candidate}
                    ORDER BY created_at, id
                    """,
                    new { tenantId, skillId, candidateVersion },
                    null,
                    cancellationToken)).ConfigureAwait(false);
                return rows.Select(r => r.ToItem()).ToList();
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ShadowReviewItem?> GetAsync(string tenantId, long itemId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return _database.ReadAsync(connection => FindAsync(connection, null, tenantId, itemId, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<ShadowReviewItem> ReviewAsync(string tenantId, long itemId, ReviewVerdict verdict, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ShadowReviewRules.ValidateVerdict(verdict);
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                var changed = await connection.ExecuteAsync(_database.Command(
                    """
                    UPDATE shadow_reviews SET status = @status, reviewed_by = @ReviewedBy, reviewed_at = @at, note = @Note
                    WHERE id = @itemId AND tenant_id = @tenantId AND status = 'pending'
                    """,
                    new
                    {
                        status = StoredNames<ReviewStatus>.Name(verdict.Approved ? ReviewStatus.Approved : ReviewStatus.Rejected),
                        verdict.ReviewedBy,
                        at = _database.Time(verdict.At),
                        verdict.Note,
                        itemId,
                        tenantId,
                    },
                    transaction,
                    cancellationToken)).ConfigureAwait(false);
                var item = await FindAsync(connection, transaction, tenantId, itemId, cancellationToken).ConfigureAwait(false)
                    ?? throw ShadowReviewException.NotFound(itemId);
                return changed == 1 ? item : throw ShadowReviewException.AlreadyReviewed(item);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> CountPendingAsync(string tenantId, string skillId, string candidateVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return _database.ReadAsync(
            connection => connection.ExecuteScalarAsync<int>(_database.Command(
                """
                SELECT COUNT(*) FROM shadow_reviews
                WHERE tenant_id = @tenantId AND skill_id = @skillId AND candidate_version = @candidateVersion AND status = 'pending'
                """,
                new { tenantId, skillId, candidateVersion },
                null,
                cancellationToken)),
            cancellationToken);
    }

    private async Task<ShadowReviewItem?> FindAsync(DbConnection connection, DbTransaction? transaction, string tenantId, long itemId, CancellationToken cancellationToken)
    {
        var row = await connection.QueryFirstOrDefaultAsync<ReviewRow>(_database.Command(
            $"SELECT {Columns} FROM shadow_reviews WHERE id = @itemId AND tenant_id = @tenantId",
            new { itemId, tenantId },
            transaction,
            cancellationToken)).ConfigureAwait(false);
        return row?.ToItem();
    }

    private sealed class ReviewRow
    {
        public long Id { get; init; }

        public string EvalRunId { get; init; } = "";

        public string SkillId { get; init; } = "";

        public string CandidateVersion { get; init; } = "";

        public string ActiveVersion { get; init; } = "";

        public string TenantId { get; init; } = "";

        public string UserId { get; init; } = "";

        public string SessionId { get; init; } = "";

        public int Turn { get; init; }

        public string QueryText { get; init; } = "";

        public string ActiveReply { get; init; } = "";

        public string CandidateReply { get; init; } = "";

        public string DifferenceKind { get; init; } = "";

        public string Status { get; init; } = "";

        public string? ReviewedBy { get; init; }

        public object? ReviewedAt { get; init; }

        public string? Note { get; init; }

        public object CreatedAt { get; init; } = "";

        public ShadowReviewItem ToItem() => new()
        {
            Id = Id,
            EvalRunId = EvalRunId,
            SkillId = SkillId,
            CandidateVersion = CandidateVersion,
            ActiveVersion = ActiveVersion,
            TenantId = TenantId,
            UserId = UserId,
            Turn = new ReviewedTurn(SessionId, Turn, QueryText),
            ActiveReply = ActiveReply,
            CandidateReply = CandidateReply,
            DifferenceKind = DifferenceKind,
            Status = StoredNames<ReviewStatus>.Parse(Status),
            ReviewedBy = ReviewedBy,
            ReviewedAt = ReviewedAt is null ? null : LongTermDatabase.ReadTime(ReviewedAt),
            Note = Note,
            CreatedAt = LongTermDatabase.ReadTime(CreatedAt),
        };
    }
}
