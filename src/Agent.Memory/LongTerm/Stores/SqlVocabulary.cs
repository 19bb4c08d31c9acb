using Dapper;
using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.LongTerm.Stores;

/// <summary>User and tenant vocabulary in long-term memory; tenant-wide entries are stored under user id <c>''</c>.</summary>
internal sealed class SqlVocabulary : IVocabularyStore
{
    private const string TenantWide = "";

    private readonly LongTermDatabase _database;

    /// <summary>Creates the store over <paramref name="database"/>.</summary>
    public SqlVocabulary(LongTermDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public Task PutAsync(VocabularyEntry entry, CancellationToken cancellationToken = default)
    {
        var clean = VocabularyRules.Clean(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(clean.TenantId, nameof(entry));
        ArgumentNullException.ThrowIfNull(clean.ConditionJson, nameof(entry));
        return _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(_database.Command(
                """
                INSERT INTO vocabulary (tenant_id, user_id, phrase, meaning, condition_json, updated_at)
                VALUES (@tenantId, @userId, @phrase, @meaning, @conditionJson, @updatedAt)
                ON CONFLICT (tenant_id, user_id, phrase) DO UPDATE SET
                    meaning = excluded.meaning, condition_json = excluded.condition_json, updated_at = excluded.updated_at
                """,
                new
                {
                    tenantId = clean.TenantId,
                    userId = clean.UserId ?? TenantWide,
                    phrase = clean.Phrase,
                    meaning = clean.Meaning,
                    conditionJson = clean.ConditionJson,
                    updatedAt = _database.Time(clean.UpdatedAt),
                },
                transaction,
                cancellationToken)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<VocabularyEntry>> ForUserAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return _database.ReadAsync(
            async connection =>
            {
                var rows = await connection.QueryAsync<EntryRow>(_database.Command(
                    """
                    SELECT tenant_id AS TenantId, user_id AS UserId, phrase AS Phrase, meaning AS Meaning, condition_json AS ConditionJson, updated_at AS UpdatedAt
                    FROM vocabulary WHERE tenant_id = @tenantId AND user_id IN (@userId, @tenantWide)
                    """,
                    new { tenantId, userId, tenantWide = TenantWide },
                    null,
                    cancellationToken)).ConfigureAwait(false);
                return VocabularyRules.UserFirst(rows.Select(r => r.ToEntry()));
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RemoveAsync(string tenantId, string? userId, string phrase, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var clean = VocabularyRules.CleanPhrase(phrase);
        return _database.WriteAsync(
            async (connection, transaction) => await connection.ExecuteAsync(_database.Command(
                "DELETE FROM vocabulary WHERE tenant_id = @tenantId AND user_id = @userId AND phrase = @phrase",
                new { tenantId, userId = string.IsNullOrWhiteSpace(userId) ? TenantWide : userId, phrase = clean },
                transaction,
                cancellationToken)).ConfigureAwait(false) > 0,
            cancellationToken);
    }

    private sealed class EntryRow
    {
        public string TenantId { get; init; } = "";

        public string UserId { get; init; } = "";

        public string Phrase { get; init; } = "";

        public string Meaning { get; init; } = "";

        public string ConditionJson { get; init; } = "";

        public object UpdatedAt { get; init; } = "";

        public VocabularyEntry ToEntry() =>
            new(TenantId, UserId.Length == 0 ? null : UserId, Phrase, Meaning, ConditionJson, LongTermDatabase.ReadTime(UpdatedAt));
    }
}
