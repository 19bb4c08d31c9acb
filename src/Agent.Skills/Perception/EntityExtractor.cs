using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Dates.Grammar;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Perception;

/// <summary>
/// Extracts, with character spans, what a spell-corrected request mentions: dates (tenant calendar), numbers,
/// money with its comparison, frequencies, negations, connectives and catalog terms.
/// </summary>
internal sealed partial class EntityExtractor
{
    private static readonly ConditionalWeakTable<Tenant, DateExpressionResolver> Resolvers = [];

    /// <summary>Extracts the entities of <paramref name="text"/> for <paramref name="tenant"/>.</summary>
    /// <param name="text">Normalized, spell-corrected text.</param>
    /// <param name="tenant">The tenant whose calendar and catalog apply.</param>
    /// <param name="asOf">The date relative dates are resolved against.</param>
    /// <param name="corrections">Corrections that produced <paramref name="text"/>; terms in corrected words score lower.</param>
    public ExtractedEntities Extract(string text, Tenant tenant, DateOnly asOf, IReadOnlyList<SpellCorrection>? corrections = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tenant);
        var resolver = Resolvers.GetValue(tenant, t => new DateExpressionResolver(t.Config.Dates.Calendar));
        var facets = TermMatcher.Find(text, TenantLexicon.For(tenant), corrections ?? []);
        // "the Black Friday email", "our holiday campaign": an occasion that names a catalog value of a mailing is that
        // value, not the days of the occasion.
        var dates = resolver.FindAll(text, asOf)
            .Where(d => !(facets.Exists(f => Overlaps(f.Start, f.End, d.Start, d.End) && f.End >= d.End && f.Meanings.Any(m => m.Value is not null)) && Mailing().IsMatch(text[d.End..])))
            .ToList();

        bool InDate(int start, int end) => dates.Any(d => Overlaps(d.Start, d.End, start, end));
        bool InTerm(int start, int end) => facets.Exists(f => Overlaps(f.Start, f.End, start, end));
        bool InsideTerm(int start, int end) => facets.Exists(f => start >= f.Start && end <= f.End);

        // "at least ten but no more than 20 times" is one range of a count, not a floor and a separate "20 times".
        var ranges = AmountReader.Read(text, InDate).Numbers.FindAll(q => q.UpperValue is not null);
        var frequencies = FrequencyReader.Read(text, (s, e) => InDate(s, e) || InsideTerm(s, e) || ranges.Exists(r => Overlaps(r.Start, r.End, s, e)));
        bool InFrequency(int start, int end) => frequencies.Exists(f => Overlaps(f.Start, f.End, start, end));
        var (money, numbers) = AmountReader.Read(text, (s, e) => InDate(s, e) || InFrequency(s, e));
        // A number inside a catalog term is the term's ("the 25-34s", "one order"), unless it is said as exactly that many.
        numbers = numbers.FindAll(n => !InTerm(n.Start, n.End) || n.Comparison == ConditionOperator.Eq);
        bool InRange(int start, int end) =>
            money.Concat(numbers).Any(q => q.UpperValue is not null && Overlaps(q.Start, q.End, start, end));

        var negations = CueReader.Negations(text, InsideTerm);
        var connectives = CueReader.Connectives(text, (s, e) => InsideTerm(s, e) || InDate(s, e) || InRange(s, e));
        return new ExtractedEntities(dates, numbers, money, frequencies, negations, connectives, facets);
    }

    internal static bool Overlaps(int start, int end, int otherStart, int otherEnd) => start < otherEnd && otherStart < end;

    [GeneratedRegex(@"^[\s-]*(?:e-?mails?|campaigns?|newsletters?|mailers?|mailings?|promos?|promotions?|blasts?|sends?|messages?|ads?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mailing();
}
