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
        var inactiveDays = map.Int("inactive_days", min: 1, max: 366) ?? 14;
        var steps = map.Strings("step_events");
        var keySteps = KeySteps(map);
        var outcomes = Outcomes(map);
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
                InactiveDays = inactiveDays,
                KeySteps = keySteps,
                Outcomes = outcomes,
            };
    }

    // A single key step has no next step to time, and a repeated one would time a step against itself.
    private static IReadOnlyList<string> KeySteps(YamlMapReader map)
    {
        var steps = map.Strings("key_steps", listOnly: true);
        if (steps.Count == 1)
        {
            map.Error("key_steps", "needs at least two event types: the time between consecutive ones is measured");
            return [];
        }

        if (steps.Distinct(StringComparer.Ordinal).Count() != steps.Count)
        {
            map.Error("key_steps", $"names an event type twice ({string.Join(", ", steps)}); each step is a different event");
            return [];
        }

        return steps;
    }

    private static BehaviourOutcomes? Outcomes(YamlMapReader map)
    {
        if (map.Map("outcomes") is not { } outcomes)
        {
            return null;
        }

        var offered = outcomes.String("offered", required: true);
        var accepted = outcomes.String("accepted");
        var rejected = outcomes.String("rejected");
        outcomes.RejectUnknownKeys();
        if (offered is not null && (offered == accepted || offered == rejected || (accepted is not null && accepted == rejected)))
        {
            outcomes.Error("offered, accepted and rejected must be different event types");
            return null;
        }

        return offered is null ? null : new BehaviourOutcomes { Offered = offered, Accepted = accepted, Rejected = rejected };
    }
}
