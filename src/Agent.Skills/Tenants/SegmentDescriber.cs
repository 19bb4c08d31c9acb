using System.Globalization;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Dates;
using SegmentAI.Skills.FacetTypes;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tenants;

/// <summary>Describes a segment in plain English from its conditions and the catalog's names and labels.</summary>
internal static class SegmentDescriber
{
    /// <summary>One sentence (nested in parentheses where the logic needs it) saying who is in the segment.</summary>
    public static string Describe(SegmentDefinition definition, Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(tenant);
        var noun = tenant.Config.Entity.Noun;
        var body = Describe(definition.Root, tenant, outermost: true);
        return $"{char.ToUpperInvariant(noun[0])}{noun[1..]} where {body}.";
    }

    /// <summary>Plain-English text of one condition (its window and same-event filters included).</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="facet">Its facet.</param>
    /// <param name="catalog">The catalog its same-event filters' facets are named from.</param>
    /// <param name="calendar">The tenant's calendar, so a window that is a fiscal period is named as one.</param>
    public static string DescribeCondition(SegmentCondition condition, Facet facet, FacetCatalog catalog, FiscalCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(facet);
        ArgumentNullException.ThrowIfNull(catalog);
        var type = FacetTypeHandlers.Of(facet);
        var values = Values(condition.Values, facet);
        var window = condition.Window is { } w ? $" {Window(w, calendar)}" : "";
        return facet.Kind == FacetKind.Attribute
            ? condition.Operator switch
            {
                ConditionOperator.In or ConditionOperator.Eq => $"{facet.Name} is {values}",
                ConditionOperator.NotIn or ConditionOperator.Neq => $"{facet.Name} is not {values}",
                ConditionOperator.IsTrue => $"{facet.Name} is yes",
                ConditionOperator.IsFalse => $"{facet.Name} is no",
                ConditionOperator.Within => $"{facet.Name} is{window}",
                ConditionOperator.Before => $"{facet.Name} is before {type.DescribeValue(facet, condition.Values[0])}",
                ConditionOperator.After => $"{facet.Name} is on or after {type.DescribeValue(facet, condition.Values[0])}",
                _ => $"{facet.Name} {Comparison(condition.Operator, condition.Values, facet)}",
            }
            : condition.Operator switch
            {
                ConditionOperator.In => $"{facet.Name} includes {values}{Frequency(condition)}{Amount(condition)}{window}{SameEvent(condition, facet, catalog)}",
                ConditionOperator.NotIn => $"{facet.Name} includes none of {values}{window}{SameEvent(condition, facet, catalog)}",
                ConditionOperator.IsTrue => $"{facet.Name} is yes{Frequency(condition)}{Amount(condition)}{window}{SameEvent(condition, facet, catalog)}",
                ConditionOperator.IsFalse => $"{facet.Name} is no{window}{SameEvent(condition, facet, catalog)}",
                _ => $"{facet.Name}{window} {Comparison(condition.Operator, condition.Values, facet)}{SameEvent(condition, facet, catalog)}",
            };
    }

    private static string Describe(SegmentNode node, Tenant tenant, bool outermost) =>
        node switch
        {
            SegmentCondition condition => DescribeCondition(condition, tenant.Catalog.Find(condition.Facet)!, tenant.Catalog, tenant.FiscalCalendar),
            NotNode not => $"not ({Describe(not.Child, tenant, outermost: true)})",
            AndNode and => Group(and.Children, "and", tenant, outermost),
            OrNode or => Group(or.Children, "or", tenant, outermost),
            _ => "",
        };

    private static string Group(IReadOnlyList<SegmentNode> children, string word, Tenant tenant, bool outermost)
    {
        if (children.Count == 1)
        {
            return Describe(children[0], tenant, outermost);
        }

        var text = string.Join($" {word} ", children.Select(c => Describe(c, tenant, outermost: false)));
        return outermost ? text : $"({text})";
    }

    private static string Values(IReadOnlyList<string> values, Facet facet)
    {
        var type = FacetTypeHandlers.Of(facet);
        var labels = values.Select(v => type.DescribeValue(facet, v)).ToList();
        return labels.Count switch
        {
            0 => "",
            1 => labels[0],
            _ => string.Join(", ", labels.Take(labels.Count - 1)) + " or " + labels[^1],
        };
    }

    // An event that happened is qualified on that same event ("..., where Single Order Total is more than $150 on
    // the same order"); absence and amounts are read over the qualifying events only ("counting only orders where").
    private static string SameEvent(SegmentCondition condition, Facet facet, FacetCatalog catalog)
    {
        if (condition.SameEvent is not { Count: > 0 } filters)
        {
            return "";
        }

        var clauses = string.Join(" and ", filters.Select(f => FilterClause(f, facet, catalog)));
        var (singular, plural) = EventNoun(facet, catalog);
        return condition.Operator is ConditionOperator.In or ConditionOperator.IsTrue
            ? $", where {clauses} on the same {singular}"
            : $", counting only {plural} where {clauses}";
    }

