using System.Globalization;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tenants;

/// <summary>Reads and validates <c>tenant.yaml</c>; every problem is reported with file, line and field.</summary>
internal static class TenantConfigParser
{
    /// <summary>Parses a tenant file; throws <see cref="ConfigurationException"/> listing every problem.</summary>
    /// <param name="expectedId">The tenant's folder name, which the file's <c>id</c> must equal.</param>
    /// <param name="file">Path used in messages.</param>
    /// <param name="yaml">File content.</param>
    public static TenantConfig Parse(string expectedId, string file, string yaml)
    {
        var issues = new List<ConfigurationIssue>();
        var root = YamlMapReader.Parse(file, yaml, issues);
        if (root is null)
        {
            throw new ConfigurationException(issues);
        }

        var id = root.String("id", required: true);
        if (id is not null && id != expectedId)
        {
            root.Error("id", $"is '{id}' but the folder is '{expectedId}'; they must match");
        }

        var displayName = root.String("display_name", required: true);
        root.String("description");
        var entity = ReadEntity(root.Map("entity", required: true));
        var warehouse = ReadWarehouse(root.Map("warehouse", required: true));
        var facets = root.Map("facets");
        var allowed = facets?.Strings("allowed") ?? [];
        var restricted = facets?.Strings("restricted") ?? [];
        facets?.RejectUnknownKeys();
        var protectedAttributes = root.Strings("protected_attributes");
        var vocabulary = root.Maps("vocabulary").Select(ReadVocabulary).OfType<VocabularyEntry>().ToList();
        var vagueTerms = root.Maps("vague_terms").Select(ReadVagueTerm).OfType<VagueTerm>().ToList();
        var limits = ReadLimits(root.Map("segment_size_limits", required: true));
        var dates = ReadDates(root.Map("dates", required: true));
        var rates = ReadRates(root.Map("rate_limits", required: true));
        var roles = ReadRoles(root);
        var defaultRole = root.String("default_role", required: true);
        if (defaultRole is not null && !roles.ContainsKey(defaultRole))
        {
            root.Error("default_role", $"'{defaultRole}' is not one of the roles ({string.Join(", ", roles.Keys)})");
        }

        var users = ReadUsers(root, roles);
        var channels = ReadChannels(root.Map("channels"));
        var overrides = ReadOverrides(root);
        var destinations = root.NamedMaps("destinations").Select(d => ReadDestination(d.Key, d.Value)).OfType<DeliveryDestination>().ToList();
        var behaviour = root.Map("behaviour") is { } behaviourMap ? BehaviourSection.Read(behaviourMap) : null;
        var eventSources = EventSourcesSection.Read(root, behaviour);
        root.RejectUnknownKeys();

        if (issues.Count > 0 || id is null || displayName is null || entity is null || warehouse is null
            || limits is null || dates is null || rates is null || defaultRole is null)
        {
            throw new ConfigurationException(issues.Count > 0 ? issues : [new ConfigurationIssue(file, 0, 0, "", "incomplete tenant file")]);
        }

        return new TenantConfig
        {
            Id = id,
            DisplayName = displayName,
            Entity = entity,
            Warehouse = warehouse,
            AllowedFacets = allowed,
            RestrictedFacets = restricted,
            ProtectedAttributes = protectedAttributes,
            Vocabulary = vocabulary,
            VagueTerms = vagueTerms,
            SizeLimits = limits,
            Dates = dates,
            RateLimits = rates,
            Roles = roles,
            DefaultRole = defaultRole,
            Users = users,
            Channels = channels,
            SkillOverrides = overrides,
            Destinations = destinations,
            Behaviour = behaviour,
            EventSources = eventSources,
        };
    }

    private static SegmentEntity? ReadEntity(YamlMapReader? map)
    {
        if (map is null)
        {
            return null;
        }

        var table = map.Identifier("table", required: true);
        var key = map.Identifier("key", required: true);
        var noun = map.String("noun", required: true);
        var singular = map.String("singular") ?? noun?.TrimEnd('s');
        map.RejectUnknownKeys();
        return table is null || key is null || noun is null || singular is null ? null : new SegmentEntity(table, key, noun, singular);
    }

