using System.Globalization;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Skills;

/// <summary>Reads and validates one skill file; every problem is reported with file, line and field.</summary>
internal static partial class SkillParser
{
    /// <summary>
    /// Parses a skill; throws <see cref="ConfigurationException"/> listing every problem.
    /// </summary>
    /// <param name="expectedId">The skill's folder name, which <c>skill_id</c> must equal.</param>
    /// <param name="expectedVersion">The file name without extension, which <c>version</c> must equal.</param>
    /// <param name="file">Path used in messages.</param>
    /// <param name="yaml">File content.</param>
    public static Skill Parse(string expectedId, string expectedVersion, string file, string yaml)
    {
        var issues = new List<ConfigurationIssue>();
        var root = YamlMapReader.Parse(file, yaml, issues);
        if (root is null)
        {
            throw new ConfigurationException(issues);
        }

        var id = root.String("skill_id", required: true);
        if (id is not null && id != expectedId)
        {
            root.Error("skill_id", $"is '{id}' but the folder is '{expectedId}'; they must match");
        }

        var version = root.String("version", required: true);
        if (version is not null && !SkillVersion.IsValid(version))
        {
            root.Error("version", $"'{version}' is not a version of the form major.minor.patch (e.g. 1.0.0)");
        }
        else if (version is not null && version != expectedVersion)
        {
            root.Error("version", $"is '{version}' but the file is '{expectedVersion}.yaml'; they must match (rename the file or fix the version)");
        }

        var name = root.String("name", required: true);
        var description = root.String("description", required: true);
        var procedure = ReadProcedure(root);
        var intents = ReadIntents(root);
        var tools = ReadTools(root);
        var triggers = ReadTriggers(root, intents);
        var instructions = root.String("instructions", required: true);
        var inputSchema = ReadSchema(root, "input_schema");
        var outputSchema = ReadSchema(root, "output_schema");
        var constraints = root.Strings("constraints");
        var parameters = ReadParameters(root);
        var examples = ReadExamples(root, intents);
        var evalSuiteId = root.String("eval_suite_id", required: true);
        var minAccuracy = root.Double("min_accuracy", required: true, min: 0, max: 1);
        var evalGate = root.Bool("eval_gate", required: true);
        var owner = root.String("owner", required: true);
        var createdAt = ReadTimestamp(root, "created_at");
        var updatedAt = ReadTimestamp(root, "updated_at");
        if (createdAt is not null && updatedAt is not null && updatedAt < createdAt)
        {
            root.Error("updated_at", "is before created_at");
        }

        var tenantOverrides = ReadTenantOverrides(root, expectedId, parameters);
        root.RejectUnknownKeys();

        if (issues.Count > 0 || id is null || version is null || name is null || description is null || procedure is null
            || instructions is null || evalSuiteId is null || minAccuracy is null || evalGate is null || owner is null
            || createdAt is null || updatedAt is null)
        {
            throw new ConfigurationException(issues.Count > 0 ? issues : [new ConfigurationIssue(file, 0, 0, "", "incomplete skill file")]);
        }

        return new Skill
        {
            SkillId = id,
            Version = version,
            Name = name,
            Description = description,
            Procedure = procedure,
            Intents = intents,
            Triggers = triggers,
            Instructions = instructions,
            InputSchema = inputSchema,
            OutputSchema = outputSchema,
            Constraints = constraints,
            Examples = examples,
            Tools = tools,
            Parameters = parameters,
            EvalSuiteId = evalSuiteId,
            MinAccuracy = minAccuracy.Value,
            EvalGate = evalGate.Value,
            Owner = owner,
            CreatedAt = createdAt.Value,
            UpdatedAt = updatedAt.Value,
            TenantOverrides = tenantOverrides,
            File = file,
        };
    }

    // Which handler runs it is checked at start-up against what is registered; here only its spelling is.
    private static string? ReadProcedure(YamlMapReader root)
    {
        var procedure = root.String("procedure", required: true);
        if (procedure is not null && !SnakeCaseName().IsMatch(procedure))
        {
            root.Error("procedure", $"'{procedure}' is not a procedure name: use lower-case words joined by underscores, e.g. create_segment");
        }

        return procedure;
    }

    private static List<Intent> ReadIntents(YamlMapReader root)
    {
        var intents = new List<Intent>();
        var names = root.Strings("intents", required: true);
        foreach (var name in names)
        {
            // Which intents exist is the host's to say (AddSkillIntent); start-up binding checks the names against them.
            if (Intent.IsName(name))
            {
                intents.Add(new Intent(name));
            }
            else
            {
                root.Error("intents", $"'{name}' is not an intent name (snake_case, e.g. create or out_of_scope)");
            }
        }

        if (names.Count == 0 && root.Has("intents"))
        {
            root.Error("intents", "must name at least one intent");
        }

        return intents.Distinct().ToList();
    }

    private static Intent? ReadIntent(YamlMapReader map, bool required)
    {
        var name = map.String("intent", required);
        if (name is null || Intent.IsName(name))
        {
            return name is null ? null : new Intent(name);
        }

        map.Error("intent", $"'{name}' is not an intent name (snake_case, e.g. create or out_of_scope)");
        return null;
    }

    private static List<string> ReadTools(YamlMapReader root)
    {
        var tools = root.Strings("tools").ToList();
        // Which tools exist is the host's to say (AddSkillTool); start-up binding checks the names against them.
        foreach (var tool in tools.Where(t => !SnakeCaseName().IsMatch(t)))
        {
            root.Error("tools", $"'{tool}' is not a tool name (snake_case, e.g. facet_search)");
        }

        return tools;
    }

