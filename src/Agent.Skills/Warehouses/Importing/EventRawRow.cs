namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>One data row as read from the file, before conversion: a text per mapped field (null when absent), or why it is unreadable.</summary>
internal sealed class EventRawRow(int fieldCount)
{
    /// <summary>The mapped fields' texts in mapping order (user, timestamp, type, session, properties).</summary>
    public string?[] Values { get; } = new string?[fieldCount];

    /// <summary>The line the row starts on.</summary>
    public int Line { get; set; }

    /// <summary>Why the row cannot be read, or null.</summary>
    public string? Error { get; set; }

    /// <summary>Clears the row for the next read.</summary>
    public void Reset(int line)
    {
        Array.Clear(Values);
        Line = line;
        Error = null;
    }
}