    private static WarehouseConnection? ReadWarehouse(YamlMapReader? map)
    {
        if (map is null)
        {
            return null;
        }

        var provider = map.Enum<WarehouseProvider>("provider") ?? WarehouseProvider.DuckDb;
        var path = map.String("path");
        var connectionString = map.String("connection_string");
        var schema = map.String("schema");
        var generator = map.String("generator");
        if (provider == WarehouseProvider.DuckDb && path is null)
        {
            map.Error("path", "a DuckDB warehouse needs the path of its file");
        }

        if (provider == WarehouseProvider.Postgres && connectionString is null)
        {
            map.Error("connection_string", "a PostgreSQL warehouse needs a connection string (or env:VARIABLE)");
        }

        if (schema is not null && !SqlIdentifier.IsValid(schema))
        {
            map.Error("schema", $"'{schema}' is not a plain SQL identifier");
        }

        map.RejectUnknownKeys();
        return new WarehouseConnection(provider, path, connectionString, schema, generator);
    }

    private static VocabularyEntry? ReadVocabulary(YamlMapReader map)
    {
        var phrase = map.String("phrase", required: true);
        var description = map.String("description");
        var windowDays = map.Int("window_days", min: 1, max: 3660);
        var condition = map.Map("condition", required: true);
        var parsed = condition is null || phrase is null ? null : ReadCondition(condition, phrase);
        map.RejectUnknownKeys();
        return phrase is null || parsed is null ? null : new VocabularyEntry(phrase, parsed, windowDays, description) { Line = condition!.Line };
    }

    private static VagueTerm? ReadVagueTerm(YamlMapReader map)
    {
        var kind = map.String("kind", required: true);
        var phrases = map.Strings("phrases", required: true);
        var question = map.String("question", required: true);
        var defaultId = map.String("default");
        var options = new List<VagueTermOption>();
        foreach (var optionMap in map.Maps("options", required: true))
        {
            var id = optionMap.String("id", required: true);
            var label = optionMap.String("label", required: true);
            var windowDays = optionMap.Int("window_days", min: 1, max: 3660);
            var frequency = optionMap.Map("frequency") is { } frequencyMap ? ReadFrequency(frequencyMap) : null;
            var condition = optionMap.Map("condition") is { } conditionMap && label is not null ? ReadCondition(conditionMap, label) : null;
            optionMap.RejectUnknownKeys();
            if (condition is null && windowDays is null && frequency is null)
            {
                optionMap.Error("an option needs a condition, a window_days or a frequency");
            }
            else if (id is not null && label is not null)
            {
                options.Add(new VagueTermOption(id, label, condition, windowDays, frequency));
            }
        }

        if (options.Count is < 2 or > 4)
        {
            map.Error("options", $"a vague term offers 2 to 4 options (has {options.Count})");
        }

        if (options.Select(o => o.Id).Distinct(StringComparer.Ordinal).Count() != options.Count)
        {
            map.Error("options", "option ids must be unique");
        }

        if (defaultId is not null && options.All(o => o.Id != defaultId))
        {
            map.Error("default", $"'{defaultId}' is not one of the option ids ({string.Join(", ", options.Select(o => o.Id))})");
        }

        map.RejectUnknownKeys();
        return kind is null || question is null || phrases.Count == 0
            ? null
            : new VagueTerm(kind, phrases, question, options, defaultId) { Line = map.Line };
    }

    private static SegmentCondition? ReadCondition(YamlMapReader condition, string sourceText)
    {
        var facet = condition.String("facet", required: true);
        var op = condition.Enum<ConditionOperator>("operator", required: true);
        var values = condition.Strings("values");
        AggregateThreshold? aggregate = null;
        if (condition.Map("aggregate") is { } aggregateMap)
        {
            var function = aggregateMap.Enum<AggregateFunction>("function") ?? AggregateFunction.Sum;
            var aggregateOp = aggregateMap.Enum<ConditionOperator>("operator", required: true);
            var amounts = aggregateMap.Strings("values", required: true).Select(v => ParseDecimal(aggregateMap, v)).OfType<decimal>().ToList();
            aggregateMap.RejectUnknownKeys();
            aggregate = aggregateOp is null ? null : new AggregateThreshold { Function = function, Operator = aggregateOp.Value, Values = amounts };
        }

        var frequency = condition.Map("frequency") is { } frequencyMap ? ReadFrequency(frequencyMap) : null;
        var sameEvent = new List<EventFilter>();
        foreach (var filterMap in condition.Maps("same_event"))
        {
            var filterFacet = filterMap.String("facet", required: true);
            var filterOp = filterMap.Enum<ConditionOperator>("operator", required: true);
            var filterValues = filterMap.Strings("values");
            filterMap.RejectUnknownKeys();
            if (filterFacet is not null && filterOp is not null)
            {
                sameEvent.Add(new EventFilter { Facet = filterFacet, Operator = filterOp.Value, Values = filterValues, SourceText = sourceText });
            }
        }

        condition.RejectUnknownKeys();
        return facet is null || op is null
            ? null
            : new SegmentCondition
            {
                SourceText = sourceText,
                Facet = facet,
                Operator = op.Value,
                Values = values,
                Aggregate = aggregate,
                Frequency = frequency,
                SameEvent = sameEvent.Count > 0 ? sameEvent : null,
            };
    }

