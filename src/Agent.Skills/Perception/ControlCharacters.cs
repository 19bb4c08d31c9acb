using System.Text;

namespace SegmentAI.Skills.Perception;

/// <summary>
/// Removes characters that carry no words but break what stores the text: control characters (PostgreSQL rejects
/// NUL in text and JSON), unpaired surrogates (not encodable as UTF-8) and the noncharacters U+FFFE and U+FFFF.
/// Tabs and line breaks stay; a carriage return becomes a line break, so "\r\n" and a lone "\r" both read as one.
/// </summary>
public static class ControlCharacters
{
    /// <summary>The text without those characters; the same instance when it had none.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstToRemove(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    builder.Append('\n');
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (!IsRemoved(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int FirstToRemove(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (c == '\r' || IsRemoved(c))
            {
                return i;
            }
        }

        return -1;
    }

    // Reached only by characters that are not half of a valid surrogate pair.
    private static bool IsRemoved(char c) =>
        (char.IsControl(c) && c is not ('\n' or '\t')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';
}
