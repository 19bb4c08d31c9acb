using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Planning;

/// <summary>
/// Words of a request the catalog never uses, read as the one list value clearly nearest in meaning ("lipstick" →
/// Makeup, "barbecues" → Grills) and added as value mentions, so lists, "or" groups and same-event filters treat them
/// like catalog words. Each reading is reported, so a wrong one is seen and corrected; anything less clear is left
/// for the usual question.
/// </summary>
internal static class ValuesByMeaning
{
    // Shorter words are too often fragments, codes or typos to compare by meaning.
    private const int ShortestWord = 4;

    // Beside another unknown word a shorter one still says something ("flu shots", "tv stands").
    private const int ShortestPairedWord = 3;

    /// <summary>The entities of <paramref name="text"/> with the values read by meaning, and what was read.</summary>
    public static async Task<(ExtractedEntities Entities, IReadOnlyList<(string Word, Facet Facet, FacetValue Value, ValueByMeaning Reading)> Read)> AddAsync(
        FacetRetriever retriever, Tenant tenant, string text, ExtractedEntities entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        var taken = entities.Facets.Select(m => new TextSpan(m.Start, m.Length))
            .Concat(entities.Dates.Select(d => new TextSpan(d.Start, d.Length)))
            .Concat(entities.Numbers.Concat(entities.Money).Select(q => new TextSpan(q.Start, q.Length)))
            .Concat(entities.Frequencies.Select(f => new TextSpan(f.Start, f.Length)))
            .ToList();
        var vague = tenant.Config.VagueTerms.SelectMany(t => t.Phrases).SelectMany(p => WordStems.Words(p)).Select(w => w.Word).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var added = new List<FacetMention>();
        var read = new List<(string, Facet, FacetValue, ValueByMeaning)>();
        var doubtful = new List<(int Start, int Length)>();
        foreach (var (word, start, length) in WordStems.Words(text))
        {
            // Cheap checks first: the typo scans over filler and catalog words run only for words still in doubt.
            if (word.Length < ShortestPairedWord || !word.All(char.IsLetter) || vague.Contains(word) || EverydayWords.Contains(word)
                || taken.Any(s => s.Overlaps(new TextSpan(start, length))) || RequestCoverage.IsFiller(word) || retriever.CatalogSays(tenant, word))
            {
                continue;
            }

            doubtful.Add((start, length));
        }

        bool Usable(string id) => tenant.Catalog.Find(id) is { Type: FacetType.List } f && tenant.WhyFacetIsUnusable(f) is null && f.Operators.Contains(Segments.ConditionOperator.In);
        for (var i = 0; i < doubtful.Count; i++)
        {
            var (start, length) = doubtful[i];
            // "cold medicine": two unknown words side by side are one thing (Cold & Flu) before they are two.
            var pairs = i + 1 < doubtful.Count && text.AsSpan(start + length, doubtful[i + 1].Start - start - length).IsWhiteSpace();
            var reading = pairs ? await retriever.NearestValueAsync(tenant, text[start..(doubtful[i + 1].Start + doubtful[i + 1].Length)], Usable, cancellationToken).ConfigureAwait(false) : null;
            if (reading is not null)
            {
                length = doubtful[i + 1].Start + doubtful[i + 1].Length - start;
                i++;
            }
            else if (length >= ShortestWord)
            {
                reading = await retriever.NearestValueAsync(tenant, text.Substring(start, length), Usable, cancellationToken).ConfigureAwait(false);
            }

            if (reading is null || tenant.Catalog.Find(reading.FacetId) is not { } facet || facet.FindValue(reading.Value) is not { } value)
            {
                continue;
            }

            var said = text.Substring(start, length);
            added.Add(new FacetMention(start, length, said, [new LexiconEntry(said, facet.Id, value.Value, value.Label, LexiconTermKind.ValueSynonym)], reading.Similarity));
            read.Add((said, facet, value, reading));
        }

        return added.Count == 0
            ? (entities, read)
            : (entities with { Facets = [.. entities.Facets.Concat(added).OrderBy(m => m.Start)] }, read);
    }
}