    private static Frequency? ReadFrequency(YamlMapReader map)
    {
        var comparison = map.Enum<FrequencyComparison>("comparison") ?? FrequencyComparison.AtLeast;
        var count = map.Double("count", required: true, min: 0);
        var per = map.Enum<FrequencyPeriod>("per") ?? FrequencyPeriod.Window;
        map.RejectUnknownKeys();
        return count is null ? null : new Frequency { Comparison = comparison, Count = count.Value, Per = per };
    }

    private static decimal? ParseDecimal(YamlMapReader map, string text)
    {
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        map.Error("values", $"'{text}' is not a number");
        return null;
    }

    private static SegmentSizeLimits? ReadLimits(YamlMapReader? map)
    {
        if (map is null)
        {
            return null;
        }

        var min = map.Int("min", required: true, min: 0);
        var max = map.Int("max", required: true, min: 1);
        if (min is not null && max is not null && min >= max)
        {
            map.Error("max", $"must be greater than min ({min})");
        }

        map.RejectUnknownKeys();
        return min is null || max is null ? null : new SegmentSizeLimits(min.Value, max.Value);
    }

    private static DateConventions? ReadDates(YamlMapReader? map)
    {
        if (map is null)
        {
            return null;
        }

        var startMonth = map.Int("fiscal_year_start_month", min: 1, max: 12) ?? 1;
        var naming = map.Enum<FiscalYearNaming>("fiscal_year_naming") ?? FiscalYearNaming.EndYear;
        var weekStart = map.Enum<DayOfWeek>("week_start") ?? DayOfWeek.Monday;
        var calendar = map.Enum<CalendarKind>("default_calendar") ?? CalendarKind.Gregorian;
        var frequencyWindow = map.Int("default_frequency_window_days", required: true, min: 1, max: 3660);
        var eventWindow = map.Int("default_event_window_days", required: true, min: 1, max: 3660);
        map.RejectUnknownKeys();
        return frequencyWindow is null || eventWindow is null
            ? null
            : new DateConventions(new CalendarConventions(startMonth, naming, weekStart, calendar), frequencyWindow.Value, eventWindow.Value);
    }

    private static RateLimits? ReadRates(YamlMapReader? map)
    {
        if (map is null)
        {
            return null;
        }

        var perDay = map.Int("segments_per_day", required: true, min: 1);
        var sessions = map.Int("concurrent_sessions", required: true, min: 1);
        var turns = map.Int("turns_per_minute", min: 1) ?? RateLimits.DefaultTurnsPerMinute;
        var userTurns = map.Int("user_turns_per_minute", min: 1) ?? RateLimits.DefaultUserTurnsPerMinute;
        if (userTurns > turns)
        {
            map.Error("user_turns_per_minute", $"{userTurns} is more than the tenant's turns_per_minute ({turns}); one user cannot send more than the whole tenant");
        }

        map.RejectUnknownKeys();
        return perDay is null || sessions is null ? null : new RateLimits(perDay.Value, sessions.Value, turns, userTurns);
    }

    private static TenantChannels ReadChannels(YamlMapReader? map)
    {
        if (map is null)
        {
            return TenantChannels.Any;
        }

        var teams = map.Map("teams");
        var teamsTenants = teams?.Strings("tenant_ids") ?? [];
        teams?.RejectUnknownKeys();
        var slack = map.Map("slack");
        var slackTeams = slack?.Strings("team_ids") ?? [];
        slack?.RejectUnknownKeys();
        map.RejectUnknownKeys();
        return new TenantChannels(teamsTenants, slackTeams);
    }

