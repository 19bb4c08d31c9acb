using Dapper;
using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Skills.Privacy;

namespace SegmentAI.Memory.LongTerm.Stores;

/// <summary>
/// Right to be forgotten for everything long-term memory holds about a user, in one transaction: preferences and
/// personal vocabulary are deleted; query log rows, error-pattern examples, feedback, shadow-review items, segment patterns and saved
/// segment owners keep their counts but lose the user and what they wrote. The SQL stores are not erasers
/// themselves, so a forget request counts each row once.
/// </summary>
internal sealed class SqlPersonalDataEraser : IPersonalDataEraser
{
    // (report key, statement), run in this order inside one transaction; a report key counts rows affected,
    // and null marks a statement that only completes another step.
    private static readonly (string? Key, string Sql)[] Steps =
    [
        (Erasure.Preferences, "DELETE FROM user_preferences WHERE tenant_id = @tenantId AND user_id = @userId"),
        (Erasure.Vocabulary, "DELETE FROM vocabulary WHERE tenant_id = @tenantId AND user_id = @userId"),
        (Erasure.QueryLog, "UPDATE query_log SET user_id = @erasedUser, query = @erasedText WHERE tenant_id = @tenantId AND user_id = @userId"),
        (Erasure.ErrorExamples, "UPDATE error_patterns SET example = @erasedText, example_user_id = @erasedUser WHERE tenant_id = @tenantId AND example_user_id = @userId"),
        (Erasure.Feedback, """
            UPDATE feedback SET user_id = @erasedUser, comment = CASE WHEN comment IS NULL THEN NULL ELSE @erasedText END
            WHERE tenant_id = @tenantId AND user_id = @userId
            """),
        (Erasure.ShadowReviews, "UPDATE shadow_reviews SET user_id = @erasedUser, query_text = @erasedText WHERE tenant_id = @tenantId AND user_id = @userId"),
        (Erasure.Patterns, "UPDATE segment_patterns SET user_id = @erasedUser, request = segment_name WHERE tenant_id = @tenantId AND user_id = @userId"),

        // Saved segments belong to the tenant and stay; the report counts the ones still in the library.
        (Erasure.SegmentOwners, "UPDATE saved_segments SET owner_id = @erasedUser WHERE tenant_id = @tenantId AND owner_id = @userId AND status = 'active'"),
        (null, "UPDATE saved_segments SET owner_id = @erasedUser WHERE tenant_id = @tenantId AND owner_id = @userId"),
        (null, "UPDATE segment_versions SET owner_id = @erasedUser WHERE tenant_id = @tenantId AND owner_id = @userId"),
        (null, "UPDATE saved_segments SET changed_by = @erasedUser WHERE tenant_id = @tenantId AND changed_by = @userId"),
        (null, "UPDATE segment_versions SET changed_by = @erasedUser WHERE tenant_id = @tenantId AND changed_by = @userId"),
    ];

    private readonly LongTermDatabase _database;

    /// <summary>Creates the eraser over <paramref name="database"/>.</summary>
    public SqlPersonalDataEraser(LongTermDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public Task<ErasureReport> EraseUserAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (userId == Erasure.ErasedUser)
        {
            throw new ArgumentException($"'{Erasure.ErasedUser}' marks records already forgotten; name the user to forget.", nameof(userId));
        }

        var parameters = new { tenantId, userId, erasedUser = Erasure.ErasedUser, erasedText = Erasure.ErasedText };
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (key, sql) in Steps)
                {
                    var rows = await connection.ExecuteAsync(_database.Command(sql, parameters, transaction, cancellationToken)).ConfigureAwait(false);
                    if (key is not null)
                    {
                        counts[key] = rows;
                    }
                }

                return new ErasureReport(counts);
            },
            cancellationToken);
    }
}
