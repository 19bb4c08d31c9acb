namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>
/// The characters of an event file, a buffer at a time, with the current line number. Only the buffer is ever in
/// memory; readers take characters from <see cref="Span"/> and refill with <see cref="FillAsync"/>.
/// </summary>
internal sealed class ImportText(TextReader reader)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private int _length;

    /// <summary>Position of the next unread character in the buffer.</summary>
    public int Position { get; set; }

    /// <summary>The unread characters of the buffer.</summary>
    public ReadOnlySpan<char> Span => _buffer.AsSpan(Position, _length - Position);

    /// <summary>1-based line of the next unread character (callers add the line breaks they take).</summary>
    public int Line { get; set; } = 1;

    /// <summary>True when unread characters are in the buffer.</summary>
    public bool HasBuffered => Position < _length;

    /// <summary>Reads more characters when the buffer is used up; false at the end of the file.</summary>
    public async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (Position < _length)
        {
            return true;
        }

        _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
        Position = 0;
        return _length > 0;
    }

    /// <summary>Skips blank characters (counting lines) and returns the first other character, or null at the end.</summary>
    public async ValueTask<char?> PeekNonBlankAsync(CancellationToken cancellationToken)
    {
        while (await FillAsync(cancellationToken).ConfigureAwait(false))
        {
            var c = _buffer[Position];
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c;
            }

            Position++;
            if (c == '\n')
            {
                Line++;
            }
        }

        return null;
    }

    /// <summary>Reads to the end of the file without keeping anything, so the content hash covers every byte.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        Position = _length;
        while (await FillAsync(cancellationToken).ConfigureAwait(false))
        {
            Position = _length;
        }
    }
}
