using System.Text;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Planning;

/// <summary>The entities perception found inside one sub-segment.</summary>
internal sealed partial class PartEntities
{
    private readonly TextSpan _span;

    public PartEntities(ExtractedEntities entities, TextSpan span)
    {
        _span = span;
        Dates = entities.Dates.Where(d => Inside(d.Start, d.Length)).ToList();
        // "a round over 500k", "more than ten million": a thousand or a million of something is an amount, never a count of events.
        Money = entities.Money.Where(m => Inside(m.Start, m.Length))
            .Concat(entities.Numbers.Where(n => Inside(n.Start, n.Length) && Magnitude().IsMatch(n.Text) && !entities.Money.Any(m => new TextSpan(m.Start, m.Length).Overlaps(new TextSpan(n.Start, n.Length)))))
            .OrderBy(m => m.Start).ToList();
        Numbers = entities.Numbers.Where(n => Inside(n.Start, n.Length) && !Money.Any(m => new TextSpan(m.Start, m.Length).Overlaps(new TextSpan(n.Start, n.Length)))).ToList();
        Frequencies = entities.Frequencies.Where(f => Inside(f.Start, f.Length)).ToList();
        Facets = entities.Facets.Where(f => Inside(f.Start, f.Length)).ToList();
    }

    public TextSpan Span => _span;

    public IReadOnlyList<DateMention> Dates { get; }

    public IReadOnlyList<QuantityMention> Money { get; }

    public IReadOnlyList<QuantityMention> Numbers { get; }

    public IReadOnlyList<FrequencyMention> Frequencies { get; }

    public IReadOnlyList<FacetMention> Facets { get; }

    /// <summary>The part's own resolved window, or the ambiguous date mention that needs a question.</summary>
    public (TimeWindow? Window, DateMention? Ambiguous) Window()
    {
        foreach (var mention in Dates)
        {
            if (mention.Resolution.Status == DateResolutionStatus.Resolved && mention.Resolution.Window is { } window)
            {
                return (new TimeWindow { Start = window.Start, End = window.End, Expression = mention.Text }, null);
            }

            if (mention.Resolution.Status == DateResolutionStatus.Ambiguous)
            {
                return (null, mention);
            }
        }

        return (null, null);
    }

    /// <summary>The part's words without its dates, amounts, numbers and frequencies — what retrieval should match.</summary>
    public string RetrievalPhrase(SubSegment part, string message)
    {
        // Ambiguous date words ("recent") stay: they may be the tenant's vague terms, which the planner settles.
        var removed = Dates.Where(d => d.Resolution.Status == DateResolutionStatus.Resolved).Select(d => new TextSpan(d.Start, d.Length))
            .Concat(Money.Select(m => new TextSpan(m.Start, m.Length)))
            .Concat(Numbers.Select(n => new TextSpan(n.Start, n.Length)))
            .Concat(Frequencies.Select(f => new TextSpan(f.Start, f.Length)))
            .ToList();
        var text = new StringBuilder();
        for (var i = part.Span.Start; i < part.Span.End && i < message.Length; i++)
        {
            text.Append(removed.Any(r => r.Contains(i)) ? ' ' : message[i]);
        }

        // The part's negation is applied as a NOT around its condition; its words only blur what the catalog is asked.
        var words = NegationWords().Replace(text.ToString(), " ");
        var phrase = string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return phrase.Length > 0 ? phrase : string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// "marketing people", "sales staff", "the people we hired": the noun for the people the request is about, not the
    /// People department.
    /// </summary>
    public static bool IsEntityNoun(string text, FacetMention mention) =>
        mention.Text is "people" or "staff" or "folks" or "users" or "members" or "customers" or "employees" or "team" or "teams"
        && (!Regex.IsMatch(text[..mention.Start], @"\b(?:in|from|at|on|the|within|to)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            || Regex.IsMatch(text[mention.End..], @"^\s+(?:we|who|that|whose|which|you|they|i)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>
    /// "employees who drive to the office": a word right after "who" and before a preposition is what they do, not
    /// the app Google Drive.
    /// </summary>
    public static bool IsVerbOfTheClause(string text, FacetMention mention) =>
        !mention.Text.Contains(' ', StringComparison.Ordinal)
        && Regex.IsMatch(text[..mention.Start], @"\b(?:who|that)\s+(?:also\s+|usually\s+|often\s+|always\s+|still\s+|regularly\s+|never\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
        && Regex.IsMatch(text[mention.End..], @"^\s+(?:to|into|from|around|through|past)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// "opened a round": a lowercase "a" is the article, not the letter of "A round" (Series A), unless "an" says so
    /// ("an a round").
    /// </summary>
    public static bool IsArticle(string text, FacetMention mention) =>
        mention.Text.StartsWith("a ", StringComparison.Ordinal)
        && mention.Meanings.All(m => m.Value is { } value && (value == "a" || value.EndsWith("_a", StringComparison.OrdinalIgnoreCase)))
        && !Regex.IsMatch(text[..mention.Start], @"\ban\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\d\s*(?:k|m|mm|bn)\b|\b(?:thousand|million|billion|grand)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Magnitude();

    [GeneratedRegex(@"\b(?:not|never|none|nothing|don't|didn't|doesn't|haven't|hasn't|hadn't|won't|isn't|aren't|wasn't|weren't|do\s+not|did\s+not|does\s+not|have\s+not|has\s+not|at\s+all|ever|yet|(?:leave|leaving)\s+out|skip(?:ping)?|exclude|excluding|except(?:\s+for)?|(?:apart|aside)\s+from|other\s+than|not\s+counting)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegationWords();

    private bool Inside(int start, int length) => start >= _span.Start && start + length <= _span.End;
}