    private static string FilterClause(EventFilter filter, Facet conditionFacet, FacetCatalog catalog)
    {
        if (catalog.Find(filter.Facet) is not { } facet)
        {
            // Only an unvalidated definition names a facet the catalog lacks; say it as written.
            return $"{filter.Facet} {SnakeCase.From(filter.Operator.ToString())} {string.Join(", ", filter.Values)}".TrimEnd();
        }

        var values = Values(filter.Values, facet);
        if (facet.Id == conditionFacet.Id)
        {
            // The condition's own facet names another row of the same event (an order's other line).
            return filter.Operator switch
            {
                ConditionOperator.NotIn => $"{facet.Name} includes none of {values}",
                ConditionOperator.In => $"{facet.Name} also includes {values}",
                _ => $"another {facet.Name} {Comparison(filter.Operator, filter.Values, facet)}",
            };
        }

        return filter.Operator switch
        {
            ConditionOperator.In => $"{facet.Name} is {values}",
            ConditionOperator.NotIn => $"{facet.Name} is not {values}",
            ConditionOperator.IsTrue => $"{facet.Name} is yes",
            ConditionOperator.IsFalse => $"{facet.Name} is no",
            _ => $"{facet.Name} {Comparison(filter.Operator, filter.Values, facet)}",
        };
    }

    // What one event of the facet's source is called: the facet's own unit when it counts events ("orders",
    // "accesses"), else the unit of the catalog's plain count over the same table, else "event".
    private static (string Singular, string Plural) EventNoun(Facet facet, FacetCatalog catalog)
    {
        var table = facet.Sql.Source!.Table;
        var counted = facet.Unit is { Length: > 0 } && (!FacetTypeHandlers.Of(facet).IsMeasured || facet.Sql.Aggregate == AggregateFunction.Count)
            ? facet
            : catalog.Facets.FirstOrDefault(f => f.Kind == FacetKind.Event && f.Sql.Source!.Table == table
                && f.Sql.Aggregate == AggregateFunction.Count && f.Sql.Filters.Count == 0 && f.Unit is { Length: > 0 });
        return counted is null ? ("event", "events") : (Singular(counted.Unit!), counted.Unit!);
    }

    private static string Singular(string plural) =>
        plural.EndsWith("sses", StringComparison.Ordinal) ? plural[..^2]
        : plural.EndsWith("ies", StringComparison.Ordinal) ? plural[..^3] + "y"
        : plural.EndsWith('s') ? plural[..^1]
        : plural;

    private static string Frequency(SegmentCondition condition)
    {
        // A facet read over all time has no window; only a plain count ("at least 3 times") can apply to it.
        if (condition.Frequency is not { } frequency || (condition.Window is null && frequency.Per != FrequencyPeriod.Window))
        {
            return "";
        }

        var required = frequency.RequiredEvents(condition.Window?.Days ?? 0);
        var bound = frequency.Comparison switch
        {
            Segments.FrequencyComparison.AtMost => $"at most {required} times",
            Segments.FrequencyComparison.Exactly => $"exactly {required} times",
            _ => $"at least {required} times",
        };
        var rate = frequency.Per switch
        {
            FrequencyPeriod.Week => $" ({Number(frequency.Count)} a week)",
            FrequencyPeriod.Month => $" ({Number(frequency.Count)} a month)",
            _ => "",
        };
        return $", {bound}{rate}";
    }

    private static string Amount(SegmentCondition condition) =>
        condition.Aggregate is { } aggregate
            ? $", {AggregateWord(aggregate.Function)} {Comparison(aggregate.Operator, aggregate.Values.Select(v => MoneyFacetType.Amount(v.ToString(CultureInfo.InvariantCulture))).ToList())}"
            : "";

    private static string AggregateWord(AggregateFunction function) =>
        function switch
        {
            AggregateFunction.Avg => "averaging",
            AggregateFunction.Max => "with a largest amount",
            AggregateFunction.Min => "with a smallest amount",
            _ => "spending in total",
        };

    private static string Comparison(ConditionOperator op, IReadOnlyList<string> values, Facet facet)
    {
        var type = FacetTypeHandlers.Of(facet);
        return Comparison(op, values.Select(v => type.DescribeValue(facet, v)).ToList());
    }

    private static string Comparison(ConditionOperator op, IReadOnlyList<string> values) =>
        op switch
        {
            ConditionOperator.Eq => $"is {values[0]}",
            ConditionOperator.Neq => $"is not {values[0]}",
            ConditionOperator.Gt => $"is more than {values[0]}",
            ConditionOperator.Gte => $"is at least {values[0]}",
            ConditionOperator.Lt => $"is less than {values[0]}",
            ConditionOperator.Lte => $"is at most {values[0]}",
            ConditionOperator.Between => $"is between {values[0]} and {values[1]}",
            _ => "",
        };

    // A fiscal period reads as one ("in Q4 FY27 (1 Nov 2026 – 31 Jan 2027)"), so nobody takes it for the calendar quarter.
    private static string Window(TimeWindow window, FiscalCalendar? calendar)
    {
        if (window.Expression == TimeWindow.AtAnyTime)
        {
            return TimeWindow.AtAnyTime;
        }

        if (window.Days == 1)
        {
            return $"on {DateText.Day(window.Start)}";
        }

        return calendar is { IsGregorian: false } && calendar.PeriodName(window.Start, window.End) is { } period
            ? $"in {period} ({DateText.Range(window.Start, window.End)})"
            : $"from {DateText.Day(window.Start)} to {DateText.Day(window.End.AddDays(-1))}";
    }


    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
