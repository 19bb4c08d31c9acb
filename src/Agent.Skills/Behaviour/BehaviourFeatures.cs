using System.Data.Common;
using System.Globalization;
using SegmentAI.Skills.Sql.Writing;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// Computes per-user behaviour features in one grouped query on the warehouse (standard SQL both DuckDB and PostgreSQL
/// accept — window functions, <c>percentile_cont … WITHIN GROUP</c>, <c>EXTRACT(EPOCH …)</c>; a differential test gets the same personas from both): sessions, events per active day, median session length, median pause between actions within a
/// session, each step event per session, the share of sessions that end in a drop-off, days active and days since
/// the last event. Only users with an event in the window have a row: people who did nothing have no behaviour.
/// </summary>
internal static class BehaviourFeatures
{
    /// <summary>Features every log has; then one per step event, then the drop-off share when the log has one.</summary>
    public static readonly IReadOnlyList<string> Core =
        ["sessions", "events_per_active_day", "median_session_seconds", "median_pause_seconds", "days_active", "days_since_last_event"];

    /// <summary>The feature names for <paramref name="log"/>, in column order.</summary>
    public static IReadOnlyList<string> NamesFor(BehaviourEventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return [.. Core, .. log.StepEvents.Select(e => $"{e}_per_session"), .. log.DropOffEvent is null ? Array.Empty<string>() : ["drop_off_share"]];
    }

    /// <summary>
    /// The query for the days [<paramref name="start"/>, <paramref name="end"/>), values inline (identifiers come from
    /// the validated tenant configuration, never from a message).
    /// </summary>
    public static string Sql(BehaviourEventLog log, DateOnly start, DateOnly end)
    {
        ArgumentNullException.ThrowIfNull(log);
        var gap = log.SessionGap.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        var session = log.SessionColumn is { } column
            ? $"CAST({column} AS VARCHAR)"
            : $"CAST(SUM(CASE WHEN since_previous IS NULL OR since_previous > {gap} THEN 1 ELSE 0 END) OVER (PARTITION BY user_id ORDER BY ts ROWS UNBOUNDED PRECEDING) AS VARCHAR)";
        var sessionColumn = log.SessionColumn is null ? "" : $", {log.SessionColumn}";
        var writer = new SqlWriter(inlineLiterals: true);
        writer.Append($"""
            WITH raw AS (
              SELECT CAST({log.UserColumn} AS VARCHAR) AS user_id, {log.TimestampColumn} AS ts, CAST({log.TypeColumn} AS VARCHAR) AS event_type{sessionColumn},
                     {Epoch(log.TimestampColumn)} - {Epoch($"LAG({log.TimestampColumn}) OVER (PARTITION BY {log.UserColumn} ORDER BY {log.TimestampColumn})")} AS since_previous
              FROM {log.Table}
              WHERE {log.TimestampColumn} >= 
            """).Value(start).Append($" AND {log.TimestampColumn} < ").Value(end).Append($"""

            ), sessioned AS (
              SELECT user_id, ts, event_type, {session} AS session_key FROM raw
            ), stepped AS (
              SELECT user_id, ts, event_type, session_key,
                     {Epoch("ts")} - {Epoch("LAG(ts) OVER (PARTITION BY user_id, session_key ORDER BY ts)")} AS pause,
                     ROW_NUMBER() OVER (PARTITION BY user_id, session_key ORDER BY ts DESC) AS from_end
              FROM sessioned
            ), sessions AS (
              SELECT user_id, session_key, {Epoch("MAX(ts)")} - {Epoch("MIN(ts)")} AS seconds,
                     MAX(CASE WHEN from_end = 1 AND event_type = 
            """).Value(log.DropOffEvent ?? "").Append($"""
             THEN 1.0 ELSE 0.0 END) AS ended_in_drop_off
              FROM stepped GROUP BY user_id, session_key
            ), per_session AS (
              SELECT user_id, COUNT(*) AS sessions, percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median_session_seconds,
                     AVG(ended_in_drop_off) AS drop_off_share
              FROM sessions GROUP BY user_id
            )
            SELECT s.user_id, p.sessions,
                   COUNT(*) * 1.0 / COUNT(DISTINCT CAST(s.ts AS DATE)) AS events_per_active_day,
                   p.median_session_seconds,
                   COALESCE(percentile_cont(0.5) WITHIN GROUP (ORDER BY s.pause), 0) AS median_pause_seconds,
                   COUNT(DISTINCT CAST(s.ts AS DATE)) AS days_active,
                   (EXTRACT(EPOCH FROM CAST(
            """).Value(end).Append($" AS TIMESTAMP)) - {Epoch("MAX(s.ts)")}) / 86400.0 AS days_since_last_event");
        foreach (var step in log.StepEvents)
        {
            writer.Append(",\n       SUM(CASE WHEN s.event_type = ").Value(step).Append(" THEN 1 ELSE 0 END) * 1.0 / p.sessions");
        }

        if (log.DropOffEvent is not null)
        {
            writer.Append(",\n       p.drop_off_share");
        }

        return writer.Append("\nFROM stepped s JOIN per_session p ON p.user_id = s.user_id\nGROUP BY s.user_id, p.sessions, p.median_session_seconds, p.drop_off_share\nORDER BY s.user_id").ToString();
    }

    /// <summary>Runs the query on an open warehouse connection.</summary>
    public static async Task<BehaviourFeatureTable> ComputeAsync(
        DbConnection connection, BehaviourEventLog log, DateOnly start, DateOnly end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var names = NamesFor(log);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql(log, start, end);
        var users = new List<string>();
        var values = new List<double[]>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            users.Add(reader.GetString(0));
            var row = new double[names.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i + 1) ? 0 : Convert.ToDouble(reader.GetValue(i + 1), CultureInfo.InvariantCulture);
            }

            values.Add(row);
        }

        return new BehaviourFeatureTable(names, users, values);
    }

    private static string Epoch(string expression) => $"EXTRACT(EPOCH FROM {expression})";
}
