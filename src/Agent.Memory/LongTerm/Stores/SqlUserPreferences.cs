using Dapper;
using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Skills.Ambiguity;

namespace SegmentAI.Memory.LongTerm.Stores;

/// <summary>
/// Learned and stated user preferences in long-term memory. Learning reads and rewrites a preference inside one
/// transaction holding its row (PostgreSQL row lock, SQLite write lock), so concurrent answers all count.
/// </summary>
public sealed class SqlUserPreferences : IUserPreferenceSource
{
    private const string Columns = "kind AS Kind, option_id AS OptionId, option_label AS OptionLabel, option_value AS OptionValue, confidence AS Confidence, source AS Source";
    private const string Key = "tenant_id = @tenantId AND user_id = @userId";
    private const string InsertSql = """
        INSERT INTO user_preferences (tenant_id, user_id, kind, option_id, option_label, option_value, confidence, source, updated_at)
        VALUES (@tenantId, @userId, @kind, @optionId, @optionLabel, @optionValue, @confidence, @source, @updatedAt)
        """;

    private const string ReplaceSql = InsertSql + """

        ON CONFLICT (tenant_id, user_id, kind) DO UPDATE SET
            option_id = excluded.option_id, option_label = excluded.option_label, option_value = excluded.option_value,
            confidence = excluded.confidence, source = excluded.source, updated_at = excluded.updated_at
        """;

    private readonly LongTermDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store over <paramref name="database"/>.</summary>
    public SqlUserPreferences(LongTermDatabase database, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public Task<UserPreference?> FindAsync(string tenantId, string userId, string kind, CancellationToken cancellationToken = default)
    {
        RequireKey(tenantId, userId, kind);
        return _database.ReadAsync(
            async connection => (await connection.QuerySingleOrDefaultAsync<PreferenceRow>(_database.Command(
                $"SELECT {Columns} FROM user_preferences WHERE {Key} AND kind = @kind",
                new { tenantId, userId, kind },
                null,
                cancellationToken)).ConfigureAwait(false))?.ToPreference(),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task LearnAsync(string tenantId, string userId, string kind, AmbiguityOption option, string source, CancellationToken cancellationToken = default)
    {
        RequireKey(tenantId, userId, kind);
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(source);
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                var first = PreferenceLearning.First(kind, option, source);
                var inserted = await connection.ExecuteAsync(_database.Command(
                    InsertSql + " ON CONFLICT (tenant_id, user_id, kind) DO NOTHING",
                    Parameters(tenantId, userId, first),
                    transaction,
                    cancellationToken)).ConfigureAwait(false);
                if (inserted == 1)
                {
                    return 1;
                }

                var current = await connection.QuerySingleOrDefaultAsync<PreferenceRow>(_database.Command(
                    $"SELECT {Columns} FROM user_preferences WHERE {Key} AND kind = @kind{_database.ForUpdate}",
                    new { tenantId, userId, kind },
                    transaction,
                    cancellationToken)).ConfigureAwait(false);

                // Null only when a concurrent forget removed the row between the two statements: learn afresh.
                var learned = current is null ? first : PreferenceLearning.Update(current.ToPreference(), option, source);
                return await connection.ExecuteAsync(_database.Command(ReplaceSql, Parameters(tenantId, userId, learned), transaction, cancellationToken)).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task SetAsync(string tenantId, string userId, string kind, AmbiguityOption option, string source, CancellationToken cancellationToken = default)
    {
        RequireKey(tenantId, userId, kind);
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(source);
        var stated = PreferenceLearning.Stated(kind, option, source);
        return _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(_database.Command(ReplaceSql, Parameters(tenantId, userId, stated), transaction, cancellationToken)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<UserPreference>> ListAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return _database.ReadAsync<IReadOnlyList<UserPreference>>(
            async connection =>
            {
                var rows = await connection.QueryAsync<PreferenceRow>(_database.Command(
                    $"SELECT {Columns} FROM user_preferences WHERE {Key}", new { tenantId, userId }, null, cancellationToken)).ConfigureAwait(false);

                // Ordinal order in process: database collations differ, and a user has a handful of preferences.
                return rows.Select(r => r.ToPreference()).OrderBy(p => p.Kind, StringComparer.Ordinal).ToList();
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> ForgetAsync(string tenantId, string userId, string kind, CancellationToken cancellationToken = default)
    {
        RequireKey(tenantId, userId, kind);
        return _database.WriteAsync(
            async (connection, transaction) => await connection.ExecuteAsync(_database.Command(
                $"DELETE FROM user_preferences WHERE {Key} AND kind = @kind", new { tenantId, userId, kind }, transaction, cancellationToken)).ConfigureAwait(false) > 0,
            cancellationToken);
    }

    private static void RequireKey(string tenantId, string userId, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
    }

    private object Parameters(string tenantId, string userId, UserPreference preference) => new
    {
        tenantId,
        userId,
        kind = preference.Kind,
        optionId = preference.Option.Id,
        optionLabel = preference.Option.Label,
        optionValue = preference.Option.Value,
        confidence = preference.Confidence,
        source = preference.Source,
        updatedAt = _database.Time(_time.GetUtcNow()),
    };

    private sealed class PreferenceRow
    {
        public string Kind { get; init; } = "";

        public string OptionId { get; init; } = "";

        public string OptionLabel { get; init; } = "";

        public string OptionValue { get; init; } = "";

        public double Confidence { get; init; }

        public string Source { get; init; } = "";

        public UserPreference ToPreference() => new(Kind, new AmbiguityOption(OptionId, OptionLabel, OptionValue), Confidence, Source);
    }
}
