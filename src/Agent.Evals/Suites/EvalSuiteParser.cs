using System.Globalization;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Evals.Suites;

/// <summary>
/// Reads an eval suite file (a header naming the suite and the skill, then a YAML list of cases) with the YAML reader
/// of skills and tenants. Checks the shape only — keys, types, enum spellings and which expectation fields fit which
/// reply kind — and reports every problem at once with file, line, column, case and field. Whether expectations are
/// grounded in the tenant's catalog is checked by the suite tests.
/// </summary>
public static partial class EvalSuiteParser
{
    /// <summary>The refusal categories an expectation may name.</summary>
    public static readonly IReadOnlyList<string> RefusalCategories = ["pii", "protected_attribute", "prompt_injection", "permission"];

    /// <summary>The clarification slot for a phrase that matches no facet of the catalog.</summary>
    public const string FacetChoiceSlot = "facet_choice";

    /// <summary>Reads a suite file; throws <see cref="EvalSuiteFormatException"/> listing all problems.</summary>
    /// <param name="file">File name used in messages.</param>
    /// <param name="text">The file's YAML.</param>
    public static EvalSuiteFile Parse(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var issues = new List<ConfigurationIssue>();
        var header = YamlMapReader.Parse(file, text, issues);
        var suite = header?.String("suite", required: true);
        var skill = header?.String("skill", required: true);
        if (suite is not null && !SnakeCaseId().IsMatch(suite))
        {
            header!.Error("suite", $"'{suite}' is not a suite id (snake_case, the skill's eval_suite_id)");
        }

        var cases = new List<EvalCase>();
        var caseNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var map in header?.Maps("cases", required: true, nonEmpty: true) ?? [])
        {
            var id = map.String("id", required: true);
            if (id is not null)
            {
                caseNames[map.Path] = $"case '{id}'";
            }

            if (ReadCase(file, map, id) is { } read)
            {
                cases.Add(read);
            }
        }

        header?.RejectUnknownKeys();
        if (issues.Count > 0)
        {
            throw new EvalSuiteFormatException(file, [.. issues.OrderBy(i => i.Line).ThenBy(i => i.Column).Select(i => FromCase(i, caseNames).ToString())]);
        }

