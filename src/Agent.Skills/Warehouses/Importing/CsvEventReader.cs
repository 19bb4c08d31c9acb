using System.Buffers;
using System.Text;

namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>
/// Reads RFC 4180 CSV (quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF or LF) a record at a
/// time. The header row names the columns; the mapped fields are found by name (exact, else ignoring case), and a
/// file without one of them is refused whole.
/// </summary>
internal sealed class CsvEventReader : IEventRowReader
{
    /// <summary>Longest field kept; a longer one makes its row bad instead of filling memory.</summary>
    public const int MaxFieldChars = 1 << 20;

    private static readonly SearchValues<char> UnquotedSpecials = SearchValues.Create(",\n\r\"");
    private static readonly SearchValues<char> QuotedSpecials = SearchValues.Create("\"");

    private readonly ImportText _text;
    private readonly List<string> _fields = [];
    private readonly StringBuilder _field = new();
    private int[] _positions = [];
    private int _headerCount;
    private string? _recordError;
    private State _state;

    private CsvEventReader(ImportText text) => _text = text;

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    /// <summary>Reads the header and finds <paramref name="mappedFields"/> in it; throws <see cref="EventImportException"/> when one is missing.</summary>
    public static async Task<CsvEventReader> OpenAsync(ImportText text, IReadOnlyList<string> mappedFields, CancellationToken cancellationToken = default)
    {
        var reader = new CsvEventReader(text);
        var headerLine = text.Line;
        if (!await reader.ReadRecordAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new EventImportException("the file is empty; a CSV export starts with a header row naming its columns");
        }

        if (reader._recordError is not null)
        {
            throw new EventImportException($"line {headerLine}: the header row cannot be read: {reader._recordError}");
        }

        var header = reader._fields.Select(f => f.Trim()).ToList();
        reader._headerCount = header.Count;
        reader._positions = new int[mappedFields.Count];
        var missing = new List<string>();
        for (var i = 0; i < mappedFields.Count; i++)
        {
            var position = header.IndexOf(mappedFields[i]);
            if (position < 0)
            {
                position = header.FindIndex(h => string.Equals(h, mappedFields[i], StringComparison.OrdinalIgnoreCase));
            }

            reader._positions[i] = position;
            if (position < 0)
            {
                missing.Add(mappedFields[i]);
            }
        }

        if (missing.Count > 0)
        {
            throw new EventImportException(
                $"the header row has no column {string.Join(", ", missing.Select(m => $"'{m}'"))} (the event source maps {(missing.Count == 1 ? "it" : "them")}); its columns are {string.Join(", ", header.Select(h => $"'{h}'"))}");
        }

        return reader;
    }

    public async ValueTask<bool> ReadAsync(EventRawRow row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        while (true)
        {
            var line = _text.Line;
            if (!await ReadRecordAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            // A line with nothing on it is not a row (a trailing blank line is common in exports).
            if (_recordError is null && _fields.Count == 1 && _fields[0].Length == 0)
            {
                continue;
            }

            row.Reset(line);
            if (_recordError is not null)
            {
                row.Error = _recordError;
            }
            else if (_fields.Count != _headerCount)
            {
                row.Error = $"{_fields.Count} field{(_fields.Count == 1 ? "" : "s")}, expected {_headerCount}";
            }
            else
            {
                for (var i = 0; i < _positions.Length; i++)
                {
                    row.Values[i] = _fields[_positions[i]];
                }
            }

            return true;
        }
    }

    /// <summary>Reads one record into <see cref="_fields"/>; false when the file has no more characters.</summary>
    private async ValueTask<bool> ReadRecordAsync(CancellationToken cancellationToken)
    {
        _fields.Clear();
        _field.Clear();
        _recordError = null;
        _state = State.FieldStart;
        var any = false;
        while (await _text.FillAsync(cancellationToken).ConfigureAwait(false))
        {
            any = true;
            if (Consume())
            {
                return true;
            }
        }

        if (!any)
        {
            return false;
        }

        if (_state == State.Quoted)
        {
            _recordError ??= "a quoted field is not closed before the end of the file";
        }

        EndField();
        return true;
    }

    /// <summary>Takes characters from the buffer until a record ends (true) or the buffer is used up (false).</summary>
    private bool Consume()
    {
        var state = _state;
        var span = _text.Span;
        var taken = 0;
        try
        {
            while (taken < span.Length)
            {
                var c = span[taken++];
                if (c == '\n')
                {
                    _text.Line++;
                }

                switch (state)
                {
                    case State.FieldStart when c == '"':
                        state = State.Quoted;
                        break;
                    case State.FieldStart or State.Unquoted when c == ',':
                        EndField();
                        state = State.FieldStart;
                        break;
                    case State.FieldStart or State.Unquoted or State.QuoteInQuoted when c == '\n':
                        EndField();
                        return true;
                    case State.FieldStart or State.Unquoted or State.QuoteInQuoted when c == '\r':
                        // The CR of a CRLF line break; the LF ends the record.
                        break;
                    case State.FieldStart or State.Unquoted:
                        if (c == '"')
                        {
                            _recordError ??= "a quote inside a field that does not start with one (quote the whole field and double the quote)";
                        }

                        Append(c);
                        state = State.Unquoted;
                        taken += AppendRun(span[taken..], UnquotedSpecials);
                        break;
                    case State.Quoted when c == '"':
                        state = State.QuoteInQuoted;
                        break;
                    case State.Quoted:
                        Append(c);
                        taken += AppendRun(span[taken..], QuotedSpecials);
                        break;
                    case State.QuoteInQuoted when c == '"':
                        Append('"');
                        state = State.Quoted;
                        break;
                    case State.QuoteInQuoted when c == ',':
                        EndField();
                        state = State.FieldStart;
                        break;
                    case State.QuoteInQuoted:
                        _recordError ??= $"'{c}' after the closing quote of a field (a comma or the end of the line must follow it)";
                        Append(c);
                        state = State.Unquoted;
                        break;
                }
            }

            return false;
        }
        finally
        {
            _state = state;
            _text.Position += taken;
        }
    }

    /// <summary>
    /// Appends the characters of <paramref name="rest"/> up to the next one that means something in the current state,
    /// in one copy rather than one character at a time; returns how many were taken. Line breaks inside a quoted
    /// field are counted here, since they are taken without passing the per-character loop.
    /// </summary>
    private int AppendRun(ReadOnlySpan<char> rest, SearchValues<char> specials)
    {
        var length = rest.IndexOfAny(specials);
        var run = length < 0 ? rest : rest[..length];
        _text.Line += run.Count('\n');
        var room = Math.Max(0, MaxFieldChars - _field.Length);
        if (run.Length > room)
        {
            _recordError ??= $"a field is longer than {MaxFieldChars:N0} characters";
        }

        _field.Append(run[..Math.Min(run.Length, room)]);
        return run.Length;
    }

    private void Append(char c)
    {
        if (_field.Length < MaxFieldChars)
        {
            _field.Append(c);
        }
        else
        {
            _recordError ??= $"a field is longer than {MaxFieldChars:N0} characters";
        }
    }

    private void EndField()
    {
        _fields.Add(_field.ToString());
        _field.Clear();
    }
}
