using System.Data.Common;
using System.Globalization;
using SegmentAI.Skills.Sql.Writing;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// Computes per-user behaviour features in one grouped query on the warehouse (standard SQL both DuckDB and PostgreSQL
/// accept — window functions, <c>percentile_cont … WITHIN GROUP</c>, <c>EXTRACT(EPOCH …)</c>; a differential test gets the same personas from both).
/// Clustering features: sessions, events per active day, median session length, median pause between actions within a
/// session, each step event per session, the share of sessions that end in a drop-off, days active and days since
/// the last event. Descriptive features: each step event's count, offers sent with their acceptance and rejection
/// rates, and the median time from each key step to the next within a session. Last, whether the user dropped off by the tenant's churn
/// proxy. Only users with an event in the window have a row: people who did nothing have no behaviour.
/// </summary>
internal static class BehaviourFeatures
{
    /// <summary>Features every log has; then one per step event, then the drop-off share when the log has one.</summary>
    public static readonly IReadOnlyList<string> Core =
        ["sessions", "events_per_active_day", "median_session_seconds", "median_pause_seconds", "days_active", "days_since_last_event"];

    /// <summary>The feature names for <paramref name="log"/>, in column order.</summary>
    public static IReadOnlyList<string> NamesFor(BehaviourEventLog log) => Columns(log, default).Select(c => c.Name).ToList();

    /// <summary>The query for the days [<paramref name="start"/>, <paramref name="end"/>), values inline (identifiers come from
    /// the validated tenant configuration, never from a message).</summary>
    /// <remarks>
    /// Shaped for 100,000 users and 20 million events: one window sort (the pause within a session), then one grouping
    /// by session and one by user over its rows, joined per user, not per event; the user id stays in the warehouse's
    /// own type until the output, as strings in sort and hash keys cost twice as much.
    /// </remarks>
    public static string Sql(BehaviourEventLog log, DateOnly start, DateOnly end)
    {
        ArgumentNullException.ThrowIfNull(log);
        var counted = Counted(log);
        var writer = new SqlWriter(inlineLiterals: true);
        if (log.SessionColumn is { } column)
        {
            writer.Append($"""
                WITH sessioned AS (
                  SELECT {log.UserColumn} AS user_id, {log.TimestampColumn} AS ts, CAST({log.TypeColumn} AS VARCHAR) AS event_type, {column} AS session_key
                  FROM {log.Table}
                  WHERE {log.TimestampColumn} >= 
                """).Value(start).Append($" AND {log.TimestampColumn} < ").Value(end).Append("\n)");
        }
        else
        {
            var gap = log.SessionGap.TotalSeconds.ToString(CultureInfo.InvariantCulture);
            writer.Append($"""
                WITH raw AS (
                  SELECT {log.UserColumn} AS user_id, {log.TimestampColumn} AS ts, CAST({log.TypeColumn} AS VARCHAR) AS event_type,
                         {Epoch(log.TimestampColumn)} - {Epoch($"LAG({log.TimestampColumn}) OVER (PARTITION BY {log.UserColumn} ORDER BY {log.TimestampColumn})")} AS since_previous
                  FROM {log.Table}
                  WHERE {log.TimestampColumn} >= 
                """).Value(start).Append($" AND {log.TimestampColumn} < ").Value(end).Append($"""

                ), sessioned AS (
                  SELECT user_id, ts, event_type,
                         SUM(CASE WHEN since_previous IS NULL OR since_previous > {gap} THEN 1 ELSE 0 END) OVER (PARTITION BY user_id ORDER BY ts ROWS UNBOUNDED PRECEDING) AS session_key
                  FROM raw
                )
                """);
        }

        writer.Append($"""
            , stepped AS (
              SELECT user_id, ts, event_type, session_key,
                     {Epoch("ts")} - {Epoch("LAG(ts) OVER (PARTITION BY user_id, session_key ORDER BY ts)")} AS pause
              FROM sessioned
            ), sessions AS (
              SELECT user_id, session_key, {Epoch("MAX(ts)")} - {Epoch("MIN(ts)")} AS seconds,
                     CASE WHEN MAX(CASE WHEN event_type = 
            """).Value(log.DropOffEvent ?? "").Append(" THEN ts END) = MAX(ts) THEN 1.0 ELSE 0.0 END AS ended_in_drop_off");
        for (var i = 0; i < log.KeySteps.Count; i++)
        {
            writer.Append(",\n         MIN(CASE WHEN event_type = ").Value(log.KeySteps[i]).Append(Invariant($" THEN ts END) AS first_key_{i}"));
        }

        writer.Append("""

              FROM stepped GROUP BY user_id, session_key
            ), per_session AS (
              SELECT user_id, COUNT(*) AS sessions, percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median_session_seconds,
                     AVG(ended_in_drop_off) AS drop_off_share
            """);
        for (var i = 0; i + 1 < log.KeySteps.Count; i++)
        {
            writer.Append(Invariant($",\n         percentile_cont(0.5) WITHIN GROUP (ORDER BY CASE WHEN first_key_{i + 1} >= first_key_{i} THEN {Epoch($"first_key_{i + 1}")} - {Epoch($"first_key_{i}")} END) AS key_gap_{i}"));
        }

        writer.Append("""

              FROM sessions GROUP BY user_id
            ), per_user AS (
              SELECT user_id, COUNT(*) AS events, COUNT(DISTINCT CAST(ts AS DATE)) AS days_active,
                     COALESCE(percentile_cont(0.5) WITHIN GROUP (ORDER BY pause), 0) AS median_pause_seconds, MAX(ts) AS last_ts
            """);
        for (var i = 0; i < counted.Count; i++)
        {
            writer.Append(",\n         COUNT(CASE WHEN event_type = ").Value(counted[i]).Append(Invariant($" THEN 1 END) AS events_{i}"));
        }

        writer.Append("\n  FROM stepped GROUP BY user_id\n)\nSELECT CAST(u.user_id AS VARCHAR) AS user_key");
        foreach (var feature in Columns(log, end))
        {
            writer.Append(",\n       ");
            feature.Write(writer);
        }

        writer.Append(",\n       CASE WHEN p.drop_off_share > 0 OR EXTRACT(EPOCH FROM CAST(").Value(end)
            .Append(Invariant($" AS TIMESTAMP)) - {Epoch("u.last_ts")} >= {log.InactiveDays * 86_400} THEN 1 ELSE 0 END AS dropped_off"));
        return writer.Append("\nFROM per_user u JOIN per_session p ON p.user_id = u.user_id\nORDER BY user_key").ToString();
    }

