using Dapper;
using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.LongTerm.Stores;

/// <summary>Explicit feedback and implicit signals in long-term memory; a record is checked before anything is written.</summary>
internal sealed class SqlFeedbackStore : IFeedbackStore
{
    private readonly LongTermDatabase _database;

    /// <summary>Creates the store over <paramref name="database"/>.</summary>
    public SqlFeedbackStore(LongTermDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public Task RecordAsync(FeedbackRecord feedback, CancellationToken cancellationToken = default)
    {
        FeedbackRules.Validate(feedback);
        ArgumentException.ThrowIfNullOrWhiteSpace(feedback.TenantId, nameof(feedback));
        ArgumentNullException.ThrowIfNull(feedback.UserId, nameof(feedback));
        ArgumentNullException.ThrowIfNull(feedback.SessionId, nameof(feedback));
        return _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(_database.Command(
                """
                INSERT INTO feedback (tenant_id, user_id, session_id, turn, kind, rating, comment, skill_id, skill_version, at)
                VALUES (@TenantId, @UserId, @SessionId, @Turn, @kind, @Rating, @Comment, @SkillId, @SkillVersion, @at)
                """,
                new
                {
                    feedback.TenantId,
                    feedback.UserId,
                    feedback.SessionId,
                    feedback.Turn,
                    kind = FeedbackKinds.Name(feedback.Kind),
                    feedback.Rating,
                    feedback.Comment,
                    feedback.SkillId,
                    feedback.SkillVersion,
                    at = _database.Time(feedback.At),
                },
                transaction,
                cancellationToken)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FeedbackRecord>> SinceAsync(string tenantId, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return _database.ReadAsync<IReadOnlyList<FeedbackRecord>>(
            async connection =>
            {
                var rows = await connection.QueryAsync<FeedbackRow>(_database.Command(
                    """
                    SELECT tenant_id AS TenantId, user_id AS UserId, session_id AS SessionId, turn AS Turn, kind AS Kind, rating AS Rating,
                           comment AS Comment, skill_id AS SkillId, skill_version AS SkillVersion, at AS At
                    FROM feedback WHERE tenant_id = @tenantId AND at >= @since ORDER BY at, id
                    """,
                    new { tenantId, since = _database.Time(since) },
                    null,
                    cancellationToken)).ConfigureAwait(false);
                return rows.Select(r => r.ToRecord()).ToList();
            },
            cancellationToken);
    }

    private sealed class FeedbackRow
    {
        public string TenantId { get; init; } = "";

        public string UserId { get; init; } = "";

        public string SessionId { get; init; } = "";

        public int? Turn { get; init; }

        public string Kind { get; init; } = "";

        public int? Rating { get; init; }

        public string? Comment { get; init; }

        public string? SkillId { get; init; }

        public string? SkillVersion { get; init; }

        public object At { get; init; } = "";

        public FeedbackRecord ToRecord() =>
            new(TenantId, UserId, SessionId, Turn, FeedbackKinds.Parse(Kind), Rating, Comment, SkillId, SkillVersion, LongTermDatabase.ReadTime(At));
    }
}
