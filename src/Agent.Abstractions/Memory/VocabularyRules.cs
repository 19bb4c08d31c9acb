namespace SegmentAI.Skills.Memory;

/// <summary>What a vocabulary entry may hold and how a user's entries are ordered; shared by every vocabulary store.</summary>
public static class VocabularyRules
{
    /// <summary>Longest phrase accepted.</summary>
    public const int MaxPhraseLength = 80;

    /// <summary>Longest meaning accepted.</summary>
    public const int MaxMeaningLength = 500;

    /// <summary>The phrase as stored: trimmed, lower case, inner spaces collapsed.</summary>
    public static string CleanPhrase(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return string.Join(' ', phrase.Trim().Trim('"', '\'', '“', '”').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The entry as stored, or <see cref="ArgumentException"/> saying what is wrong with it.</summary>
    public static VocabularyEntry Clean(VocabularyEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var phrase = CleanPhrase(entry.Phrase);
        if (phrase.Length is 0 or > MaxPhraseLength)
        {
            throw new ArgumentException($"A vocabulary phrase needs 1 to {MaxPhraseLength} characters.", nameof(entry));
        }

        var meaning = entry.Meaning.Trim();
        if (meaning.Length is 0 or > MaxMeaningLength)
        {
            throw new ArgumentException($"A meaning needs 1 to {MaxMeaningLength} characters.", nameof(entry));
        }

        return entry with { Phrase = phrase, Meaning = meaning, UserId = string.IsNullOrWhiteSpace(entry.UserId) ? null : entry.UserId };
    }

    /// <summary>The user's entries first, then tenant entries whose phrase the user has not redefined; by phrase within each.</summary>
    public static IReadOnlyList<VocabularyEntry> UserFirst(IEnumerable<VocabularyEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var all = entries.ToList();
        var own = all.Where(e => e.UserId is not null).OrderBy(e => e.Phrase, StringComparer.Ordinal).ToList();
        var hidden = own.Select(e => e.Phrase).ToHashSet(StringComparer.Ordinal);
        return [.. own, .. all.Where(e => e.UserId is null && !hidden.Contains(e.Phrase)).OrderBy(e => e.Phrase, StringComparer.Ordinal)];
    }
}
