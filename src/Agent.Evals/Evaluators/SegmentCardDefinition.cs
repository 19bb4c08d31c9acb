using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Evals.Evaluators;

/// <summary>
/// Rebuilds the segment definition a card shows: its conditions, and the boolean tree read back from the card's
/// logic ("(C1 AND C2) AND NOT C3"). AND binds tighter than OR where the logic mixes them without parentheses.
/// </summary>
internal static class SegmentCardDefinition
{
    /// <summary>The definition of <paramref name="card"/>; throws <see cref="FormatException"/> when its logic does not parse or names an unknown condition.</summary>
    public static SegmentDefinition From(SegmentCard card, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        var conditions = card.Conditions.ToDictionary(c => c.Id, Condition, StringComparer.Ordinal);
        var tokens = card.Logic.Replace("(", " ( ", StringComparison.Ordinal).Replace(")", " ) ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var position = 0;
        var root = Or(tokens, ref position, conditions);
        if (position != tokens.Length)
        {
            throw new FormatException($"logic '{card.Logic}': unexpected '{tokens[position]}'");
        }

        return new SegmentDefinition { Name = card.Name, AsOf = asOf, Root = root };
    }

    private static SegmentNode Or(string[] tokens, ref int position, Dictionary<string, SegmentCondition> conditions)
    {
        var children = new List<SegmentNode> { And(tokens, ref position, conditions) };
        while (position < tokens.Length && tokens[position] == "OR")
        {
            position++;
            children.Add(And(tokens, ref position, conditions));
        }

        return children.Count == 1 ? children[0] : new OrNode { Children = children };
    }

    private static SegmentNode And(string[] tokens, ref int position, Dictionary<string, SegmentCondition> conditions)
    {
        var children = new List<SegmentNode> { Term(tokens, ref position, conditions) };
        while (position < tokens.Length && tokens[position] == "AND")
        {
            position++;
            children.Add(Term(tokens, ref position, conditions));
        }

        return children.Count == 1 ? children[0] : new AndNode { Children = children };
    }

    private static SegmentNode Term(string[] tokens, ref int position, Dictionary<string, SegmentCondition> conditions)
    {
        if (position >= tokens.Length)
        {
            throw new FormatException("logic ends where a condition was expected");
        }

        var token = tokens[position++];
        switch (token)
        {
            case "NOT":
                return new NotNode { Child = Term(tokens, ref position, conditions) };
            case "(":
                var inner = Or(tokens, ref position, conditions);
                if (position >= tokens.Length || tokens[position] != ")")
                {
                    throw new FormatException("logic has an unclosed parenthesis");
                }

                position++;
                return inner;
            default:
                return conditions.TryGetValue(token, out var condition)
                    ? condition
                    : throw new FormatException($"logic names '{token}', which is not one of the card's conditions ({string.Join(", ", conditions.Keys)})");
        }
    }

    private static SegmentCondition Condition(ConditionCard card) =>
        new()
        {
            Id = card.Id,
            SourceText = card.SourceText,
            Facet = card.Facet,
            Operator = card.Operator,
            Values = card.Values,
            Window = card.Window is { } window ? new TimeWindow { Start = window.Start, End = window.End, Expression = window.Expression } : null,
            Frequency = card.Frequency,
            Aggregate = card.Aggregate,
            SameEvent = card.SameEvent.Count == 0
                ? null
                : card.SameEvent.Select(f => new EventFilter { Facet = f.Facet, Operator = f.Operator, Values = f.Values, SourceText = f.SourceText }).ToList(),
            Grounding = card.Grounding,
            Confidence = card.Confidence,
        };
}
