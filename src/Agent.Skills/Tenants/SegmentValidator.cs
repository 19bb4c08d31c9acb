using System.Globalization;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Dates;
using SegmentAI.Skills.FacetTypes;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tenants;

/// <summary>
/// Checks a definition against a tenant before anything runs: the tree is well formed, every facet is in the
/// catalog and usable, operators and values fit the facet, and windows, frequencies and thresholds make sense.
/// Returns the definition normalized (condition ids assigned, list values in their exact catalog spelling).
/// </summary>
public static partial class SegmentValidator
{
    /// <summary>Validates and normalizes; throws <see cref="SegmentValidationException"/> listing every problem.</summary>
    public static SegmentDefinition Validate(SegmentDefinition definition, Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(tenant);
        var issues = new List<SegmentIssue>();
        if (definition.Tenant is not null && definition.Tenant != tenant.Id)
        {
            issues.Add(new SegmentIssue("tenant", $"the definition is for tenant '{definition.Tenant}', not '{tenant.Id}'"));
        }

        if (definition.SchemaVersion != 1)
        {
            issues.Add(new SegmentIssue("schema_version", $"version {definition.SchemaVersion} is not supported; use 1"));
        }

        if (definition.AsOf is { } asOf && !SupportedDates.Contains(asOf))
        {
            issues.Add(new SegmentIssue("as_of", $"{asOf:yyyy-MM-dd} is outside the dates SegmentAI works with; use a date between {SupportedDates.Range}"));
        }

        var usedIds = new HashSet<string>(definition.Conditions().Select(c => c.Id).OfType<string>(), StringComparer.Ordinal);
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var next = 1;
        string NextId()
        {
            while (usedIds.Contains($"C{next}"))
            {
                next++;
            }

            usedIds.Add($"C{next}");
            return $"C{next}";
        }

        SegmentNode Visit(SegmentNode node, string path)
        {
            switch (node)
            {
                case AndNode and:
                    RequireChildren(and.Children, path, "and");
                    return and with { Children = and.Children.Select((c, i) => Visit(c, $"{path}.children[{i}]")).ToList() };
                case OrNode or:
                    RequireChildren(or.Children, path, "or");
                    return or with { Children = or.Children.Select((c, i) => Visit(c, $"{path}.children[{i}]")).ToList() };
                case NotNode not:
                    return not with { Child = Visit(not.Child, $"{path}.child") };
                case SegmentCondition condition:
                    var id = condition.Id ?? NextId();
                    if (!ConditionIdPattern().IsMatch(id))
                    {
                        issues.Add(new SegmentIssue(path, $"condition id '{id}' must be a letter followed by letters, digits or underscores (e.g. C1)"));
                        return condition;
                    }

                    if (!seenIds.Add(id))
                    {
                        issues.Add(new SegmentIssue(path, $"condition id '{id}' is used twice"));
                    }

                    return CheckCondition(condition with { Id = id }, tenant, issues);
                default:
                    issues.Add(new SegmentIssue(path, "unknown node type"));
                    return node;
            }
        }

        void RequireChildren(IReadOnlyList<SegmentNode>? children, string path, string kind)
        {
            if (children is null || children.Count == 0)
            {
                issues.Add(new SegmentIssue(path, $"an '{kind}' group needs at least one child"));
            }
        }

        var root = Visit(definition.Root, "$.root");
        if (issues.Count > 0)
        {
            throw new SegmentValidationException(issues);
        }

        return definition with { Root = root, Tenant = tenant.Id };
    }

    private static SegmentCondition CheckCondition(SegmentCondition condition, Tenant tenant, List<SegmentIssue> issues)
    {
        var where = condition.Id!;
        if (string.IsNullOrWhiteSpace(condition.SourceText))
        {
            issues.Add(new SegmentIssue($"{where}.source_text", "must hold the user's words the condition came from"));
        }

        if (condition.Confidence is < 0 or > 1 || double.IsNaN(condition.Confidence))
        {
            issues.Add(new SegmentIssue($"{where}.confidence", "must be between 0 and 1"));
        }

        var facet = tenant.Catalog.Find(condition.Facet);
        if (facet is null)
        {
            var hint = tenant.Catalog.Suggest(condition.Facet) is { } close ? $"; did you mean '{close}'?" : "; list facets with 'catalog facets'";
            issues.Add(new SegmentIssue($"{where}.facet", $"unknown facet '{condition.Facet}' for tenant {tenant.Id}{hint}"));
            return condition;
        }

        if (tenant.WhyFacetIsUnusable(facet) is { } reason)
        {
            issues.Add(new SegmentIssue($"{where}.facet", reason));
            return condition;
        }

        if (!facet.Operators.Contains(condition.Operator))
        {
            issues.Add(new SegmentIssue($"{where}.operator",
                $"'{SnakeCase.From(condition.Operator.ToString())}' cannot be used with {facet.Name}; use {string.Join(", ", facet.Operators.Select(o => SnakeCase.From(o.ToString())))}"));
            return condition;
        }

        var values = CheckValues(condition.Values, condition.Operator, facet, where, issues);
        CheckWindow(condition, facet, where, issues);
        CheckFrequency(condition, facet, where, issues);
        CheckAggregate(condition, facet, where, issues);
        var sameEvent = CheckSameEvent(condition, facet, tenant, where, issues);
        return condition with { Values = values, SameEvent = sameEvent };
    }

