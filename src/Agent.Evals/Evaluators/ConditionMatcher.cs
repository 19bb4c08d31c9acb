using System.Globalization;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Evals.Evaluators;

/// <summary>
/// Matches a segment's conditions against expected ones as the suite format defines it: one expected condition per
/// actual condition, equivalent forms normalized (NOT in = not_in, NOT is_true = is_false, eq v = in [v], and on
/// count facets "more than 3" = "at least 4"), windows checked when given, frequency and aggregate when present, and
/// same-event filters one to one in any order.
/// </summary>
internal static class ConditionMatcher
{
    /// <summary>
    /// Why <paramref name="segment"/> does not hold exactly <paramref name="expected"/> (and <paramref name="logic"/>,
    /// when given), or null when it does.
    /// </summary>
    /// <param name="segment">The reply's segment.</param>
    /// <param name="expected">Every condition the segment must have, order-insensitive.</param>
    /// <param name="logic">Expected logic over C1..Cn numbered as <paramref name="expected"/>, or null to not check it.</param>
    /// <param name="tenant">The tenant, whose catalog says which facets are counts.</param>
    public static string? Mismatch(SegmentCard segment, IReadOnlyList<ExpectedCondition> expected, string? logic, Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(tenant);
        var negatedIds = NegatedIds(segment);
        var remaining = segment.Conditions.ToList();
        var matchedIds = new List<string>();
        var atoms = new Dictionary<string, (string ActualId, bool Flipped)>(StringComparer.Ordinal);
        foreach (var condition in expected)
        {
            var counts = Counts(tenant, condition.Facet);
            var match = remaining.FirstOrDefault(actual => Matches(condition, actual, negatedIds.Contains(actual.Id), counts)
                && SameEventMatches(condition.SameEvent ?? [], actual.SameEvent, tenant));
            if (match is null)
            {
                var sameEvent = condition.SameEvent is not { Count: > 0 }
                    ? ""
                    : " on the same event as " + string.Join(" and ", condition.SameEvent.Select(f => $"{f.Facet} {f.Operator} [{string.Join(", ", f.Values)}]"));
                return $"no condition like {condition.Facet} {condition.Operator} [{string.Join(", ", condition.Values)}]{sameEvent}{(condition.Negated ? " (negated)" : "")}";
            }

            remaining.Remove(match);
            matchedIds.Add(match.Id);
            atoms[$"C{matchedIds.Count}"] = (match.Id, Normalize(condition.Operator, false, condition.Values, counts).Negated != Normalize(match.Operator, false, match.Values, counts).Negated);
        }

        if (remaining.Count > 0)
        {
            return $"unexpected condition(s) {string.Join(", ", remaining.Select(c => c.Facet))}";
        }

        if (logic is not null && !logic.Contains("NOT", StringComparison.OrdinalIgnoreCase))
        {
            // A condition marked `negated: true` sits under NOT, so a logic written without any NOT ("C1 AND C2" with
            // C2 negated) names it with its NOT.
            for (var i = expected.Count; i >= 1; i--)
            {
                if (expected[i - 1].Negated)
                {
                    logic = System.Text.RegularExpressions.Regex.Replace(logic, $@"\bC{i}\b", $"NOT C{i}", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                }
            }
        }

        if (logic is not null)
        {
            var rewritten = logic;
            for (var i = matchedIds.Count; i >= 1; i--)
            {
                rewritten = rewritten.Replace($"C{i}", $"#{matchedIds[i - 1]}", StringComparison.Ordinal);
            }

            // The same grouping in another order ("Role and Office" for "Office and Role") is the same segment.
            if (rewritten.Replace("#", "", StringComparison.Ordinal) != segment.Logic && !LogicEquivalence.Same(logic, segment.Logic, atoms))
            {
                return $"expected logic {logic}";
            }
        }

        return null;
    }

    private static bool Matches(ExpectedCondition expected, ConditionCard actual, bool negated, bool counts)
    {
        if (expected.Facet != actual.Facet)
        {
            return false;
        }

        var (expectedOp, expectedNegated, expectedValues) = Normalize(expected.Operator, expected.Negated, expected.Values, counts);
        var (actualOp, actualNegated, actualValues) = Normalize(actual.Operator, negated, actual.Values, counts);
        if (expectedOp != actualOp || expectedNegated != actualNegated
            || !expectedValues.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(actualValues.Select(v => v.ToLowerInvariant()).Select(v => v)))
        {
            return expectedOp == actualOp && expectedNegated == actualNegated && NumericEqual(expectedValues, actualValues);
        }

        if (expected.Window is { } window && (actual.Window is null || actual.Window.Start != window.Start || actual.Window.End != window.End))
        {
            return false;
        }

        if (!Equivalent(expected.Frequency, actual.Frequency) || !Equivalent(expected.Aggregate, actual.Aggregate))
        {
            return false;
        }

        return true;
    }

    private static bool Counts(Tenant tenant, string facet) => tenant.Catalog.Find(facet)?.Type == FacetType.Number;

    // Same-event filters match one to one, in any order, with the same normalization as conditions (eq v = in [v],
    // on counts "more than 3" = "at least 4"); not_in stays distinct from in, since a filter is never negated.
    private static bool SameEventMatches(IReadOnlyList<ExpectedEventFilter> expected, IReadOnlyList<EventFilterCard> actual, Tenant tenant)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        var remaining = actual.ToList();
        foreach (var filter in expected)
        {
            var counts = Counts(tenant, filter.Facet);
            var (expectedOp, expectedNegated, expectedValues) = Normalize(filter.Operator, false, filter.Values, counts);
            var match = remaining.FirstOrDefault(candidate =>
            {
                if (candidate.Facet != filter.Facet)
                {
                    return false;
                }

                var (actualOp, actualNegated, actualValues) = Normalize(candidate.Operator, false, candidate.Values, counts);
                return expectedOp == actualOp && expectedNegated == actualNegated
                    && (expectedValues.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(actualValues) || NumericEqual(expectedValues, actualValues));
            });
            if (match is null)
            {
                return false;
            }

            remaining.Remove(match);
        }

        return true;
    }

