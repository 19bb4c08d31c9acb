using SegmentAI.Skills.Configuration;

namespace SegmentAI.Skills.Tenants;

/// <summary>
/// Reads a tenant's <c>event_sources:</c> section. Sources fill the event table <c>behaviour:</c> describes, so the
/// section needs that one; field and column names are plain identifiers (columns are spliced into SQL, and a field
/// that is not one would be a header nobody could type), and each property must fill a column of its own.
/// </summary>
internal static class EventSourcesSection
{
    /// <summary>The sources the section declares; a broken one is left out with its issues recorded.</summary>
    public static IReadOnlyList<EventSourceMapping> Read(YamlMapReader root, BehaviourEventLog? behaviour)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!root.Has("event_sources"))
        {
            return [];
        }

        var hasBehaviour = root.Has("behaviour");
        var sources = new List<EventSourceMapping>();
        foreach (var (name, map) in root.NamedMaps("event_sources"))
        {
            if (!SqlIdentifier.IsValid(name))
            {
                map.Error($"'{name}' is not a plain name; use letters, digits and underscores");
            }

            if (ReadSource(name, map, behaviour) is { } source && hasBehaviour)
            {
                sources.Add(source);
            }
        }

        if (!hasBehaviour)
        {
            root.Error("event_sources", "needs a behaviour: section naming the events table the sources fill");
        }

        return sources;
    }

    private static EventSourceMapping? ReadSource(string name, YamlMapReader map, BehaviourEventLog? behaviour)
    {
        var user = map.Identifier("user", required: true);
        var timestamp = map.Identifier("timestamp", required: true);
        var type = map.Identifier("type", required: true);
        var session = map.Identifier("session");
        if (session is not null && behaviour is { SessionColumn: null })
        {
            map.Error("session", "behaviour.events has no session column to put it in; add session: to behaviour.events or leave this out");
        }

        var properties = ReadProperties(map, behaviour);
        var share = map.Double("max_bad_row_share", min: 0, max: 1) ?? EventSourceMapping.DefaultMaxBadRowShare;
        map.RejectUnknownKeys();
        var fields = new[] { user, timestamp, type, session }.OfType<string>().Concat(properties.Select(p => p.Field));
        foreach (var twice in fields.GroupBy(f => f, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            map.Error($"field '{twice.Key}' is mapped more than once; each file field fills one column");
        }

        return user is null || timestamp is null || type is null
            ? null
            : new EventSourceMapping
            {
                Name = name,
                UserField = user,
                TimestampField = timestamp,
                TypeField = type,
                SessionField = session,
                Properties = properties,
                MaxBadRowShare = share,
            };
    }

    private static List<EventSourceProperty> ReadProperties(YamlMapReader map, BehaviourEventLog? behaviour)
    {
        var properties = new List<EventSourceProperty>();
        if (map.Map("properties") is not { } mapping)
        {
            return properties;
        }

        var taken = behaviour is null
            ? new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(new[] { behaviour.UserColumn, behaviour.TimestampColumn, behaviour.TypeColumn, behaviour.SessionColumn }.OfType<string>(), StringComparer.OrdinalIgnoreCase);
        foreach (var field in mapping.Keys)
        {
            var column = mapping.Identifier(field, required: true);
            if (!SqlIdentifier.IsValid(field))
            {
                mapping.Error(field, $"'{field}' is not a plain field name; use letters, digits and underscores");
                continue;
            }

            if (column is null)
            {
                continue;
            }

            if (!taken.Add(column))
            {
                mapping.Error(field, $"column '{column}' is already filled (by behaviour.events or another property); map each column once");
                continue;
            }

            properties.Add(new EventSourceProperty(field, column));
        }

        mapping.RejectUnknownKeys();
        return properties;
    }
}
