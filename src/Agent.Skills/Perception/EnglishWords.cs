using System.Collections.Frozen;
using System.IO.Compression;

namespace SegmentAI.Skills.Perception;

/// <summary>
/// The words of an English dictionary (SCOWL's american-english list, about 73,000 lower-case words; see
/// english-words.LICENSE.txt): a correctly spelled English word is never "corrected" into a catalog term ("kinds" is
/// not "kids", "plain" is not "pain"), so spell correction only touches words that are no English word at all.
/// </summary>
internal static class EnglishWords
{
    private const string Resource = "SegmentAI.Skills.Perception.english-words.txt.gz";

    private static readonly Lazy<FrozenSet<string>> Words = new(Load);

    /// <summary>Whether <paramref name="word"/> (any case) is an English dictionary word.</summary>
    public static bool Contains(string word) => Words.Value.Contains(word.ToLowerInvariant());

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the assembly lacks its embedded resource {Resource}");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var words = new List<string>(80_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
