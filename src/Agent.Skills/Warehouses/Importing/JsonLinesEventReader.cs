using System.Buffers;
using System.Text;
using System.Text.Json;

namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>
/// Reads JSON lines: one object per line, whose top-level fields the mapping names (other fields are skipped; a mapped
/// field that is absent or null is null). Strings, numbers and booleans are read as their text; an object or array
/// where a mapped value should be makes the row bad.
/// </summary>
internal sealed class JsonLinesEventReader : IEventRowReader, IDisposable
{
    /// <summary>Longest line kept; a longer one makes its row bad instead of filling memory.</summary>
    public const int MaxLineChars = 1 << 20;

    private readonly ImportText _text;
    private readonly Dictionary<string, int> _positions;
    private readonly Dictionary<string, int> _positionsIgnoringCase;
    private readonly StringBuilder _line = new();
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(4096);
    private bool _tooLong;

    public JsonLinesEventReader(ImportText text, IReadOnlyList<string> mappedFields)
    {
        ArgumentNullException.ThrowIfNull(mappedFields);
        _text = text;
        _positions = new Dictionary<string, int>(StringComparer.Ordinal);
        _positionsIgnoringCase = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < mappedFields.Count; i++)
        {
            _positions[mappedFields[i]] = i;
            _positionsIgnoringCase[mappedFields[i]] = i;
        }
    }

    public async ValueTask<bool> ReadAsync(EventRawRow row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        while (true)
        {
            var line = _text.Line;
            if (!await ReadLineAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            if (IsBlank())
            {
                continue;
            }

            row.Reset(line);
            if (_tooLong)
            {
                row.Error = $"the line is longer than {MaxLineChars:N0} characters";
            }
            else
            {
                Parse(row);
            }

            return true;
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
    }

    private static string Kind(JsonTokenType token) => token == JsonTokenType.StartArray ? "an array" : "an object";

    private async ValueTask<bool> ReadLineAsync(CancellationToken cancellationToken)
    {
        _line.Clear();
        _tooLong = false;
        var any = false;
        while (await _text.FillAsync(cancellationToken).ConfigureAwait(false))
        {
            any = true;
            var span = _text.Span;
            var end = span.IndexOf('\n');
            var piece = end < 0 ? span : span[..end];
            if (_line.Length + piece.Length <= MaxLineChars)
            {
                _line.Append(piece);
            }
            else
            {
                _tooLong = true;
            }

            if (end >= 0)
            {
                _text.Position += end + 1;
                _text.Line++;
                return true;
            }

            _text.Position += span.Length;
        }

        return any;
    }

    private bool IsBlank()
    {
        foreach (var chunk in _line.GetChunks())
        {
            if (!chunk.Span.IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }

    private void Parse(EventRawRow row)
    {
        var length = 0;
        foreach (var chunk in _line.GetChunks())
        {
            var needed = length + Encoding.UTF8.GetMaxByteCount(chunk.Length);
            if (needed > _bytes.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(needed);
                _bytes.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_bytes);
                _bytes = larger;
            }

            length += Encoding.UTF8.GetBytes(chunk.Span, _bytes.AsSpan(length));
        }

        try
        {
            row.Error = ReadObject(new Utf8JsonReader(_bytes.AsSpan(0, length)), row.Values);
        }
        catch (JsonException)
        {
            row.Error = "not valid JSON (each line must be one JSON object)";
        }
    }

    private string? ReadObject(Utf8JsonReader json, string?[] values)
    {
        if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
        {
            return "not a JSON object (each line must be one JSON object)";
        }

        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var name = json.GetString()!;
            if (!json.Read())
            {
                break;
            }

            if (!_positions.TryGetValue(name, out var position) && !_positionsIgnoringCase.TryGetValue(name, out position))
            {
                json.Skip();
                continue;
            }

            switch (json.TokenType)
            {
                case JsonTokenType.String:
                    values[position] = json.GetString();
                    break;
                case JsonTokenType.Number:
                    values[position] = Encoding.UTF8.GetString(json.ValueSpan);
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    values[position] = json.TokenType == JsonTokenType.True ? "true" : "false";
                    break;
                case JsonTokenType.Null:
                    values[position] = null;
                    break;
                default:
                    return $"field '{name}' is {Kind(json.TokenType)}, not a plain value";
            }
        }

        if (json.TokenType != JsonTokenType.EndObject || json.Read())
        {
            return "not a JSON object (each line must be one JSON object)";
        }

        return null;
    }
}