    // Equivalent forms select the same members: NOT in ≡ not_in, NOT is_true ≡ is_false, eq v ≡ in [v] for list
    // values, and on count facets (whole numbers) "more than 3" ≡ "at least 4".
    private static (ConditionOperator Operator, bool Negated, IReadOnlyList<string> Values) Normalize(ConditionOperator op, bool negated, IReadOnlyList<string> values, bool counts) =>
        op switch
        {
            ConditionOperator.Gt when counts && values.Count == 1 && long.TryParse(values[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var more) => (ConditionOperator.Gte, negated, [(more + 1).ToString(CultureInfo.InvariantCulture)]),
            ConditionOperator.Lt when counts && values.Count == 1 && long.TryParse(values[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var less) => (ConditionOperator.Lte, negated, [(less - 1).ToString(CultureInfo.InvariantCulture)]),
            ConditionOperator.NotIn => (ConditionOperator.In, !negated, values),
            ConditionOperator.IsFalse => (ConditionOperator.IsTrue, !negated, values),
            ConditionOperator.Eq when values.Count == 1 && !decimal.TryParse(values[0], NumberStyles.Number, CultureInfo.InvariantCulture, out _) => (ConditionOperator.In, negated, values),
            ConditionOperator.Neq when values.Count == 1 && !decimal.TryParse(values[0], NumberStyles.Number, CultureInfo.InvariantCulture, out _) => (ConditionOperator.In, !negated, values),
            _ => (op, negated, values),
        };

    private static bool NumericEqual(IReadOnlyList<string> expected, IReadOnlyList<string> actual) =>
        expected.Count == actual.Count && expected.Zip(actual).All(p =>
            decimal.TryParse(p.First, NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
            && decimal.TryParse(p.Second, NumberStyles.Number, CultureInfo.InvariantCulture, out var b)
            && a == b);

    private static bool Equivalent(Frequency? expected, Frequency? actual) =>
        expected is null ? actual is null : actual is not null && expected.Comparison == actual.Comparison && Math.Abs(expected.Count - actual.Count) < 1e-9 && expected.Per == actual.Per;

    private static bool Equivalent(AggregateThreshold? expected, AggregateThreshold? actual) =>
        expected is null ? actual is null : actual is not null && expected.Function == actual.Function && expected.Operator == actual.Operator && expected.Values.SequenceEqual(actual.Values);

    /// <summary>Ids of the conditions of <paramref name="segment"/> that sit under NOT (the card lists conditions flat).</summary>
    public static HashSet<string> NegatedIds(SegmentCard segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var negated = new HashSet<string>(StringComparer.Ordinal);
        var tokens = segment.Logic.Replace("(", " ( ", StringComparison.Ordinal).Replace(")", " ) ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var depthStack = new Stack<bool>();
        var negateNext = false;
        var insideNegatedGroup = 0;
        foreach (var token in tokens)
        {
            switch (token)
            {
                case "NOT":
                    negateNext = true;
                    break;
                case "(":
                    depthStack.Push(negateNext);
                    if (negateNext)
                    {
                        insideNegatedGroup++;
                    }

                    negateNext = false;
                    break;
                case ")":
                    if (depthStack.Count > 0 && depthStack.Pop())
                    {
                        insideNegatedGroup--;
                    }

                    break;
                case "AND" or "OR":
                    break;
                default:
                    if ((negateNext ? 1 : 0) + insideNegatedGroup is 1)
                    {
                        negated.Add(token);
                    }

                    negateNext = false;
                    break;
            }
        }

        return negated;
    }
}