    /// <summary>Runs the query on an open warehouse connection.</summary>
    public static async Task<BehaviourFeatureTable> ComputeAsync(
        DbConnection connection, BehaviourEventLog log, DateOnly start, DateOnly end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var columns = Columns(log, end);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql(log, start, end);
        var users = new List<string>();
        var values = new List<double[]>();
        var dropped = new List<bool>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            users.Add(reader.GetString(0));
            var row = new double[columns.Count];
            for (var i = 0; i < row.Length; i++)
            {
                // A clustering feature with no value (a single-event session has no pause) is 0; a descriptive one is
                // unknown (no offers, no acceptance rate) and stays out of every mean.
                row[i] = !reader.IsDBNull(i + 1) ? Convert.ToDouble(reader.GetValue(i + 1), CultureInfo.InvariantCulture)
                    : columns[i].Role == BehaviourFeatureRole.Clustering ? 0 : double.NaN;
            }

            values.Add(row);
            dropped.Add(Convert.ToInt32(reader.GetValue(columns.Count + 1), CultureInfo.InvariantCulture) == 1);
        }

        return new BehaviourFeatureTable(columns.Select(c => c.Name).ToList(), columns.Select(c => c.Role).ToList(), users, values, dropped);
    }

    // Only features that are dense and each measure a different way of working cluster; counts repeat their per-session
    // rates (scaled by sessions, already a feature) and rates or step times are missing for everyone who never got
    // that far, so they describe personas without moving the clusters.
    private static List<Column> Columns(BehaviourEventLog log, DateOnly end)
    {
        ArgumentNullException.ThrowIfNull(log);
        var counted = Counted(log);
        SqlWriter Count(SqlWriter writer, string eventType) => writer.Append(Invariant($"u.events_{counted.IndexOf(eventType)}"));
        SqlWriter PerOffer(SqlWriter writer, string eventType, string offered) =>
            Count(Count(writer, eventType).Append(" * 1.0 / NULLIF("), offered).Append(", 0)");

        var columns = new List<Column>
        {
            new("sessions", BehaviourFeatureRole.Clustering, w => w.Append("p.sessions")),
            new("events_per_active_day", BehaviourFeatureRole.Clustering, w => w.Append("u.events * 1.0 / u.days_active")),
            new("median_session_seconds", BehaviourFeatureRole.Clustering, w => w.Append("p.median_session_seconds")),
            new("median_pause_seconds", BehaviourFeatureRole.Clustering, w => w.Append("u.median_pause_seconds")),
            new("days_active", BehaviourFeatureRole.Clustering, w => w.Append("u.days_active")),
            new("days_since_last_event", BehaviourFeatureRole.Clustering, w => w.Append("(EXTRACT(EPOCH FROM CAST(").Value(end).Append($" AS TIMESTAMP)) - {Epoch("u.last_ts")}) / 86400.0")),
        };
        columns.AddRange(log.StepEvents.Select(step => new Column($"{step}_per_session", BehaviourFeatureRole.Clustering, w => Count(w, step).Append(" * 1.0 / p.sessions"))));
        if (log.DropOffEvent is not null)
        {
            columns.Add(new("drop_off_share", BehaviourFeatureRole.Clustering, w => w.Append("p.drop_off_share")));
        }

        columns.AddRange(log.StepEvents.Where(step => step != log.Outcomes?.Offered)
            .Select(step => new Column($"{step}_count", BehaviourFeatureRole.Descriptive, w => Count(w, step))));
        if (log.Outcomes is { } outcomes)
        {
            columns.Add(new("offers_sent", BehaviourFeatureRole.Descriptive, w => Count(w, outcomes.Offered)));
            if (outcomes.Accepted is { } accepted)
            {
                columns.Add(new("acceptance_rate", BehaviourFeatureRole.Descriptive, w => PerOffer(w, accepted, outcomes.Offered)));
            }

            if (outcomes.Rejected is { } rejected)
            {
                columns.Add(new("rejection_rate", BehaviourFeatureRole.Descriptive, w => PerOffer(w, rejected, outcomes.Offered)));
            }
        }

        for (var i = 0; i + 1 < log.KeySteps.Count; i++)
        {
            var gap = Invariant($"p.key_gap_{i}");
            columns.Add(new($"median_seconds_{log.KeySteps[i]}_to_{log.KeySteps[i + 1]}", BehaviourFeatureRole.Descriptive, w => w.Append(gap)));
        }

        return columns;
    }

    // The event types counted per user: the step events, then the outcome events that are not steps already.
    private static List<string> Counted(BehaviourEventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        string?[] outcomes = [log.Outcomes?.Offered, log.Outcomes?.Accepted, log.Outcomes?.Rejected];
        return log.StepEvents.Concat(outcomes.OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Epoch(string expression) => $"EXTRACT(EPOCH FROM {expression})";

    private sealed record Column(string Name, BehaviourFeatureRole Role, Action<SqlWriter> Write);
}
