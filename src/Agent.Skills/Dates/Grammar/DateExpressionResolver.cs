using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Dates.Grammar;

/// <summary>
/// Turns date phrases in marketer requests ("the last 30 days", "Q1 FY26", "since Black Friday") into
/// half-open windows of local dates, deterministically, against an as-of date and the tenant's calendar.
/// Phrases with several sensible readings ("recently", "late last year") come back as
/// <see cref="DateResolutionStatus.Ambiguous"/> with candidates instead of a guess.
/// </summary>
/// <remarks>
/// Conventions follow Microsoft Recognizers-Text's past resolution where it defines one: "last N days"
/// ends at the as-of date (exclusive), so today, which the warehouse has not loaded, is left out;
/// "between X and Y" ends at the start of Y; "last September" is September of the previous year.
/// </remarks>
internal sealed partial class DateExpressionResolver
{
    /// <summary>The longest phrase, in words, that <see cref="FindAll"/> tries.</summary>
    private const int MaxTokens = 14;

    /// <summary>
    /// Words after which "may", "fall" or a bare "2016" are dates. Comparatives such as "over" and "for"
    /// are left out because they introduce amounts ("spent over 2000").
    /// </summary>
    private static readonly HashSet<string> ContextWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "during", "on", "since", "from", "until", "till", "throughout", "through", "between",
    };

    private readonly DateGrammar _grammar;

    /// <summary>Creates a resolver for one tenant's calendar.</summary>
    /// <param name="conventions">Fiscal year, week start and default calendar of the tenant.</param>
    public DateExpressionResolver(CalendarConventions conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        Conventions = conventions;
        Fiscal = new FiscalCalendar(conventions);
        _grammar = new DateGrammar(conventions);
    }

    /// <summary>The tenant conventions this resolver applies.</summary>
    public CalendarConventions Conventions { get; }

    /// <summary>The tenant's fiscal calendar.</summary>
    public FiscalCalendar Fiscal { get; }

    /// <summary>
    /// Resolves a string that is, as a whole, one date expression; leading prepositions such as "in",
    /// "over" or "during" are allowed. Returns <see cref="DateResolution.NotFound"/> otherwise.
    /// </summary>
    /// <param name="expression">The phrase, e.g. "over the last 30 days".</param>
    /// <param name="asOf">The date the phrase is relative to; data is loaded through the day before.</param>
    public DateResolution Resolve(string expression, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var normalized = LeadingPrepositions().Replace(Normalize(expression), string.Empty);
        if (normalized.Length == 0)
        {
            return DateResolution.NotFound;
        }

        // "within 30 days" needs its preposition: without it "30 days" names no period.
        var reading = _grammar.Parse(normalized, asOf, allowBare: true) ?? _grammar.Parse(Normalize(expression), asOf, allowBare: true);
        return reading is null ? DateResolution.NotFound : ToResolution(reading, expression.Trim(), asOf);
    }

    /// <summary>
    /// Finds every date expression in a sentence. Matches do not overlap; where two would, the longer wins.
    /// Words that are also ordinary words ("may", "fall", a bare "2016") only count after a preposition.
    /// </summary>
    /// <param name="text">Free text, e.g. "customers who bought diapers in the last 30 days and toys since March".</param>
    /// <param name="asOf">The date the phrases are relative to.</param>
    /// <returns>Mentions in text order.</returns>
    public IReadOnlyList<DateMention> FindAll(string text, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokens().Matches(text);
        var found = new List<DateMention>();
        for (var first = 0; first < tokens.Count; first++)
        {
            if (!CanStart(tokens[first].Value) || IsInsideNumber(text, tokens[first].Index))
            {
                continue;
            }

            var allowBare = PrecededByContext(tokens, first);
            for (var last = first; last < tokens.Count && last < first + MaxTokens; last++)
            {
                if (!IsWord(tokens[last].Value))
                {
                    continue;
                }

                var start = tokens[first].Index;
                var length = tokens[last].Index + tokens[last].Length - start;
                var candidate = text.Substring(start, length);
                var reading = _grammar.Parse(Normalize(candidate), asOf, allowBare);
                if (reading is not null)
                {
                    found.Add(new DateMention(start, length, candidate, ToResolution(reading, candidate, asOf)));
                }
            }
        }

        var chosen = new List<DateMention>();
        foreach (var mention in found.OrderByDescending(m => m.Length).ThenBy(m => m.Start))
        {
            if (chosen.TrueForAll(c => mention.End <= c.Start || mention.Start >= c.End))
            {
                chosen.Add(mention);
            }
        }

        return [.. chosen.OrderBy(m => m.Start)];
    }

    private static bool CanStart(string token) => IsWord(token) || token == "'";

    /// <summary>"31" in "6,107.31" is the tail of a number, not a day.</summary>
    private static bool IsInsideNumber(string text, int index) =>
        index >= 2 && char.IsDigit(text[index]) && text[index - 1] is '.' or ',' && char.IsDigit(text[index - 2]);

    private static bool IsWord(string token) => char.IsLetterOrDigit(token[0]);

    private static bool PrecededByContext(MatchCollection tokens, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (IsWord(tokens[i].Value))
            {
                return ContextWords.Contains(tokens[i].Value);
            }
        }

        return false;
    }

    private static DateResolution ToResolution(Reading reading, string expression, DateOnly asOf)
    {
        if (reading.IsOutOfRange || (reading.IsAmbiguous
            ? !reading.Candidates.All(c => SupportedDates.Contains(c.Start, c.End))
            : !SupportedDates.Contains(reading.Start, reading.End)))
        {
            return DateResolution.OutOfRange(expression);
        }

        if (reading.IsAmbiguous)
        {
            return DateResolution.Ambiguous(
                [.. reading.Candidates.Select(c => new DateWindowCandidate(c.Label, new DateWindow(c.Start, c.End, expression)))],
                reading.Note ?? $"'{expression}' can be read several ways.");
        }

        var window = new DateWindow(reading.Start, reading.End, expression);
        var isFuture = window.Start > asOf;
        var note = reading.Note;
        if (isFuture)
        {
            note = Append(note, "This window lies after the as-of date, so there is no data for it yet; segments look backwards.");
        }
        else if (window.End > asOf && window.Days > 1)
        {
            note = Append(note, string.Create(CultureInfo.InvariantCulture, $"Data is loaded only through {asOf.AddDays(-1):d MMM yyyy}."));
        }

        return DateResolution.Resolved(window, note, isFuture);
    }

    private static string Append(string? note, string sentence) =>
        note is null ? sentence : $"{note.TrimEnd('.')}. {sentence}";

    /// <summary>Lower case, single spaces, straight apostrophes and hyphens, no trailing punctuation.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text.Trim())
        {
            var c = raw switch
            {
                '\u2019' or '\u2018' or '`' => '\'',
                '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString().TrimEnd('.', ',', ';', ':', '!', '?', ' ').TrimStart(',', ';', ':', ' ');
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+|[^\s\p{L}\p{N}]", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();

    [GeneratedRegex(@"^(?:(?:in|during|over|within|for|on|at|throughout|across|of)\s+)+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingPrepositions();
}