        return new EvalSuiteFile(file, suite!, skill!, cases);
    }

    /// <summary>Reads a file from disk, naming it <paramref name="name"/> in messages (the path itself when null).</summary>
    public static EvalSuiteFile ParseFile(string path, string? name = null) => Parse(name ?? path, File.ReadAllText(path));

    private static EvalCase? ReadCase(string file, YamlMapReader map, string? id)
    {
        if (id is not null && !CaseIdPattern().IsMatch(id))
        {
            map.Error("id", $"'{id}' must be kebab-case (lower-case letters, digits and dashes)");
        }

        var tenant = map.String("tenant", required: true);
        var asOf = map.Date("as_of", required: true);
        var user = map.String("user", nonEmpty: true);
        var tags = map.Strings("tags", required: true, nonEmpty: true, listOnly: true);
        var turns = map.Maps("turns", required: true, nonEmpty: true).Select(ReadTurn).OfType<EvalTurn>().ToList();
        map.RejectUnknownKeys();
        return id is null || tenant is null || asOf is null
            ? null
            : new EvalCase(id, tenant, asOf.Value, user, tags, turns, file, map.Line);
    }

    private static EvalTurn? ReadTurn(YamlMapReader map)
    {
        var say = map.String("say", required: true);
        var expect = map.Map("expect", required: true) is { } expectMap ? ReadExpectation(expectMap) : null;
        map.RejectUnknownKeys();
        return say is null || expect is null ? null : new EvalTurn(say, expect, map.Line);
    }

    private static TurnExpectation? ReadExpectation(YamlMapReader map)
    {
        var kind = map.Enum<ReplyKind>("kind", required: true, exact: true);
        var conditions = ReadConditions(map);
        var logic = map.String("logic", nonEmpty: true);
        var facets = map.Strings("facets", nonEmpty: true, listOnly: true);
        var referenceSql = map.String("reference_sql", nonEmpty: true);
        var slot = map.String("slot", nonEmpty: true);
        var category = map.String("category", nonEmpty: true);
        var textContains = map.String("text_contains", nonEmpty: true);
        var noQuestion = map.Bool("no_question", exact: true) ?? false;
        map.RejectUnknownKeys();
        if (kind is not { } known)
        {
            return null;
        }

        OnlyFor(map, known, ReplyKind.Segment, "conditions", "logic", "facets", "reference_sql");
        OnlyFor(map, known, ReplyKind.Clarification, "slot");
        OnlyFor(map, known, ReplyKind.Refusal, "category");
        if (map.Has("facets") && conditions is not null)
        {
            map.Error("facets", "the conditions already name the facets; give facets only when the conditions are left out");
        }

        if (referenceSql is not null && !referenceSql.TrimStart().StartsWith("select", StringComparison.OrdinalIgnoreCase) && !referenceSql.TrimStart().StartsWith("with", StringComparison.OrdinalIgnoreCase))
        {
            map.Error("reference_sql", "must be one query (SELECT or WITH) returning the entity key column");
        }

        if (known == ReplyKind.Clarification && noQuestion)
        {
            map.Error("no_question", "a clarification is a question; no_question contradicts kind: clarification");
        }

        if (category is not null && !RefusalCategories.Contains(category))
        {
            map.Error("category", $"'{category}' is not a refusal category; use {string.Join(", ", RefusalCategories)}");
        }

        if (slot is not null && !SnakeCaseId().IsMatch(slot))
        {
            map.Error("slot", $"'{slot}' is not a slot name (snake_case, e.g. date_recency or facet_choice)");
        }

        // Conditions that failed to read have their own problems; counting them as none would blame every Cn as well.
        if (logic is not null && (conditions is not null || !map.Has("conditions")))
        {
            CheckLogic(map, logic, conditions?.Count ?? 0);
        }

        return new TurnExpectation
        {
            Kind = known,
            Conditions = conditions,
            Logic = logic,
            Facets = map.Has("facets") ? facets : null,
            ReferenceSql = referenceSql,
            Slot = slot,
            Category = category,
            TextContains = textContains,
            NoQuestion = noQuestion,
        };
    }

    private static List<ExpectedCondition>? ReadConditions(YamlMapReader map)
    {
        var conditions = map.Maps("conditions", nonEmpty: true).Select(ReadCondition).ToList();
        return conditions.Count == 0 || conditions.Contains(null) ? null : [.. conditions.OfType<ExpectedCondition>()];
    }

    private static ExpectedCondition? ReadCondition(YamlMapReader map)
    {
        var facet = map.String("facet", required: true);
        var op = map.Enum<ConditionOperator>("operator", required: true, exact: true);
        var values = map.Strings("values", listOnly: true);
        var window = map.Map("window") is { } windowMap ? ReadWindow(windowMap) : null;
        var frequency = map.Map("frequency") is { } frequencyMap ? ReadFrequency(frequencyMap) : null;
        var aggregate = map.Map("aggregate") is { } aggregateMap ? ReadAggregate(aggregateMap) : null;
        var negated = map.Bool("negated", exact: true) ?? false;
        var sameEvent = map.Maps("same_event", nonEmpty: true).Select(ReadEventFilter).ToList();
        map.RejectUnknownKeys();
        var broken = (map.Has("window") && window is null)
            || (map.Has("frequency") && frequency is null)
            || (map.Has("aggregate") && aggregate is null)
            || (map.Has("same_event") && (sameEvent.Count == 0 || sameEvent.Contains(null)));
        return facet is null || op is null || broken
            ? null
            : new ExpectedCondition(facet, op.Value, values, window, frequency, aggregate, negated, map.Line)
            {
                SameEvent = sameEvent.Count == 0 ? null : [.. sameEvent.OfType<ExpectedEventFilter>()],
            };
    }

    private static ExpectedEventFilter? ReadEventFilter(YamlMapReader map)
    {
        var facet = map.String("facet", required: true);
        var op = map.Enum<ConditionOperator>("operator", required: true, exact: true);
        var values = map.Strings("values", listOnly: true);
        map.RejectUnknownKeys();
        return facet is null || op is null ? null : new ExpectedEventFilter(facet, op.Value, values);
    }

    private static TimeWindow? ReadWindow(YamlMapReader map)
    {
        var start = map.Date("start", required: true);
        var end = map.Date("end", required: true);
        map.RejectUnknownKeys();
        return start is null || end is null ? null : new TimeWindow { Start = start.Value, End = end.Value };
    }

    private static Frequency? ReadFrequency(YamlMapReader map)
    {
        var comparison = map.Enum<FrequencyComparison>("comparison", required: true, exact: true);
        var count = map.Decimal("count", required: true);
        var per = map.Enum<FrequencyPeriod>("per", required: true, exact: true);
        map.RejectUnknownKeys();
        if (count <= 0)
        {
            map.Error("count", "must be a positive number");
            return null;
        }

        return comparison is null || count is null || per is null
            ? null
            : new Frequency { Comparison = comparison.Value, Count = (double)count.Value, Per = per.Value };
    }

    private static AggregateThreshold? ReadAggregate(YamlMapReader map)
    {
        var function = map.Enum<AggregateFunction>("function", required: true, exact: true);
        var op = map.Enum<ConditionOperator>("operator", required: true, exact: true);
        var texts = map.Strings("values", required: true, listOnly: true);
        map.RejectUnknownKeys();
        var amounts = new List<decimal>();
        foreach (var text in texts)
        {
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            {
                amounts.Add(amount);
            }
            else
            {
                map.Error("values", $"'{text}' is not a number (write 1000, not $1,000)");
            }
        }

        return function is null || op is null || !map.Has("values") || amounts.Count != texts.Count
            ? null
            : new AggregateThreshold { Function = function.Value, Operator = op.Value, Values = amounts };
    }

    private static void CheckLogic(YamlMapReader map, string logic, int conditionCount)
    {
        var tokens = LogicToken().Matches(logic).Select(m => m.Value).ToList();
        if (string.Concat(tokens) != logic.Replace(" ", "", StringComparison.Ordinal))
        {
            map.Error("logic", $"'{logic}' may only use C1..Cn, AND, OR, NOT and parentheses");
            return;
        }

        foreach (var token in tokens.Where(t => t.StartsWith('C')))
        {
            var index = int.Parse(token[1..], CultureInfo.InvariantCulture);
            if (index < 1 || index > conditionCount)
            {
                map.Error("logic", $"{token} does not name one of the {conditionCount} expected condition(s)");
            }
        }
    }

    private static void OnlyFor(YamlMapReader map, ReplyKind kind, ReplyKind allowed, params string[] keys)
    {
        if (kind == allowed)
        {
            return;
        }

        foreach (var key in keys.Where(map.Has))
        {
            map.Error(key, $"only applies to kind: {SnakeCase.From(allowed.ToString())} (this turn expects {SnakeCase.From(kind.ToString())})");
        }
    }

    // The reader names a field by its path from the top of the file (cases[3].turns[0].expect.kind), but whoever fixes
    // a suite looks a case up by its id, so a case's problems are named from the case: case 'abc': turns[0].expect.kind.
    private static ConfigurationIssue FromCase(ConfigurationIssue issue, Dictionary<string, string> caseNames)
    {
        var match = CaseField().Match(issue.Field);
        if (!match.Success)
        {
            return issue;
        }

        var name = caseNames.GetValueOrDefault(match.Groups["case"].Value)
            ?? $"case #{int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) + 1}";
        return issue with { Field = match.Groups["field"].Success ? $"{name}: {match.Groups["field"].Value}" : name };
    }

    [GeneratedRegex(@"^(?<case>cases\[(?<index>\d+)\])(?:\.(?<field>.+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex CaseField();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CaseIdPattern();

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCaseId();

    [GeneratedRegex(@"C\d+|AND|OR|NOT|\(|\)", RegexOptions.CultureInvariant)]
    private static partial Regex LogicToken();
}
