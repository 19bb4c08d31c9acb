using System.Globalization;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Configuration;

namespace SegmentAI.Evals.Reports;

/// <summary>An expected condition as one line a reviewer reads, in the suite's own words (facet, operator, values).</summary>
internal static class ExpectationText
{
    public static string Condition(ExpectedCondition condition)
    {
        var parts = new List<string> { condition.Facet, SnakeCase.From(condition.Operator.ToString()) };
        if (condition.Values.Count > 0)
        {
            parts.Add(string.Join(", ", condition.Values));
        }

        if (condition.Window is { } window)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"in [{window.Start:yyyy-MM-dd}, {window.End:yyyy-MM-dd})"));
        }

        if (condition.Frequency is { } frequency)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{SnakeCase.From(frequency.Comparison.ToString())} {frequency.Count} per {SnakeCase.From(frequency.Per.ToString())}"));
        }

        if (condition.Aggregate is { } aggregate)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture,
                $"{SnakeCase.From(aggregate.Function.ToString())} {SnakeCase.From(aggregate.Operator.ToString())} {string.Join(", ", aggregate.Values.Select(v => v.ToString(CultureInfo.InvariantCulture)))}"));
        }

        if (condition.SameEvent is { Count: > 0 } sameEvent)
        {
            parts.Add("on the same event as " + string.Join(" and ", sameEvent.Select(f =>
                string.Join(' ', new[] { f.Facet, SnakeCase.From(f.Operator.ToString()), string.Join(", ", f.Values) }.Where(p => p.Length > 0)))));
        }

        return (condition.Negated ? "NOT " : "") + string.Join(' ', parts);
    }
}