    private static IReadOnlyList<EventFilter>? CheckSameEvent(SegmentCondition condition, Facet facet, Tenant tenant, string where, List<SegmentIssue> issues)
    {
        if (condition.SameEvent is not { Count: > 0 } filters)
        {
            return null;
        }

        if (facet.Kind != FacetKind.Event)
        {
            issues.Add(new SegmentIssue($"{where}.same_event", $"{facet.Name} is an attribute, not an event; same-event filters only apply to event facets"));
            return filters;
        }

        var source = facet.Sql.Source!;
        var normalized = new List<EventFilter>(filters.Count);
        var sources = new List<EventSource>(filters.Count);
        for (var i = 0; i < filters.Count; i++)
        {
            var filter = filters[i];
            var at = $"{where}.same_event[{i}]";
            if (CheckEventFilter(filter, facet, tenant, at, issues) is not { } filterFacet)
            {
                normalized.Add(filter);
                continue;
            }

            normalized.Add(filter with { Facet = filterFacet.Id, Values = CheckValues(filter.Values, filter.Operator, filterFacet, at, issues) });
            sources.Add(filterFacet.Sql.Source!);
        }

        if (sources.Count == filters.Count && SameEvents.Combined(source, sources) is null)
        {
            issues.Add(new SegmentIssue($"{where}.same_event",
                $"the same-event filters of {facet.Name} need different joins ({string.Join(", ", sources.Prepend(source).SelectMany(s => s.Tables).Distinct(StringComparer.Ordinal))}); no one event source reads them together"));
        }

        return normalized;
    }

    // The filter facet is returned when its facet, kind, table and operator fit; values are checked by the caller.
    private static Facet? CheckEventFilter(EventFilter filter, Facet conditionFacet, Tenant tenant, string at, List<SegmentIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(filter.Facet))
        {
            issues.Add(new SegmentIssue($"{at}.facet", "must name a facet of the catalog"));
            return null;
        }

        var facet = tenant.Catalog.Find(filter.Facet);
        if (facet is null)
        {
            var hint = tenant.Catalog.Suggest(filter.Facet) is { } close ? $"; did you mean '{close}'?" : "; list facets with 'catalog facets'";
            issues.Add(new SegmentIssue($"{at}.facet", $"unknown facet '{filter.Facet}' for tenant {tenant.Id}{hint}"));
            return null;
        }

        if (tenant.WhyFacetIsUnusable(facet) is { } reason)
        {
            issues.Add(new SegmentIssue($"{at}.facet", reason));
            return null;
        }

        if (facet.Kind != FacetKind.Event)
        {
            issues.Add(new SegmentIssue($"{at}.facet",
                $"{facet.Name} is an attribute, not an event facet; a same-event filter of {conditionFacet.Name} must be read from its events ({conditionFacet.Sql.Source!.Table})"));
            return null;
        }

        var source = conditionFacet.Sql.Source!;
        var other = facet.Sql.Source!;
        if (!SameEvents.Share(source, other))
        {
            issues.Add(new SegmentIssue($"{at}.facet",
                $"{facet.Name} is read from {other.Table} events, not from the {source.Table} events of {conditionFacet.Name}; a same-event filter must be on the same events"));
            return null;
        }

        if (facet.Id == conditionFacet.Id && facet.Type == FacetType.Boolean)
        {
            issues.Add(new SegmentIssue($"{at}.facet",
                $"{facet.Name} names the condition's own yes/no facet; another row of the same event has nothing more to say about it"));
            return null;
        }

        if (facet.Id == conditionFacet.Id && source.EventId is null)
        {
            issues.Add(new SegmentIssue($"{at}.facet",
                $"{facet.Name} names the condition's own facet, which means another row of the same event, but {source.Table} has no event id to group its rows by"));
            return null;
        }

        if (!facet.Operators.Contains(filter.Operator))
        {
            issues.Add(new SegmentIssue($"{at}.operator",
                $"'{SnakeCase.From(filter.Operator.ToString())}' cannot be used with {facet.Name}; use {string.Join(", ", facet.Operators.Select(o => SnakeCase.From(o.ToString())))}"));
            return null;
        }

