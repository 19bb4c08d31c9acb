using System.Globalization;
using System.Text;

namespace SegmentAI.Skills.Sql.Writing;

/// <summary>
/// Accumulates SQL text in one of two forms from the same calls: with every value bound as a positional
/// parameter (<c>$1</c>, <c>$2</c>, ...) for execution, or with values as safely quoted literals for display.
/// Writing both forms through one code path keeps the displayed SQL identical in meaning to what runs.
/// </summary>
internal sealed class SqlWriter
{
    private readonly StringBuilder _text = new();
    private readonly List<object> _parameters = [];

    private readonly int _firstParameter;

    public SqlWriter(bool inlineLiterals, int firstParameter = 1)
    {
        InlineLiterals = inlineLiterals;
        _firstParameter = firstParameter;
    }

    public bool InlineLiterals { get; }

    public IReadOnlyList<object> Parameters => _parameters;

    public SqlWriter Append(string sql)
    {
        _text.Append(sql);
        return this;
    }

    public SqlWriter Value(object value)
    {
        if (InlineLiterals)
        {
            _text.Append(Literal(value));
        }
        else
        {
            _parameters.Add(value);
            _text.Append('$').Append((_parameters.Count + _firstParameter - 1).ToString(CultureInfo.InvariantCulture));
        }

        return this;
    }

    public SqlWriter ValueList(IEnumerable<object> values)
    {
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                _text.Append(", ");
            }

            Value(value);
            first = false;
        }

        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>A literal both DuckDB and PostgreSQL read as the same value; strings have quotes doubled.</summary>
    public static string Literal(object value) =>
        value switch
        {
            string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
            DateOnly d => "DATE '" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'",
            bool b => b ? "TRUE" : "FALSE",
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture),
            int i => i.ToString(CultureInfo.InvariantCulture),
            _ => throw new ArgumentException($"no SQL literal form for {value.GetType().Name}", nameof(value)),
        };
}
