using System.Globalization;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Segments;

/// <summary>Describes a segment in plain English from its conditions and the catalog's names and labels.</summary>
public static class SegmentDescriber
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

    /// <summary>Plain-English text of one condition (its window included).</summary>
    public static string DescribeCondition(SegmentCondition condition, Facet facet)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(facet);
        var values = Values(condition, facet);
        var window = condition.Window is { } w ? $" {Window(w)}" : "";
        return facet.Kind == FacetKind.Attribute
            ? condition.Operator switch
            {
                ConditionOperator.In or ConditionOperator.Eq => $"{facet.Name} is {values}",
                ConditionOperator.NotIn or ConditionOperator.Neq => $"{facet.Name} is not {values}",
                ConditionOperator.IsTrue => $"{facet.Name} is yes",
                ConditionOperator.IsFalse => $"{facet.Name} is no",
                ConditionOperator.Within => $"{facet.Name} is{window}",
                ConditionOperator.Before => $"{facet.Name} is before {Day(condition.Values[0])}",
                ConditionOperator.After => $"{facet.Name} is on or after {Day(condition.Values[0])}",
                _ => $"{facet.Name} {Comparison(condition.Operator, condition.Values, facet.Type)}",
            }
            : condition.Operator switch
            {
                ConditionOperator.In => $"{facet.Name} includes {values}{Frequency(condition)}{Amount(condition)}{window}",
                ConditionOperator.NotIn => $"{facet.Name} includes none of {values}{window}",
                ConditionOperator.IsTrue => $"{facet.Name} is yes{Frequency(condition)}{Amount(condition)}{window}",
                ConditionOperator.IsFalse => $"{facet.Name} is no{window}",
                _ => $"{facet.Name}{window} {Comparison(condition.Operator, condition.Values, facet.Type)}",
            };
    }

    private static string Describe(SegmentNode node, Tenant tenant, bool outermost) =>
        node switch
        {
            SegmentCondition condition => DescribeCondition(condition, tenant.Catalog.Find(condition.Facet)!),
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

    private static string Values(SegmentCondition condition, Facet facet)
    {
        var labels = condition.Values.Select(v => facet.FindValue(v)?.Label ?? v).ToList();
        return labels.Count switch
        {
            0 => "",
            1 => labels[0],
            _ => string.Join(", ", labels.Take(labels.Count - 1)) + " or " + labels[^1],
        };
    }

    private static string Frequency(SegmentCondition condition)
    {
        if (condition.Frequency is not { } frequency || condition.Window is not { } window)
        {
            return "";
        }

        var required = frequency.RequiredEvents(window.Days);
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
            ? $", {AggregateWord(aggregate.Function)} {Comparison(aggregate.Operator, aggregate.Values.Select(v => v.ToString(CultureInfo.InvariantCulture)).ToList(), FacetType.Money)}"
            : "";

    private static string AggregateWord(AggregateFunction function) =>
        function switch
        {
            AggregateFunction.Avg => "averaging",
            AggregateFunction.Max => "with a largest amount",
            AggregateFunction.Min => "with a smallest amount",
            _ => "spending in total",
        };

    private static string Comparison(ConditionOperator op, IReadOnlyList<string> values, FacetType type)
    {
        string V(int i) => type == FacetType.Money ? Money(values[i]) : values[i];
        return op switch
        {
            ConditionOperator.Eq => $"is {V(0)}",
            ConditionOperator.Neq => $"is not {V(0)}",
            ConditionOperator.Gt => $"is more than {V(0)}",
            ConditionOperator.Gte => $"is at least {V(0)}",
            ConditionOperator.Lt => $"is less than {V(0)}",
            ConditionOperator.Lte => $"is at most {V(0)}",
            ConditionOperator.Between => $"is between {V(0)} and {V(1)}",
            _ => "",
        };
    }

    private static string Window(TimeWindow window) =>
        window.Days == 1
            ? $"on {window.Start.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}"
            : $"from {window.Start.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} to {window.End.AddDays(-1).ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";

    private static string Day(string iso) =>
        DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Money(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? "$" + amount.ToString(amount == decimal.Truncate(amount) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture)
            : text;

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
