using System.Data.Common;
using System.Globalization;
using SegmentAI.Skills.Sql.Writing;
using SegmentAI.Skills.Statistics;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Behaviour;

/// <summary>Reads each user's active days and first drop-off in a window with one query (standard SQL that DuckDB and PostgreSQL both accept).</summary>
internal static class UserActivityQuery
{
    /// <summary>The query for the days [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static string Sql(BehaviourEventLog log, DateOnly start, DateOnly end)
    {
        ArgumentNullException.ThrowIfNull(log);
        var writer = new SqlWriter(inlineLiterals: true);
        writer.Append($"""
            WITH days AS (
              SELECT CAST({log.UserColumn} AS VARCHAR) AS user_id, CAST({log.TimestampColumn} AS DATE) AS day,
                     MIN({log.TimestampColumn}) AS first_ts,
                     MIN(CASE WHEN {log.TypeColumn} = 
            """).Value(log.DropOffEvent ?? "").Append($"""
             THEN {log.TimestampColumn} END) AS drop_ts
              FROM {log.Table}
              WHERE {log.TimestampColumn} >= 
            """).Value(start).Append($" AND {log.TimestampColumn} < ").Value(end).Append("""

              GROUP BY 1, 2
            )
            SELECT user_id,
                   day - MIN(day) OVER (PARTITION BY user_id) AS day_offset,
            """).Value(end).Append("""
             - MIN(day) OVER (PARTITION BY user_id) AS observable_days,
                   EXTRACT(EPOCH FROM MIN(first_ts) OVER (PARTITION BY user_id)) AS first_epoch,
                   EXTRACT(EPOCH FROM MIN(drop_ts) OVER (PARTITION BY user_id)) AS drop_epoch,
                   EXTRACT(EPOCH FROM CAST(
            """).Value(end).Append(" AS TIMESTAMP)) AS end_epoch\nFROM days\nORDER BY user_id, day_offset");
        return writer.ToString();
    }

    /// <summary>Runs the query and gathers each user's rows.</summary>
    public static async Task<IReadOnlyDictionary<string, UserActivity>> ReadAsync(
        DbConnection connection, BehaviourEventLog log, DateOnly start, DateOnly end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql(log, start, end);
        var users = new Dictionary<string, (List<int> Days, int Observable, double First, double? Drop, double End)>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var user = reader.GetString(0);
            if (!users.TryGetValue(user, out var entry))
            {
                entry = ([], Number(reader, 2), Convert.ToDouble(reader.GetValue(3), CultureInfo.InvariantCulture),
                    reader.IsDBNull(4) ? null : Convert.ToDouble(reader.GetValue(4), CultureInfo.InvariantCulture),
                    Convert.ToDouble(reader.GetValue(5), CultureInfo.InvariantCulture));
                users[user] = entry;
            }

            entry.Days.Add(Number(reader, 1));
        }

        return users.ToDictionary(
            p => p.Key,
            p => new UserActivity(
                p.Key,
                new RetentionMember(p.Value.Days, p.Value.Observable),
                p.Value.Drop is { } drop ? new(Days(drop - p.Value.First), Event: true) : new(Days(p.Value.End - p.Value.First), Event: false)),
            StringComparer.Ordinal);
    }

    private static int Number(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static double Days(double seconds) => seconds / 86_400;
}
