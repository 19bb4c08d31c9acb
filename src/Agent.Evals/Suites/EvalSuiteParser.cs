using System.Globalization;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Segments;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SegmentAI.Evals.Suites;

/// <summary>
/// Reads an eval suite file (a header naming the suite and the skill, then a YAML list of cases). Checks the shape
/// only — keys, types, enum spellings and which expectation fields fit which reply kind — and reports every problem
/// at once with file, line, case id and field. Whether expectations are grounded in the tenant's catalog is checked
/// by the suite tests.
/// </summary>
public static partial class EvalSuiteParser
{
    /// <summary>The refusal categories an expectation may name.</summary>
    public static readonly IReadOnlyList<string> RefusalCategories = ["pii", "protected_attribute", "prompt_injection", "permission"];

    /// <summary>The clarification slot for a phrase that matches no facet of the catalog.</summary>
    public const string FacetChoiceSlot = "facet_choice";

    private static readonly string[] HeaderKeys = ["suite", "skill", "cases"];
    private static readonly string[] CaseKeys = ["id", "tenant", "as_of", "user", "tags", "turns"];
    private static readonly string[] TurnKeys = ["say", "expect"];
    private static readonly string[] ExpectKeys = ["kind", "conditions", "logic", "facets", "reference_sql", "slot", "category", "text_contains", "no_question"];
    private static readonly string[] ConditionKeys = ["facet", "operator", "values", "window", "frequency", "aggregate", "negated", "same_event"];
    private static readonly string[] EventFilterKeys = ["facet", "operator", "values"];
    private static readonly string[] WindowKeys = ["start", "end"];
    private static readonly string[] FrequencyKeys = ["comparison", "count", "per"];
    private static readonly string[] AggregateKeys = ["function", "operator", "values"];

    /// <summary>Reads a suite file; throws <see cref="EvalSuiteFormatException"/> listing all problems.</summary>
    /// <param name="file">File name used in messages.</param>
    /// <param name="text">The file's YAML.</param>
    public static EvalSuiteFile Parse(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var issues = new List<string>();
        var cases = new List<EvalCase>();
        string? suite = null;
        string? skill = null;
        var root = Load(file, text, issues);
        if (root is YamlMappingNode header)
        {
            var where = new Where(file, "suite header", issues);
            CheckKeys(where, header, "", HeaderKeys);
            suite = RequiredString(where, header, "suite", "");
            skill = RequiredString(where, header, "skill", "");
            if (suite is not null && !SlotPattern().IsMatch(suite))
            {
                where.Add(Child(header, "suite")!, "suite", $"'{suite}' is not a suite id (snake_case, the skill's eval_suite_id)");
            }

            if (Child(header, "cases") is YamlSequenceNode sequence && sequence.Children.Count > 0)
            {
                ReadCases(file, sequence, cases, issues);
            }
            else
            {
                where.Add(Child(header, "cases") ?? header, "cases", "needs a list of at least one case");
            }
        }
        else if (root is not null)
        {
            issues.Add($"{file}:{Line(root)}: expected a mapping with suite, skill and cases at the top of the file");
        }

        if (issues.Count > 0)
        {
            throw new EvalSuiteFormatException(file, issues);
        }

        return new EvalSuiteFile(file, suite!, skill!, cases);
    }

    /// <summary>Reads a file from disk, naming it <paramref name="name"/> in messages (the path itself when null).</summary>
    public static EvalSuiteFile ParseFile(string path, string? name = null) => Parse(name ?? path, File.ReadAllText(path));