        if (FacetTypeHandlers.Of(facet).IsMeasured && SameEvents.RowColumn(facet) is null)
        {
            issues.Add(new SegmentIssue($"{at}.facet",
                $"{facet.Name} counts events, so one event has no value of it; a same-event filter needs a facet with a value per event"));
            return null;
        }

        return facet;
    }

    private static IReadOnlyList<string> CheckValues(IReadOnlyList<string>? given, ConditionOperator op, Facet facet, string where, List<SegmentIssue> issues)
    {
        var values = given ?? [];
        var (min, max) = OperatorArity.Of(op);
        if (values.Count < min || values.Count > max)
        {
            var expected = min == max ? $"{min}" : max == int.MaxValue ? $"at least {min}" : $"{min} to {max}";
            issues.Add(new SegmentIssue($"{where}.values", $"'{SnakeCase.From(op.ToString())}' takes {expected} value(s), got {values.Count}"));
            return values;
        }

        var type = FacetTypeHandlers.Of(facet);
        var normalized = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (type.TryNormalize(facet, values[i], out var value, out var problem))
            {
                normalized.Add(value);
            }
            else
            {
                issues.Add(new SegmentIssue($"{where}.values[{i}]", problem));
            }
        }

        if (normalized.Count == values.Count && type.ValuesProblem(op, normalized) is { } together)
        {
            issues.Add(new SegmentIssue($"{where}.values", together));
        }

        return normalized;
    }

    private static void CheckWindow(SegmentCondition condition, Facet facet, string where, List<SegmentIssue> issues)
    {
        if (condition.Window is { } window && window.Start >= window.End)
        {
            issues.Add(new SegmentIssue($"{where}.window", $"start {window.Start:yyyy-MM-dd} must be before end {window.End:yyyy-MM-dd} (the end is exclusive)"));
        }
        else if (condition.Window is { } outside && !SupportedDates.Contains(outside.Start, outside.End))
        {
            issues.Add(new SegmentIssue($"{where}.window", $"{outside.Start:yyyy-MM-dd}..{outside.End:yyyy-MM-dd} reaches outside the dates SegmentAI works with; keep it between {SupportedDates.Range}"));
        }

        if (facet.Kind == FacetKind.Attribute && condition.Window is not null && condition.Operator != ConditionOperator.Within)
        {
            issues.Add(new SegmentIssue($"{where}.window", $"{facet.Name} is an attribute, not an event; a time window only applies with 'within' on a date facet"));
        }

        if (condition.Operator == ConditionOperator.Within && condition.Window is null)
        {
            issues.Add(new SegmentIssue($"{where}.window", "'within' needs a window"));
        }
    }

    private static void CheckFrequency(SegmentCondition condition, Facet facet, string where, List<SegmentIssue> issues)
    {
        if (condition.Frequency is not { } frequency)
        {
            return;
        }

        var countsEvents = facet.Kind == FacetKind.Event && condition.Operator is ConditionOperator.In or ConditionOperator.IsTrue;
        if (!countsEvents)
        {
            issues.Add(new SegmentIssue($"{where}.frequency", $"a frequency only applies to events that happened ('in' or 'is_true' on an event facet), not to {facet.Name} with '{SnakeCase.From(condition.Operator.ToString())}'"));
        }

        if (frequency.Count <= 0 || double.IsNaN(frequency.Count) || double.IsInfinity(frequency.Count))
        {
            issues.Add(new SegmentIssue($"{where}.frequency.count", "must be a positive number"));
        }
    }

    private static void CheckAggregate(SegmentCondition condition, Facet facet, string where, List<SegmentIssue> issues)
    {
        if (condition.Aggregate is not { } aggregate)
        {
            return;
        }

        if (facet.Kind != FacetKind.Event || condition.Operator is not (ConditionOperator.In or ConditionOperator.IsTrue) || facet.Sql.Amount is null)
        {
            issues.Add(new SegmentIssue($"{where}.aggregate", $"an amount threshold needs an event facet with an amount ('in' or 'is_true'); {facet.Name} has none"));
            return;
        }

        if (aggregate.Operator is not (ConditionOperator.Gt or ConditionOperator.Gte or ConditionOperator.Lt or ConditionOperator.Lte or ConditionOperator.Eq or ConditionOperator.Between))
        {
            issues.Add(new SegmentIssue($"{where}.aggregate.operator", "use gt, gte, lt, lte, eq or between"));
        }

        var expected = aggregate.Operator == ConditionOperator.Between ? 2 : 1;
        if (aggregate.Values is null || aggregate.Values.Count != expected)
        {
            issues.Add(new SegmentIssue($"{where}.aggregate.values", $"needs {expected} amount(s)"));
        }

        if (aggregate.Function == AggregateFunction.Count)
        {
            issues.Add(new SegmentIssue($"{where}.aggregate.function", "use a frequency for counts; an amount threshold aggregates with sum, avg, max or min"));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,31}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ConditionIdPattern();
}
