using SegmentAI.Skills.Configuration;

namespace SegmentAI.Skills.Tenants;

/// <summary>
/// Reads a tenant's <c>behaviour:</c> section. Every table and column name is spliced into SQL, so each must be a plain
/// identifier; anything else is reported with its line when the tenant loads.
/// </summary>
internal static class BehaviourSection
{
    /// <summary>The event log the section describes, or null (with issues recorded) when it is incomplete.</summary>
    public static BehaviourEventLog? Read(YamlMapReader map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var events = map.Map("events", required: true);
        string? table = null, user = null, timestamp = null, type = null, session = null;
        if (events is not null)
        {
            table = events.Identifier("table", required: true);
            user = events.Identifier("user", required: true);
            timestamp = events.Identifier("timestamp", required: true);
            type = events.Identifier("type", required: true);
            session = events.Identifier("session", required: false);
            events.RejectUnknownKeys();
        }

        var gap = map.Int("session_gap_minutes", min: 1, max: 24 * 60) ?? 30;
        var dropOff = map.String("drop_off_event");
        var steps = map.Strings("step_events");
        map.RejectUnknownKeys();
        return table is null || user is null || timestamp is null || type is null
            ? null
            : new BehaviourEventLog
            {
                Table = table,
                UserColumn = user,
                TimestampColumn = timestamp,
                TypeColumn = type,
                SessionColumn = session,
                SessionGap = TimeSpan.FromMinutes(gap),
                DropOffEvent = dropOff,
                StepEvents = steps,
            };
    }
}
