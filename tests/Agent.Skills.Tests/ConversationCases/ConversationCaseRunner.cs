using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tests.ConversationCases;

/// <summary>Plays a case's turns through the engine and says which expectation a reply missed, if any.</summary>
internal static class ConversationCaseRunner
{
    public static async Task<(bool Passed, string? Failure, IReadOnlyList<ChatReply> Replies)> RunAsync(
        IConversationEngine engine, ConversationCase testCase, Func<string, string?> warehouseFor)
    {
        var replies = new List<ChatReply>();
        var user = testCase.User ?? $"eval-{testCase.Id}";
        for (var i = 0; i < testCase.Turns.Count; i++)
        {
            var turn = testCase.Turns[i];
            var reply = await engine.HandleAsync(new ChatRequest(testCase.Tenant, user, $"eval-{testCase.Id}", turn.Say, "eval", TrustUnknownUsers: true, AsOf: testCase.AsOf, Warehouse: warehouseFor(testCase.Tenant)));
            replies.Add(reply);
            if (Check(reply, turn.Expect, testCase.Tenant) is { } problem)
            {
                return (false, $"turn {i + 1} \"{turn.Say}\": {problem} (got {reply.Kind}: {Summary(reply)})", replies);
            }
        }

        return (true, null, replies);
    }

    private static string? Check(ChatReply reply, TurnExpectation expect, string tenantId)
    {
        if (reply.Kind != expect.Kind)
        {
            return $"expected {expect.Kind}";
        }

        if (expect.NoQuestion && reply.Kind == ReplyKind.Clarification)
        {
            return "asked a question";
        }

        if (expect.Slot is { } slot && reply.Clarification?.Slot is { } actualSlot && !(actualSlot == slot || actualSlot.StartsWith(slot + ":", StringComparison.Ordinal)))
        {
            return $"expected slot {slot}";
        }

        if (expect.Category is { } category && reply.Refusal?.Category != category)
        {
            return $"expected refusal category {category}";
        }

        if (expect.TextContains is { } text && !reply.Text.Contains(text, StringComparison.OrdinalIgnoreCase))
        {
            return $"text lacks \"{text}\"";
        }

        return expect.Conditions is { } conditions ? CheckConditions(reply, conditions, expect.Logic, tenantId) : null;
    }

    private static string? CheckConditions(ChatReply reply, IReadOnlyList<ExpectedCondition> expected, string? logic, string tenantId)
    {
        if (reply.Segment is not { } segment)
        {
            return "no segment";
        }

        var negatedIds = NegatedIds(segment);
        var remaining = segment.Conditions.ToList();
        var matchedIds = new List<string>();
        foreach (var condition in expected)
        {
            var counts = Tenants.RepositoryTenants.Directory.Get(tenantId).Catalog.Find(condition.Facet)?.Type == SegmentAI.Skills.Catalog.FacetType.Number;
            var match = remaining.FirstOrDefault(actual => Matches(condition, actual, negatedIds.Contains(actual.Id), counts));
            if (match is null)
            {
                return $"no condition like {condition.Facet} {condition.Operator} [{string.Join(", ", condition.Values)}]{(condition.Negated ? " (negated)" : "")}";
            }

            remaining.Remove(match);
            matchedIds.Add(match.Id);
        }

        if (remaining.Count > 0)
        {
            return $"unexpected condition(s) {string.Join(", ", remaining.Select(c => c.Facet))}";
        }

        if (logic is not null)
        {
            var rewritten = logic;
            for (var i = matchedIds.Count; i >= 1; i--)
            {
                rewritten = rewritten.Replace($"C{i}", $"#{matchedIds[i - 1]}", StringComparison.Ordinal);
            }

            if (rewritten.Replace("#", "", StringComparison.Ordinal) != segment.Logic)
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

    // Equivalent forms select the same members: NOT in ≡ not_in, NOT is_true ≡ is_false, eq v ≡ in [v] for list
    // values, and on count facets (whole numbers) "more than 3" ≡ "at least 4".
    private static (ConditionOperator Operator, bool Negated, IReadOnlyList<string> Values) Normalize(ConditionOperator op, bool negated, IReadOnlyList<string> values, bool counts) =>
        op switch
        {
            ConditionOperator.Gt when counts && values.Count == 1 && long.TryParse(values[0], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var more) => (ConditionOperator.Gte, negated, [(more + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)]),
            ConditionOperator.Lt when counts && values.Count == 1 && long.TryParse(values[0], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var less) => (ConditionOperator.Lte, negated, [(less - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)]),
            ConditionOperator.NotIn => (ConditionOperator.In, !negated, values),
            ConditionOperator.IsFalse => (ConditionOperator.IsTrue, !negated, values),
            ConditionOperator.Eq when values.Count == 1 && !decimal.TryParse(values[0], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _) => (ConditionOperator.In, negated, values),
            ConditionOperator.Neq when values.Count == 1 && !decimal.TryParse(values[0], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _) => (ConditionOperator.In, !negated, values),
            _ => (op, negated, values),
        };

    private static bool NumericEqual(IReadOnlyList<string> expected, IReadOnlyList<string> actual) =>
        expected.Count == actual.Count && expected.Zip(actual).All(p =>
            decimal.TryParse(p.First, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var a)
            && decimal.TryParse(p.Second, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var b)
            && a == b);

    private static bool Equivalent(Frequency? expected, Frequency? actual) =>
        expected is null ? actual is null : actual is not null && expected.Comparison == actual.Comparison && Math.Abs(expected.Count - actual.Count) < 1e-9 && expected.Per == actual.Per;

    private static bool Equivalent(AggregateThreshold? expected, AggregateThreshold? actual) =>
        expected is null ? actual is null : actual is not null && expected.Function == actual.Function && expected.Operator == actual.Operator && expected.Values.SequenceEqual(actual.Values);

    // The card lists conditions flat; which ones sit under NOT is read from the logic expression.
    private static HashSet<string> NegatedIds(SegmentCard segment)
    {
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

    private static string Summary(ChatReply reply) =>
        reply.Segment is { } segment
            ? string.Join("; ", segment.Conditions.Select(c => $"{c.Facet} {c.Operator} [{string.Join(",", c.Values)}]{(c.Window is { } w ? $" {w.Start:yyyy-MM-dd}..{w.End:yyyy-MM-dd}" : "")}{(c.Frequency is { } f ? $" freq {f.Comparison} {f.Count}/{f.Per}" : "")}{(c.Aggregate is { } a ? $" agg {a.Function} {a.Operator} {string.Join(",", a.Values)}" : "")}")) + $" | {segment.Logic}"
            : reply.Clarification is { } question ? $"slot {question.Slot}"
            : reply.Refusal is { } refusal ? $"refusal {refusal.Category}"
            : reply.Text.Split('\n')[0];
}