    private static void ReadCases(string file, YamlSequenceNode sequence, List<EvalCase> cases, List<string> issues)
    {
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var where = new Where(file, $"case #{i + 1}", issues);
            if (sequence.Children[i] is YamlMappingNode node)
            {
                if (ReadCase(where, node) is { } read)
                {
                    cases.Add(read);
                }
            }
            else
            {
                where.Add(sequence.Children[i], "", "expected a case (a mapping with id, tenant, as_of, tags and turns)");
            }
        }
    }

    private static YamlNode? Load(string file, string text, List<string> issues)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            issues.Add($"{file}:{ex.Start.Line}: not valid YAML: {ex.InnerException?.Message ?? ex.Message}");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            issues.Add($"{file}:1: the file is empty; expected a mapping with suite, skill and cases");
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    private static EvalCase? ReadCase(Where where, YamlMappingNode node)
    {
        var id = RequiredString(where, node, "id", "");
        if (id is not null)
        {
            if (!CaseIdPattern().IsMatch(id))
            {
                where.Add(node, "id", $"'{id}' must be kebab-case (lower-case letters, digits and dashes)");
            }

            where = where with { Label = $"case '{id}'" };
        }

        CheckKeys(where, node, "", CaseKeys);
        var tenant = RequiredString(where, node, "tenant", "");
        var asOf = Date(where, node, "as_of", "", required: true);
        var user = OptionalString(where, node, "user", "");
        var tags = Strings(where, node, "tags", "", required: true);
        var turns = new List<EvalTurn>();
        if (Child(node, "turns") is YamlSequenceNode turnNodes && turnNodes.Children.Count > 0)
        {
            for (var i = 0; i < turnNodes.Children.Count; i++)
            {
                var path = $"turns[{i}]";
                if (turnNodes.Children[i] is YamlMappingNode turnNode)
                {
                    if (ReadTurn(where, turnNode, path) is { } turn)
                    {
                        turns.Add(turn);
                    }
                }
                else
                {
                    where.Add(turnNodes.Children[i], path, "expected a turn (a mapping with say and expect)");
                }
            }
        }
        else
        {
            where.Add(Child(node, "turns") ?? node, "turns", "needs a list of at least one turn");
        }

        if (tags is { Count: 0 })
        {
            where.Add(node, "tags", "needs at least one tag");
        }

        return id is null || tenant is null || asOf is null || tags is null || turns.Count == 0
            ? null
            : new EvalCase(id, tenant, asOf.Value, user, tags, turns, where.File, (int)Line(node));
    }

    private static EvalTurn? ReadTurn(Where where, YamlMappingNode node, string path)
    {
        CheckKeys(where, node, path, TurnKeys);
        var say = RequiredString(where, node, "say", path);
        TurnExpectation? expectation = null;
        if (Child(node, "expect") is YamlMappingNode expectNode)
        {
            expectation = ReadExpectation(where, expectNode, $"{path}.expect");
        }
        else
        {
            where.Add(Child(node, "expect") ?? node, $"{path}.expect", "needs a mapping with at least kind");
        }

        return say is null || expectation is null ? null : new EvalTurn(say, expectation, (int)Line(node));
    }

    private static TurnExpectation? ReadExpectation(Where where, YamlMappingNode node, string path)
    {
        CheckKeys(where, node, path, ExpectKeys);
        var kindText = RequiredString(where, node, "kind", path);
        ReplyKind? kind = null;
        if (kindText is not null)
        {
            if (SnakeCase.TryParseEnum<ReplyKind>(kindText, out var parsed) && kindText == SnakeCase.From(parsed.ToString()))
            {
                kind = parsed;
            }
            else
            {
                where.Add(Child(node, "kind")!, $"{path}.kind", $"'{kindText}' is not a reply kind; use {Names<ReplyKind>()}");
            }
        }

        var conditions = ReadConditions(where, node, path);
        var logic = OptionalString(where, node, "logic", path);
        var facets = Strings(where, node, "facets", path, required: false);
        var referenceSql = OptionalString(where, node, "reference_sql", path);
        var slot = OptionalString(where, node, "slot", path);
        var category = OptionalString(where, node, "category", path);
        var textContains = OptionalString(where, node, "text_contains", path);
        var noQuestion = Bool(where, node, "no_question", path);
        if (kind is not { } known)
        {
            return null;
        }

        OnlyFor(where, node, path, "conditions", known, ReplyKind.Segment);
        OnlyFor(where, node, path, "logic", known, ReplyKind.Segment);
        OnlyFor(where, node, path, "facets", known, ReplyKind.Segment);
        OnlyFor(where, node, path, "reference_sql", known, ReplyKind.Segment);
        if (facets is not null && conditions is not null)
        {
            where.Add(Child(node, "facets")!, $"{path}.facets", "the conditions already name the facets; give facets only when the conditions are left out");
        }

        if (facets is { Count: 0 })
        {
            where.Add(Child(node, "facets")!, $"{path}.facets", "needs at least one facet id");
        }

        if (referenceSql is not null && !referenceSql.TrimStart().StartsWith("select", StringComparison.OrdinalIgnoreCase) && !referenceSql.TrimStart().StartsWith("with", StringComparison.OrdinalIgnoreCase))
        {
            where.Add(Child(node, "reference_sql")!, $"{path}.reference_sql", "must be one query (SELECT or WITH) returning the entity key column");
        }
        OnlyFor(where, node, path, "slot", known, ReplyKind.Clarification);
        OnlyFor(where, node, path, "category", known, ReplyKind.Refusal);
        if (known == ReplyKind.Clarification && noQuestion)
        {
            where.Add(Child(node, "no_question")!, $"{path}.no_question", "a clarification is a question; no_question contradicts kind: clarification");
        }

        if (category is not null && !RefusalCategories.Contains(category))
        {
            where.Add(Child(node, "category")!, $"{path}.category", $"'{category}' is not a refusal category; use {string.Join(", ", RefusalCategories)}");
        }

        if (slot is not null && !SlotPattern().IsMatch(slot))
        {
            where.Add(Child(node, "slot")!, $"{path}.slot", $"'{slot}' is not a slot name (snake_case, e.g. date_recency or facet_choice)");
        }

        if (logic is not null)
        {
            CheckLogic(where, Child(node, "logic")!, $"{path}.logic", logic, conditions?.Count ?? 0);
        }

        return new TurnExpectation
        {
            Kind = known,
            Conditions = conditions,
            Logic = logic,
            Facets = facets,
            ReferenceSql = referenceSql,
            Slot = slot,
            Category = category,
            TextContains = textContains,
            NoQuestion = noQuestion,
        };
    }

    private static List<ExpectedCondition>? ReadConditions(Where where, YamlMappingNode node, string path)
    {
        var child = Child(node, "conditions");
        if (child is null)
        {
            return null;
        }

        if (child is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            where.Add(child, $"{path}.conditions", "needs a list of at least one condition (leave it out to not check conditions)");
            return null;
        }

        var conditions = new List<ExpectedCondition>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var conditionPath = $"{path}.conditions[{i}]";
            if (sequence.Children[i] is YamlMappingNode conditionNode)
            {
                if (ReadCondition(where, conditionNode, conditionPath) is { } condition)
                {
                    conditions.Add(condition);
                }
            }
            else
            {
                where.Add(sequence.Children[i], conditionPath, "expected a condition (a mapping with facet and operator)");
            }
        }

        return conditions.Count == sequence.Children.Count ? conditions : null;
    }

    private static ExpectedCondition? ReadCondition(Where where, YamlMappingNode node, string path)
    {
        CheckKeys(where, node, path, ConditionKeys);
        var facet = RequiredString(where, node, "facet", path);
        var op = EnumValue<ConditionOperator>(where, node, "operator", path, required: true);
        var values = Strings(where, node, "values", path, required: false) ?? [];
        var window = ReadWindow(where, node, path);
        var frequency = ReadFrequency(where, node, path);
        var aggregate = ReadAggregate(where, node, path);
        var negated = Bool(where, node, "negated", path);
        var sameEvent = ReadSameEvent(where, node, path);
        var broken = (Child(node, "window") is not null && window is null)
            || (Child(node, "frequency") is not null && frequency is null)
            || (Child(node, "aggregate") is not null && aggregate is null)
            || (Child(node, "same_event") is not null && sameEvent is null);
        return facet is null || op is null || broken
            ? null
            : new ExpectedCondition(facet, op.Value, values, window, frequency, aggregate, negated, (int)Line(node)) { SameEvent = sameEvent };
    }

    private static List<ExpectedEventFilter>? ReadSameEvent(Where where, YamlMappingNode node, string path)
    {
        var child = Child(node, "same_event");
        if (child is null)
        {
            return null;
        }

        var listPath = $"{path}.same_event";
        if (child is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            where.Add(child, listPath, "needs a list of at least one filter ({facet, operator, values}); leave it out when the condition has none");
            return null;
        }

        var filters = new List<ExpectedEventFilter>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var filterPath = $"{listPath}[{i}]";
            if (sequence.Children[i] is not YamlMappingNode filterNode)
            {
                where.Add(sequence.Children[i], filterPath, "expected a filter (a mapping with facet, operator and values)");
                continue;
            }

            CheckKeys(where, filterNode, filterPath, EventFilterKeys);
            var facet = RequiredString(where, filterNode, "facet", filterPath);
            var op = EnumValue<ConditionOperator>(where, filterNode, "operator", filterPath, required: true);
            var values = Strings(where, filterNode, "values", filterPath, required: false) ?? [];
            if (facet is not null && op is not null)
            {
                filters.Add(new ExpectedEventFilter(facet, op.Value, values));
            }
        }

        return filters.Count == sequence.Children.Count ? filters : null;
    }

    private static TimeWindow? ReadWindow(Where where, YamlMappingNode node, string path)
    {
        if (Mapping(where, node, "window", path) is not { } window)
        {
            return null;
        }

        var windowPath = $"{path}.window";
        CheckKeys(where, window, windowPath, WindowKeys);
        var start = Date(where, window, "start", windowPath, required: true);
        var end = Date(where, window, "end", windowPath, required: true);
        return start is null || end is null ? null : new TimeWindow { Start = start.Value, End = end.Value };
    }

    private static Frequency? ReadFrequency(Where where, YamlMappingNode node, string path)
    {
        if (Mapping(where, node, "frequency", path) is not { } frequency)
        {
            return null;
        }

        var frequencyPath = $"{path}.frequency";
        CheckKeys(where, frequency, frequencyPath, FrequencyKeys);
        var comparison = EnumValue<FrequencyComparison>(where, frequency, "comparison", frequencyPath, required: true);
        var count = Number(where, frequency, "count", frequencyPath);
        var per = EnumValue<FrequencyPeriod>(where, frequency, "per", frequencyPath, required: true);
        if (count is <= 0)
        {
            where.Add(Child(frequency, "count")!, $"{frequencyPath}.count", "must be a positive number");
            return null;
        }

        return comparison is null || count is null || per is null
            ? null
            : new Frequency { Comparison = comparison.Value, Count = (double)count.Value, Per = per.Value };
    }

    private static AggregateThreshold? ReadAggregate(Where where, YamlMappingNode node, string path)
    {
        if (Mapping(where, node, "aggregate", path) is not { } aggregate)
        {
            return null;
        }

        var aggregatePath = $"{path}.aggregate";
        CheckKeys(where, aggregate, aggregatePath, AggregateKeys);
        var function = EnumValue<AggregateFunction>(where, aggregate, "function", aggregatePath, required: true);
        var op = EnumValue<ConditionOperator>(where, aggregate, "operator", aggregatePath, required: true);
        var texts = Strings(where, aggregate, "values", aggregatePath, required: true);
        var amounts = new List<decimal>();
        foreach (var text in texts ?? [])
        {
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            {
                amounts.Add(amount);
            }
            else
            {
                where.Add(Child(aggregate, "values")!, $"{aggregatePath}.values", $"'{text}' is not a number (write 1000, not $1,000)");
            }
        }

        return function is null || op is null || texts is null || amounts.Count != texts.Count
            ? null
            : new AggregateThreshold { Function = function.Value, Operator = op.Value, Values = amounts };
    }

    private static void CheckLogic(Where where, YamlNode node, string path, string logic, int conditionCount)
    {
        var tokens = LogicToken().Matches(logic).Select(m => m.Value).ToList();
        if (string.Concat(tokens) != logic.Replace(" ", "", StringComparison.Ordinal))
        {
            where.Add(node, path, $"'{logic}' may only use C1..Cn, AND, OR, NOT and parentheses");
            return;
        }

        foreach (var token in tokens.Where(t => t.StartsWith('C')))
        {
            var index = int.Parse(token[1..], CultureInfo.InvariantCulture);
            if (index < 1 || index > conditionCount)
            {
                where.Add(node, path, $"{token} does not name one of the {conditionCount} expected condition(s)");
            }
        }
    }

    private static void OnlyFor(Where where, YamlMappingNode node, string path, string key, ReplyKind kind, ReplyKind allowed)
    {
        if (kind != allowed && Child(node, key) is { } child)
        {
            where.Add(child, $"{path}.{key}", $"only applies to kind: {SnakeCase.From(allowed.ToString())} (this turn expects {SnakeCase.From(kind.ToString())})");
        }
    }

    private static void CheckKeys(Where where, YamlMappingNode node, string path, string[] allowed)
    {
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
            {
                where.Add(key, Join(path, name), $"unknown key '{name}'; expected one of {string.Join(", ", allowed)}");
            }
        }
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static YamlMappingNode? Mapping(Where where, YamlMappingNode node, string key, string path)
    {
        var child = Child(node, key);
        if (child is null or YamlMappingNode)
        {
            return (YamlMappingNode?)child;
        }

        where.Add(child, Join(path, key), "expected a mapping");
        return null;
    }

    private static string? Scalar(Where where, YamlMappingNode node, string key, string path)
    {
        var child = Child(node, key);
        if (child is null)
        {
            return null;
        }

        if (child is YamlScalarNode { Value: { } value })
        {
            return value.Trim();
        }

        where.Add(child, Join(path, key), "expected a single value");
        return null;
    }

    private static string? RequiredString(Where where, YamlMappingNode node, string key, string path)
    {
        var value = Scalar(where, node, key, path);
        if (string.IsNullOrEmpty(value))
        {
            if (Child(node, key) is null or YamlScalarNode)
            {
                where.Add(Child(node, key) ?? node, Join(path, key), "is required");
            }

            return null;
        }

        return value;
    }

    private static string? OptionalString(Where where, YamlMappingNode node, string key, string path)
    {
        var value = Scalar(where, node, key, path);
        if (value is { Length: 0 })
        {
            where.Add(Child(node, key)!, Join(path, key), "is empty; leave the key out instead");
            return null;
        }

        return value;
    }

    private static bool Bool(Where where, YamlMappingNode node, string key, string path)
    {
        var value = Scalar(where, node, key, path);
        switch (value)
        {
            case null or "false":
                return false;
            case "true":
                return true;
            default:
                where.Add(Child(node, key)!, Join(path, key), $"'{value}' is not true or false");
                return false;
        }
    }

    private static decimal? Number(Where where, YamlMappingNode node, string key, string path)
    {
        var value = Scalar(where, node, key, path);
        if (value is null)
        {
            where.Add(Child(node, key) ?? node, Join(path, key), "is required");
            return null;
        }

        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        where.Add(Child(node, key)!, Join(path, key), $"'{value}' is not a number");
        return null;
    }

    private static DateOnly? Date(Where where, YamlMappingNode node, string key, string path, bool required)
    {
        var value = Scalar(where, node, key, path);
        if (value is null)
        {
            if (required && Child(node, key) is null)
            {
                where.Add(node, Join(path, key), "is required (YYYY-MM-DD)");
            }

            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        where.Add(Child(node, key)!, Join(path, key), $"'{value}' is not a date (use YYYY-MM-DD)");
        return null;
    }

    private static TEnum? EnumValue<TEnum>(Where where, YamlMappingNode node, string key, string path, bool required)
        where TEnum : struct, Enum
    {
        var value = Scalar(where, node, key, path);
        if (value is null)
        {
            if (required && Child(node, key) is null)
            {
                where.Add(node, Join(path, key), $"is required; use {Names<TEnum>()}");
            }

            return null;
        }

        if (SnakeCase.TryParseEnum<TEnum>(value, out var parsed) && value == SnakeCase.From(parsed.ToString()))
        {
            return parsed;
        }

        where.Add(Child(node, key)!, Join(path, key), $"'{value}' is not valid; use {Names<TEnum>()}");
        return null;
    }

    private static List<string>? Strings(Where where, YamlMappingNode node, string key, string path, bool required)
    {
        var child = Child(node, key);
        if (child is null)
        {
            if (required)
            {
                where.Add(node, Join(path, key), "is required (a list)");
            }

            return null;
        }

        if (child is not YamlSequenceNode sequence)
        {
            where.Add(child, Join(path, key), "expected a list, e.g. [a, b]");
            return null;
        }

        var values = new List<string>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is YamlScalarNode { Value: { Length: > 0 } value })
            {
                values.Add(value.Trim());
            }
            else
            {
                where.Add(sequence.Children[i], $"{Join(path, key)}[{i}]", "expected a single non-empty value");
            }
        }

        return values.Count == sequence.Children.Count ? values : null;
    }

    private static string Names<TEnum>()
        where TEnum : struct, Enum => string.Join(" | ", SnakeCase.EnumNames<TEnum>());

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static long Line(YamlNode node) => node.Start.Line;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CaseIdPattern();

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlotPattern();

    [GeneratedRegex(@"C\d+|AND|OR|NOT|\(|\)", RegexOptions.CultureInvariant)]
    private static partial Regex LogicToken();

    /// <summary>Where problems are reported: the file, the case being read and the shared list of issues.</summary>
    private sealed record Where(string File, string Label, List<string> Issues)
    {
        public void Add(YamlNode node, string field, string message) =>
            Issues.Add(field.Length == 0
                ? $"{File}:{Line(node)}: {Label}: {message}"
                : $"{File}:{Line(node)}: {Label}: {field}: {message}");
    }
}