    private static List<SkillTrigger> ReadTriggers(YamlMapReader root, List<Intent> intents)
    {
        var triggers = new List<SkillTrigger>();
        foreach (var (scalar, map) in root.Items("triggers"))
        {
            string? pattern;
            Intent? intent;
            if (map is not null)
            {
                pattern = map.String("pattern", required: true);
                intent = ReadIntent(map, required: true);
                map.RejectUnknownKeys();
                if (intent is { } named && intents.Count > 0 && !intents.Contains(named))
                {
                    map.Error("intent", $"'{named}' is not one of the skill's intents");
                }
            }
            else
            {
                pattern = scalar;
                intent = intents.Count == 1 ? intents[0] : null;
                if (intents.Count > 1)
                {
                    root.Error("triggers", $"trigger '{scalar}' must say which intent it signals ({{pattern: ..., intent: ...}}) because the skill serves several");
                }
            }

            if (pattern is null || intent is null)
            {
                continue;
            }

            var trigger = SkillTrigger.TryCreate(pattern, intent.Value, out var error);
            if (trigger is null)
            {
                (map ?? root).Error(map is null ? "triggers" : "pattern", $"'{pattern}' {error}");
            }
            else
            {
                triggers.Add(trigger);
            }
        }

        return triggers;
    }

    private static Dictionary<string, string> ReadSchema(YamlMapReader root, string key)
    {
        var schema = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.Map(key) is not { } map)
        {
            return schema;
        }

        foreach (var field in map.Keys)
        {
            if (map.String(field, required: true) is { } type)
            {
                schema[field] = type;
            }
        }

        return schema;
    }

    private static Dictionary<string, SkillParameter> ReadParameters(YamlMapReader root)
    {
        var parameters = new Dictionary<string, SkillParameter>(StringComparer.Ordinal);
        foreach (var (name, map) in root.NamedMaps("parameters"))
        {
            var type = map.Enum<SkillParameterType>("type", required: true);
            var minimum = map.Double("min");
            var maximum = map.Double("max");
            var text = map.String("default", required: true);
            var description = map.String("description");
            map.RejectUnknownKeys();
            if (type is null || text is null)
            {
                continue;
            }

            // A threshold or confidence is compared with scores in 0..1, so any other type would be a silent bug.
            if ((name.EndsWith("_threshold", StringComparison.Ordinal) || name.EndsWith("_confidence", StringComparison.Ordinal))
                && type != SkillParameterType.Probability)
            {
                map.Error("type", $"'{name}' is a threshold and must be of type probability (0..1)");
                continue;
            }

            if (minimum > maximum)
            {
                map.Error("min", $"is greater than max ({maximum?.ToString(CultureInfo.InvariantCulture)})");
                continue;
            }

            if (!SkillParameter.TryRead(type.Value, text, minimum, maximum, out var value, out var error))
            {
                map.Error("default", error);
                continue;
            }

            parameters[name] = new SkillParameter(name, type.Value, value, minimum, maximum, description);
        }

        return parameters;
    }

    private static List<SkillExample> ReadExamples(YamlMapReader root, List<Intent> intents)
    {
        var examples = new List<SkillExample>();
        foreach (var map in root.Maps("examples"))
        {
            var input = map.String("input", required: true);
            var intent = ReadIntent(map, required: false);
            var tenant = map.String("tenant");
            var output = map.String("output");
            var notes = map.String("notes");
            map.RejectUnknownKeys();
            if (intent is null && !map.Has("intent"))
            {
                if (intents.Count == 1)
                {
                    intent = intents[0];
                }
                else
                {
                    map.Error("intent", "is required because the skill serves several intents");
                }
            }
            else if (intent is { } named && intents.Count > 0 && !intents.Contains(named))
            {
                map.Error("intent", $"'{named}' is not one of the skill's intents ({string.Join(", ", intents)})");
                continue;
            }

            if (input is not null && intent is not null)
            {
                examples.Add(new SkillExample(input, intent.Value, tenant, output, notes));
            }
        }

        return examples;
    }

    private static DateTimeOffset? ReadTimestamp(YamlMapReader root, string key)
    {
        var text = root.String(key, required: true);
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value;
        }

        root.Error(key, $"must be a date or timestamp such as 2026-07-01 or 2026-07-01T09:00:00Z (got '{text}')");
        return null;
    }

    private static Dictionary<string, SkillOverride> ReadTenantOverrides(YamlMapReader root, string skillId, Dictionary<string, SkillParameter> parameters)
    {
        var overrides = new Dictionary<string, SkillOverride>(StringComparer.Ordinal);
        foreach (var (tenantId, map) in root.NamedMaps("tenant_overrides"))
        {
            var instructions = map.String("instructions");
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (map.Map("parameters") is { } parameterMap)
            {
                foreach (var key in parameterMap.Keys)
                {
                    var text = parameterMap.String(key, required: true);
                    if (text is null)
                    {
                        continue;
                    }

                    if (!parameters.TryGetValue(key, out var parameter))
                    {
                        var hint = EditDistance.Suggest(key, parameters.Keys) is { } close ? $"; did you mean '{close}'?" : "";
                        parameterMap.Error(key, $"is not a parameter of this skill{hint}");
                    }
                    else if (!parameter.TryRead(text, out _, out var error))
                    {
                        parameterMap.Error(key, error);
                    }
                    else
                    {
                        values[key] = text;
                    }
                }
            }

            map.RejectUnknownKeys();
            overrides[tenantId] = new SkillOverride(skillId, null, values, instructions);
        }

        return overrides;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCaseName();
}