    private static DeliveryDestination? ReadDestination(string id, YamlMapReader map)
    {
        var url = map.String("url", required: true);
        var secret = map.String("secret", required: true);
        var description = map.String("description");
        map.RejectUnknownKeys();
        if (url is null || secret is null)
        {
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            map.Error("url", $"'{url}' is not an http(s) address");
            return null;
        }

        // Member keys and the signature travel in the request, so only a loopback receiver may use plain http.
        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            map.Error("url", $"'{url}' must use https (plain http is accepted only for a loopback host)");
            return null;
        }

        if (secret.StartsWith("env:", StringComparison.Ordinal) ? secret.Length == "env:".Length : secret.Length < 16)
        {
            map.Error("secret", "must be env:VARIABLE or a shared secret of at least 16 characters");
            return null;
        }

        return new DeliveryDestination(id, uri, secret, description);
    }

    private static Dictionary<string, TenantRole> ReadRoles(YamlMapReader root)
    {
        var roles = new Dictionary<string, TenantRole>(StringComparer.Ordinal);
        var roleMap = root.Map("roles", required: true);
        if (roleMap is null)
        {
            return roles;
        }

        foreach (var name in roleMap.Keys)
        {
            var permissions = new HashSet<TenantPermission>();
            foreach (var permission in roleMap.Strings(name))
            {
                if (SnakeCase.TryParseEnum<TenantPermission>(permission, out var parsed))
                {
                    permissions.Add(parsed);
                }
                else
                {
                    roleMap.Error(name, $"'{permission}' is not a permission; use {string.Join(", ", SnakeCase.EnumNames<TenantPermission>())}");
                }
            }

            roles[name] = new TenantRole(name, permissions);
        }

        if (roles.Count == 0)
        {
            root.Error("roles", "must define at least one role");
        }

        return roles;
    }

    private static List<TenantUser> ReadUsers(YamlMapReader root, IReadOnlyDictionary<string, TenantRole> roles)
    {
        var users = new List<TenantUser>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var map in root.Maps("users"))
        {
            var id = map.String("id", required: true);
            var name = map.String("name") ?? id;
            var role = map.String("role", required: true);
            var channelIds = ReadChannelIds(map);
            map.RejectUnknownKeys();
            if (role is not null && !roles.ContainsKey(role))
            {
                map.Error("role", $"'{role}' is not one of the roles ({string.Join(", ", roles.Keys)})");
                continue;
            }

            if (id is null || name is null || role is null)
            {
                continue;
            }

            if (!ids.Add(id))
            {
                map.Error("id", $"user '{id}' is listed twice");
                continue;
            }

            users.Add(new TenantUser(id, name, role, channelIds) { Line = map.Line });
        }

        return users;
    }

    // channel_ids: { teams: <Entra object id>, slack: <Slack user id> }; the older one-key-per-channel spelling is
    // named in the error so a tenant file written for it says how to move.
    private static Dictionary<string, string> ReadChannelIds(YamlMapReader user)
    {
        foreach (var (old, channel) in new[] { ("teams_aad_object_id", "teams"), ("slack_user_id", "slack") })
        {
            if (user.Has(old))
            {
                user.Error(old, $"channel ids are listed under channel_ids now: write channel_ids: {{ {channel}: {user.String(old)} }}");
            }
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        if (user.Map("channel_ids") is not { } map)
        {
            return ids;
        }

        foreach (var channel in map.Keys)
        {
            if (map.String(channel) is { Length: > 0 } id)
            {
                ids[channel] = id;
            }
            else
            {
                map.Error(channel, "needs the user's id on that channel");
            }
        }

        return ids;
    }

    private static Dictionary<string, SkillOverride> ReadOverrides(YamlMapReader root)
    {
        var overrides = new Dictionary<string, SkillOverride>(StringComparer.Ordinal);
        foreach (var (skillId, map) in root.NamedMaps("skill_overrides"))
        {
            var version = map.String("version");
            var instructions = map.String("instructions");
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
            if (map.Map("parameters") is { } parameterMap)
            {
                foreach (var key in parameterMap.Keys)
                {
                    if (parameterMap.String(key, required: true) is { } value)
                    {
                        parameters[key] = value;
                    }
                }
            }

            map.RejectUnknownKeys();
            overrides[skillId] = new SkillOverride(skillId, version, parameters, instructions);
        }

        return overrides;
    }
}
