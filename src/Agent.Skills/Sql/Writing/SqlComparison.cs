using System.Globalization;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Sql.Writing;

/// <summary>Writes a comparison of an expression with numbers, and reads the invariant value text conditions carry.</summary>
internal static class SqlComparison
{
    /// <summary>Writes <c>expression op value</c> (or <c>BETWEEN</c>); plain, so callers decide how NULL reads.</summary>
    public static void Write(SqlWriter writer, string expression, ConditionOperator op, IReadOnlyList<decimal> values)
    {
        if (op == ConditionOperator.Between)
        {
            writer.Append($"{expression} BETWEEN ").Value(values[0]).Append(" AND ").Value(values[1]);
            return;
        }

        var symbol = op switch
        {
            ConditionOperator.Eq => "=",
            ConditionOperator.Neq => "<>",
            ConditionOperator.Gt => ">",
            ConditionOperator.Gte => ">=",
            ConditionOperator.Lt => "<",
            ConditionOperator.Lte => "<=",
            _ => throw new InvalidOperationException($"operator {op} is not a comparison"),
        };
        writer.Append($"{expression} {symbol} ").Value(values[0]);
    }

    /// <summary>Writes the comparison with values as they are stored on a condition (invariant decimal text).</summary>
    public static void Write(SqlWriter writer, string expression, ConditionOperator op, IReadOnlyList<string> values) =>
        Write(writer, expression, op, values.Select(Number).ToList());

    /// <summary>A validated condition value as a number.</summary>
    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>A validated condition value as a date.</summary>
    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
