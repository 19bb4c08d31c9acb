using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SegmentAI.LoadTest;

/// <summary>
/// Reads the host's long-term query log after the run: every message the users sent must be there exactly once,
/// with its turn number, so a reply the client saw cannot hide a turn the host lost or applied twice.
/// </summary>
internal static class QueryLogAudit
{
    public static async Task<(int Lost, int Duplicated)> CompareAsync(
        LoadOptions options, string stateDirectory, string run, IReadOnlyDictionary<string, int> sent, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = options.Servers
            ? new NpgsqlConnection(options.Postgres)
            : new SqliteConnection($"Data Source={Path.Combine(stateDirectory, "memory.db")};Mode=ReadOnly");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT session_id, COUNT(*), COUNT(DISTINCT turn) FROM query_log
            WHERE tenant_id = @tenant AND session_id LIKE @run GROUP BY session_id
            """;
        Add(command, "@tenant", Conversations.Tenant);
        Add(command, "@run", run + "-%");
        var logged = new Dictionary<string, (long Rows, long Turns)>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                logged[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
            }
        }

        var lost = 0;
        var duplicated = 0;
        foreach (var (session, messages) in sent)
        {
            var (rows, turns) = logged.GetValueOrDefault(session);
            lost += messages - (int)turns;
            duplicated += (int)(rows - turns);
        }

        return (lost, duplicated);
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
