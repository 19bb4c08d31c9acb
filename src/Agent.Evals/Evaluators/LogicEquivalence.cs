namespace SegmentAI.Evals.Evaluators;

/// <summary>
/// Whether two logic expressions over condition ids ("(C1 AND C2) OR NOT C3") select the same members whatever each
/// condition holds: compared by truth table, so the order of an AND's or an OR's children and equivalent regroupings
/// do not matter, but a different grouping does.
/// </summary>
internal static class LogicEquivalence
{
    // 2^12 rows is plenty for a segment a person describes in one message.
    private const int MaxAtoms = 12;

    /// <summary>
    /// True when <paramref name="expected"/>, with each id mapped by <paramref name="atoms"/> to an id of
    /// <paramref name="actual"/> (and flipped where the expected condition is the other side of the same yes/no),
    /// agrees with <paramref name="actual"/> on every assignment.
    /// </summary>
    public static bool Same(string expected, string actual, IReadOnlyDictionary<string, (string ActualId, bool Flipped)> atoms)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(atoms);
        if (Parse(expected) is not { } left || Parse(actual) is not { } right)
        {
            return false;
        }

        var ids = atoms.Values.Select(a => a.ActualId).Concat(Ids(right)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count > MaxAtoms || Ids(left).Any(id => !atoms.ContainsKey(id)))
        {
            return false;
        }

        for (var row = 0; row < 1 << ids.Count; row++)
        {
            var values = ids.Select((id, i) => (id, (row >> i & 1) == 1)).ToDictionary(p => p.id, p => p.Item2, StringComparer.Ordinal);
            bool Expected(string id) => atoms[id] is var (actualId, flipped) && values[actualId] != flipped;
            if (Evaluate(left, Expected) != Evaluate(right, id => values[id]))
            {
                return false;
            }
        }

        return true;
    }

    private abstract record Node;

    private sealed record Atom(string Id) : Node;

    private sealed record Not(Node Child) : Node;

    private sealed record Both(Node Left, Node Right) : Node;

    private sealed record Either(Node Left, Node Right) : Node;

    private static bool Evaluate(Node node, Func<string, bool> value) => node switch
    {
        Atom atom => value(atom.Id),
        Not not => !Evaluate(not.Child, value),
        Both both => Evaluate(both.Left, value) && Evaluate(both.Right, value),
        Either either => Evaluate(either.Left, value) || Evaluate(either.Right, value),
        _ => false,
    };

    private static IEnumerable<string> Ids(Node node) => node switch
    {
        Atom atom => [atom.Id],
        Not not => Ids(not.Child),
        Both both => Ids(both.Left).Concat(Ids(both.Right)),
        Either either => Ids(either.Left).Concat(Ids(either.Right)),
        _ => [],
    };

    // OR over AND over NOT over atoms and parentheses; null when the text is not such an expression.
    private static Node? Parse(string text)
    {
        var tokens = text.Replace("(", " ( ", StringComparison.Ordinal).Replace(")", " ) ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var position = 0;
        var node = Or();
        return node is not null && position == tokens.Length ? node : null;

        Node? Or()
        {
            var left = And();
            while (left is not null && Peek("OR"))
            {
                position++;
                left = And() is { } right ? new Either(left, right) : null;
            }

            return left;
        }

        Node? And()
        {
            var left = Unary();
            while (left is not null && Peek("AND"))
            {
                position++;
                left = Unary() is { } right ? new Both(left, right) : null;
            }

            return left;
        }

        Node? Unary()
        {
            if (position >= tokens.Length)
            {
                return null;
            }

            var token = tokens[position++];
            if (token == "NOT")
            {
                return Unary() is { } child ? new Not(child) : null;
            }

            if (token == "(")
            {
                var inner = Or();
                return inner is not null && Peek(")") && position++ >= 0 ? inner : null;
            }

            return token is "AND" or "OR" or ")" ? null : new Atom(token);
        }

        bool Peek(string token) => position < tokens.Length && tokens[position] == token;
    }
}
