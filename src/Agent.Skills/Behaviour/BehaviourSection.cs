using SegmentAI.Skills.Configuration;

namespace SegmentAI.Skills.Behaviour;

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
            table = Identifier(events, "table", required: true);
            user = Identifier(events, "user", required: true);
            timestamp = Identifier(events, "timestamp", required: true);
            type = Identifier(events, "type", required: true);
            session = Identifier(events, "session", required: false);
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

    private static string? Identifier(YamlMapReader map, string key, bool required)
    {
        var name = map.String(key, required);
        if (name is null || SqlIdentifier.IsValid(name))
        {
            return name;
        }

        map.Error(key, $"'{name}' must be a plain table or column name (letters, digits, underscores)");
        return null;
    }
}
