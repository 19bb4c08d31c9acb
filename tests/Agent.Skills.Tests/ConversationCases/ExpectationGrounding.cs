using System.Globalization;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Tests.ConversationCases;

/// <summary>
/// Checks that an expected condition could be a real condition of the tenant: the facet exists and may be used,
/// the operator is one the facet allows, the values are catalog values (or numbers, or dates) in the number the
/// operator takes, and windows, frequencies and amount thresholds sit on facets that can carry them — the same
/// rules the segment validator applies to definitions.
/// </summary>
internal static class ExpectationGrounding
{
    /// <summary>Every reason <paramref name="condition"/> is not grounded in <paramref name="tenant"/>; empty when it is.</summary>
    public static IReadOnlyList<string> Problems(ExpectedCondition condition, Tenant tenant)
    {
        var facet = tenant.Catalog.Find(condition.Facet);
        if (facet is null)
        {
            var hint = tenant.Catalog.Suggest(condition.Facet) is { } close ? $"; did you mean '{close}'?" : "";
            return [$"facet '{condition.Facet}' is not in {tenant.Id}'s catalog{hint}"];
        }

        if (tenant.WhyFacetIsUnusable(facet) is { } unusable)
        {
            return [unusable];
        }

        var op = Snake(condition.Operator);
        if (!facet.Operators.Contains(condition.Operator))
        {
            return [$"operator '{op}' is not allowed on {facet.Id}; use {string.Join(", ", facet.Operators.Select(Snake))}"];
        }

        var problems = new List<string>();
        CheckValues(condition, facet, op, problems);
        CheckWindow(condition, facet, op, problems);
        CheckFrequency(condition, facet, op, problems);
        CheckAggregate(condition, facet, problems);
        CheckSameEvent(condition, tenant, problems);
        return problems;
    }

    // Same-event filters go through the validator itself (facet, kind, table, operator, values), and list values
    // must be spelled exactly as the catalog does, like the condition's own.
    private static void CheckSameEvent(ExpectedCondition condition, Tenant tenant, List<string> problems)
    {
        if (condition.SameEvent is not { Count: > 0 } sameEvent)
        {
            return;
        }

        var filters = sameEvent.Select(f => new EventFilter { Facet = f.Facet, Operator = f.Operator, Values = f.Values }).ToList();
        var definition = new SegmentDefinition
        {
            Root = new SegmentCondition { SourceText = "expected", Facet = condition.Facet, Operator = condition.Operator, Values = condition.Values, SameEvent = filters },
        };
        try
        {
            SegmentValidator.Validate(definition, tenant);
        }
        catch (SegmentValidationException ex)
        {
            problems.AddRange(ex.Issues.Where(i => i.Path.Contains(".same_event", StringComparison.Ordinal)).Select(i => $"{i.Path}: {i.Message}"));
        }

        foreach (var filter in sameEvent)
        {
            if (tenant.Catalog.Find(filter.Facet) is { Type: FacetType.List } facet)
            {
                problems.AddRange(filter.Values
                    .Where(v => !facet.Values.Any(known => string.Equals(known.Value, v, StringComparison.Ordinal)))
                    .Select(v => $"same_event: '{v}' is not a list value of {facet.Id}"));
            }
        }
    }

    private static void CheckValues(ExpectedCondition condition, Facet facet, string op, List<string> problems)
    {
        var (min, max) = OperatorArity.Of(condition.Operator);
        if (condition.Values.Count < min || condition.Values.Count > max)
        {
            var expected = min == max ? $"{min}" : max == int.MaxValue ? $"at least {min}" : $"{min} to {max}";
            problems.Add($"'{op}' takes {expected} value(s), got {condition.Values.Count}");
        }

        foreach (var value in condition.Values)
        {
            var ok = facet.Type switch
            {
                FacetType.List => facet.Values.Any(v => string.Equals(v.Value, value, StringComparison.Ordinal)),
                FacetType.Number or FacetType.Money => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
                FacetType.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                _ => false,
            };
            if (!ok)
            {
                var hint = facet.Type == FacetType.List && facet.FindValue(value) is { } known ? $" (the catalog value is '{known.Value}')" : "";
                problems.Add($"'{value}' is not a {facet.Type.ToString().ToLowerInvariant()} value of {facet.Id}{hint}");
            }
        }
    }

    private static void CheckWindow(ExpectedCondition condition, Facet facet, string op, List<string> problems)
    {
        if (condition.Window is { } window && window.Start >= window.End)
        {
            problems.Add($"window start {window.Start:yyyy-MM-dd} must be before its end {window.End:yyyy-MM-dd} (the end is exclusive)");
        }

        if (facet.Kind == FacetKind.Attribute && condition.Window is not null && condition.Operator != ConditionOperator.Within)
        {
            problems.Add($"{facet.Id} is an attribute; a window only applies to event facets or to 'within' on a date facet (got '{op}')");
        }

        if (condition.Operator == ConditionOperator.Within && condition.Window is null)
        {
            problems.Add("'within' needs a window");
        }
    }

    private static void CheckFrequency(ExpectedCondition condition, Facet facet, string op, List<string> problems)
    {
        if (condition.Frequency is not null
            && !(facet.Kind == FacetKind.Event && condition.Operator is ConditionOperator.In or ConditionOperator.IsTrue))
        {
            problems.Add($"a frequency only applies to 'in' or 'is_true' on an event facet, not '{op}' on {facet.Id}");
        }
    }

    private static void CheckAggregate(ExpectedCondition condition, Facet facet, List<string> problems)
    {
        if (condition.Aggregate is not { } aggregate)
        {
            return;
        }

        if (facet.Kind != FacetKind.Event || condition.Operator is not (ConditionOperator.In or ConditionOperator.IsTrue) || facet.Sql.Amount is null)
        {
            problems.Add($"an amount threshold needs an event facet with an amount and 'in' or 'is_true'; {facet.Id} cannot carry one");
        }

        if (aggregate.Function == AggregateFunction.Count)
        {
            problems.Add("counts are frequencies; an amount threshold uses sum, avg, max or min");
        }

        if (aggregate.Operator is not (ConditionOperator.Gt or ConditionOperator.Gte or ConditionOperator.Lt or ConditionOperator.Lte or ConditionOperator.Eq or ConditionOperator.Between))
        {
            problems.Add($"amount threshold operator '{Snake(aggregate.Operator)}' must be gt, gte, lt, lte, eq or between");
        }

        var expected = aggregate.Operator == ConditionOperator.Between ? 2 : 1;
        if (aggregate.Values.Count != expected)
        {
            problems.Add($"amount threshold needs {expected} amount(s), got {aggregate.Values.Count}");
        }
    }

    private static string Snake(ConditionOperator op) => SnakeCase.From(op.ToString());
}
