using System.Runtime.CompilerServices;
using FuzzySharp;
using Microsoft.Extensions.AI;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Telemetry;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// Maps a sub-phrase of a request to a facet of the tenant's catalog (layer A) and to an exact value of a chosen
/// facet (layer B). Lexical evidence (names, synonyms, described phrases and values, typo-tolerant) is fused with
/// embedding similarity from the vector index; when the index fails or exceeds its time budget, lexical matching
/// over the in-memory catalog answers alone and the result says so (quality medium). With a
/// <see cref="FacetSearchCache"/>, a query vector searched before is answered without searching the index again.
/// </summary>
public sealed class FacetRetriever
{
    // How much a hit on each kind of term proves about the facet.
    private const double NameWeight = 1.0;
    private const double SynonymWeight = 0.97;
    private const double DescriptionWeight = 0.9;
    private const double ValueWeight = 0.85;

    // A term that explains only part of the phrase proves less than one that explains all of it.
    private const double CoverageFloor = 0.6;

    // A value shared with facets listed earlier in the catalog votes a little less for each of them.
    private const double SharedValueStep = 0.1;

    // Embeddings support lexical evidence; on their own they cannot carry a candidate over the threshold.
    private const double EmbeddingWeight = 0.4;
    private const double EmbeddingFloor = 0.05;
    private const double EmbeddingSpan = 0.5;

    private const double PredictiveBoost = 0.08;
    private const double EventPenaltyWhenPredictive = 0.06;
    private const double PredictivePenaltyWhenPurchase = 0.1;
    private const double BooleanPenaltyWhenQuantity = 0.06;
    private const double AmountBoostWhenQuantity = 0.05;
    private const double CountPenaltyWithoutQuantity = 0.03;

    private readonly IEmbeddingGenerator<string, Embedding<float>> _embeddings;
    private readonly IFacetVectorIndex _index;
    private readonly FacetRetrieverOptions _options;
    private readonly FacetSearchCache? _searchCache;
    private readonly string _model;
    private readonly ConditionalWeakTable<Tenant, FacetLexicon> _lexicons = [];
    private readonly ConditionalWeakTable<Tenant, string> _fingerprints = [];

    /// <summary>Creates a retriever over <paramref name="index"/>, embedding phrases with <paramref name="embeddings"/>.</summary>
    public FacetRetriever(
        IEmbeddingGenerator<string, Embedding<float>> embeddings,
        IFacetVectorIndex index,
        FacetRetrieverOptions? options = null,
        RetrievalCounters? counters = null,
        FacetSearchCache? searchCache = null)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(index);
        _embeddings = embeddings;
        _index = index;
        _options = options ?? new FacetRetrieverOptions();
        Counters = counters ?? new RetrievalCounters();
        _searchCache = searchCache;
        _model = IndexFingerprint.ModelKey(embeddings);
    }

    /// <summary>
    /// Searches, fallbacks and facet-search cache hits and misses of this retriever (embedding calls are counted by
    /// <see cref="CountingEmbeddingGenerator"/>, embedding cache hits by <see cref="CountingDistributedCachingEmbeddingGenerator"/>).
    /// </summary>
    public RetrievalCounters Counters { get; }

    /// <summary>Layer A: the facets of <paramref name="tenant"/> that may fit <paramref name="phrase"/>, best first.</summary>
    public async Task<FacetRetrieval> RetrieveFacetsAsync(Tenant tenant, string phrase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        using var activity = SegmentTelemetry.StartRetrieval("facet", tenant.Id, null);
        var lexicon = _lexicons.GetValue(tenant, FacetLexicon.Build);
        var tokens = RetrievalText.ContentTokens(phrase);
        var cues = PhraseCues.Read(phrase, tokens);
        var (similarities, fallback, cacheHit) = await SimilaritiesAsync(new VectorLookup(tenant, FoldWhitespace(phrase), FacetRecordKind.Facet, null, lexicon.Entries.Count), cancellationToken).ConfigureAwait(false);

        var candidates = lexicon.Entries
            .Select(entry => Score(lexicon, entry, tokens, cues, similarities.GetValueOrDefault(entry.Facet.Id)))
            .OrderByDescending(c => c.Candidate.Confidence)
            .ThenBy(c => c.Ordinal)
            .Take(_options.MaxFacets)
            .Select(c => c.Candidate)
            .ToList();
        SegmentTelemetry.EndRetrieval(activity, candidates.Count, fallback is not null, cacheHit);
        return new FacetRetrieval(tenant.Id, phrase, candidates, fallback is null ? RetrievalQuality.High : RetrievalQuality.Medium, fallback);
    }

    /// <summary>Layer B: the values of facet <paramref name="facetId"/> that may fit <paramref name="phrase"/>, best first.</summary>
    public async Task<ValueRetrieval> RetrieveValuesAsync(Tenant tenant, string facetId, string phrase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        var lexicon = _lexicons.GetValue(tenant, FacetLexicon.Build);
        var entry = lexicon.Find(facetId)
            ?? throw new ArgumentException($"'{facetId}' is not a retrievable facet of tenant {tenant.Id}", nameof(facetId));
        if (entry.Facet.Values.Count == 0)
        {
            return new ValueRetrieval(tenant.Id, facetId, phrase, [], RetrievalQuality.High, null);
        }

        using var activity = SegmentTelemetry.StartRetrieval("value", tenant.Id, facetId);
        var tokens = RetrievalText.ContentTokens(phrase);
        var (similarities, fallback, cacheHit) = await SimilaritiesAsync(new VectorLookup(tenant, FoldWhitespace(phrase), FacetRecordKind.Value, facetId, entry.Facet.Values.Count), cancellationToken).ConfigureAwait(false);
        var values = entry.Facet.Values
            .Select(v => ScoreValue(lexicon, entry, v, phrase, tokens, similarities.GetValueOrDefault(v.Value), fallback is not null, _options.AcceptanceThreshold))
            .OrderByDescending(v => v.Score)
            .Take(_options.MaxValues)
            .ToList();
        SegmentTelemetry.EndRetrieval(activity, values.Count, fallback is not null, cacheHit);
        return new ValueRetrieval(tenant.Id, facetId, phrase, values, fallback is null ? RetrievalQuality.High : RetrievalQuality.Medium, fallback);
    }

    /// <summary>
    /// True when <paramref name="word"/>, or a word one typo away from it, appears anywhere in the tenant's catalog
    /// text (names, synonyms, descriptions, values).
    /// </summary>
    public bool CatalogSays(Tenant tenant, string word)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(word);
        var vocabulary = _lexicons.GetValue(tenant, FacetLexicon.Build).Vocabulary;
        return RetrievalText.ContentTokens(word).Any(token => vocabulary.Contains(token) || vocabulary.Any(v => TermMatcher.IsTypoOf(token, v)));
    }

    /// <summary>
    /// Layer C: the catalog value nearest in meaning to <paramref name="phrase"/>, when it is near enough and clearly
    /// ahead of every other value; null otherwise, and always null with lexical (hashed n-gram) vectors, which carry
    /// no meaning to compare.
    /// </summary>
    public async Task<ValueByMeaning?> NearestValueAsync(Tenant tenant, string phrase, Func<string, bool> usable, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        ArgumentNullException.ThrowIfNull(usable);
        if (_embeddings.GetService<HashedNgramEmbeddingGenerator>() is not null)
        {
            return null;
        }

        var (hits, fallback, _) = await HitsAsync(new VectorLookup(tenant, FoldWhitespace(phrase), FacetRecordKind.Value, null, 12), cancellationToken).ConfigureAwait(false);
        var values = hits.Where(h => h.Value is not null && usable(h.FacetId))
            .GroupBy(h => (h.FacetId, h.Value))
            .Select(g => g.MaxBy(h => h.Score)!)
            .OrderByDescending(h => h.Score)
            .ToList();
        if (fallback is not null || values.Count == 0 || values[0].Score < _options.MeaningSimilarity)
        {
            return null;
        }

        // The same label in another facet ("Beauty" the department and the affinity) is the same meaning, not a rival.
        var best = values[0];
        var label = tenant.Catalog.Find(best.FacetId)?.FindValue(best.Value!)?.Label ?? best.Value!;
        var rival = values.Skip(1).FirstOrDefault(h => !string.Equals(tenant.Catalog.Find(h.FacetId)?.FindValue(h.Value!)?.Label ?? h.Value, label, StringComparison.OrdinalIgnoreCase));
        var margin = best.Score - (rival?.Score ?? 0);
        return margin < _options.MeaningMargin ? null : new ValueByMeaning(best.FacetId, best.Value!, Round(best.Score), Round(margin));
    }

    private (FacetCandidate Candidate, int Ordinal) Score(FacetLexicon lexicon, FacetEntry entry, IReadOnlyList<string> tokens, PhraseCues cues, double similarity)
    {
        var exact = Evidence(lexicon, entry, tokens, vocabulary: null);
        var fuzzy = Evidence(lexicon, entry, tokens, lexicon.Vocabulary);
        // Words naming the facet and other words naming one of its values are independent evidence for it;
        // the same words read twice are not.
        var text = Math.Max(exact.Text, fuzzy.Text);
        var lexical = fuzzy.Independent ? 1 - ((1 - text) * (1 - fuzzy.Value)) : Math.Max(text, fuzzy.Value);
        var embedding = Rescale(similarity);
        var fused = 1 - ((1 - lexical) * (1 - (EmbeddingWeight * embedding)));
        var cue = CueAdjustment(entry, cues, fuzzy.Value > 0);
        var confidence = Math.Clamp(fused + cue, 0, 1);
        var scores = new FacetScores(Round(exact.Text), Round(fuzzy.Text), Round(fuzzy.Value), Round(embedding), Round(cue));
        var matched = fuzzy.Value > fuzzy.Text ? fuzzy.ValueTerm : fuzzy.TextTerm;
        var candidate = new FacetCandidate(
            entry.Facet.Id,
            entry.Facet.Name,
            Round(confidence),
            confidence >= _options.AcceptanceThreshold,
            scores,
            matched?.Text,
            fuzzy.Value > 0 && !fuzzy.ValueInFacetWords ? fuzzy.ValueTerm?.Value : null);
        return (candidate, entry.Ordinal);
    }

    private static FacetEvidence Evidence(FacetLexicon lexicon, FacetEntry entry, IReadOnlyList<string> tokens, IReadOnlySet<string>? vocabulary)
    {
        if (tokens.Count == 0)
        {
            return FacetEvidence.None;
        }

        var covered = new HashSet<int>();
        var (text, textTerm, textCovered) = (0.0, (CatalogTerm?)null, (IReadOnlySet<int>)new HashSet<int>());
        foreach (var term in entry.Terms)
        {
            var match = TermMatcher.Match(tokens, term, vocabulary);
            if (match is null)
            {
                continue;
            }

            var score = match.Score * SourceWeight(term.Source);
            if (score > text)
            {
                (text, textTerm, textCovered) = (score, term, match.Covered);
            }

            covered.UnionWith(match.Covered);
        }

        var (value, valueTerm, valueCovered, facetWordsOnly) = (0.0, (CatalogTerm?)null, (IReadOnlySet<int>)new HashSet<int>(), false);
        foreach (var term in entry.ValueTerms)
        {
            var match = TermMatcher.Match(tokens, term, vocabulary);
            var onlyFacetWords = match is not null && NamesOnlyTheFacet(entry, tokens, match);
            if (match is null || (!match.Complete && onlyFacetWords))
            {
                continue;
            }

            var score = match.Score * ValueWeight * (1 - (SharedValueStep * lexicon.SharedValueRank(entry.Facet.Id, term)));
            if (score > value)
            {
                (value, valueTerm, valueCovered, facetWordsOnly) = (score, term, match.Covered, onlyFacetWords);
            }

            covered.UnionWith(match.Covered);
        }

        // Words a facet's terms explain, even partly, count towards coverage; a number counts only when a
        // term names it (the age band 25-34), otherwise it is the condition's threshold, not its subject.
        var words = tokens.Where((t, i) => !RetrievalText.IsNumber(t) || covered.Contains(i)).Count();
        var coverage = words == 0 ? CoverageFloor : CoverageFloor + ((1 - CoverageFloor) * covered.Count / words);
        return new FacetEvidence(text * coverage, textTerm, value * coverage, valueTerm, !textCovered.Overlaps(valueCovered), facetWordsOnly);
    }

    // "the sales team" shares only "team", a word for the facet itself, with the value "data team"; "listed a round"
    // says only "round" of the Series A synonym "a round", whose letter reads as an article: no evidence for that value
    // (though a vote for the facet when the whole term is said). "Employed" said whole stays a value's own word.
    private static bool NamesOnlyTheFacet(FacetEntry entry, IReadOnlyList<string> tokens, TermMatch match) =>
        (!match.Complete || RetrievalText.Words(match.Term.Text).Count > match.Term.Tokens.Count)
        && match.Covered.All(i => entry.Terms.Any(t => t.Source is TermSource.Name or TermSource.Synonym && t.Tokens.Contains(tokens[i], StringComparer.Ordinal)));

    private static double CueAdjustment(FacetEntry entry, PhraseCues cues, bool namesValue)
    {
        var adjustment = 0.0;
        if (cues.Predictive)
        {
            adjustment += entry.Predictive ? PredictiveBoost : entry.Facet.Kind == FacetKind.Event ? -EventPenaltyWhenPredictive : 0;
        }
        else if (cues.Purchase && entry.Predictive)
        {
            adjustment -= PredictivePenaltyWhenPurchase;
        }

        // A number needs a facet that compares; a list facet takes one only as a threshold on a named value
        // ("spent more than $200 on Baby"), a yes/no facet never.
        if (cues.Quantity && (entry.Facet.Type == FacetType.Boolean || (entry.Facet.Type == FacetType.List && !namesValue)))
        {
            adjustment -= BooleanPenaltyWhenQuantity;
        }
        else if (cues.Quantity && entry.Facet.Type is FacetType.Number or FacetType.Money)
        {
            adjustment += AmountBoostWhenQuantity;
        }
        else if (!cues.Quantity && entry.Facet.Type is FacetType.Number or FacetType.Money)
        {
            adjustment -= CountPenaltyWithoutQuantity;
        }

        return adjustment;
    }

    private static ValueCandidate ScoreValue(FacetLexicon lexicon, FacetEntry entry, FacetValue value, string phrase, IReadOnlyList<string> tokens, double similarity, bool fallback, double threshold)
    {
        var (lexical, matched) = (0.0, (string?)null);
        foreach (var term in entry.ValueTerms.Where(t => string.Equals(t.Value, value.Value, StringComparison.Ordinal)))
        {
            var match = TermMatcher.Match(tokens, term, lexicon.Vocabulary);
            if (match is null || NamesOnlyTheFacet(entry, tokens, match))
            {
                continue;
            }

            var score = match.Score * (0.85 + (0.15 * match.Covered.Count / Math.Max(1, tokens.Count)));
            if (score > lexical)
            {
                (lexical, matched) = (score, term.Text);
            }
        }

        var embedding = Rescale(similarity);
        var confidence = 1 - ((1 - lexical) * (1 - (EmbeddingWeight * embedding)));
        if (fallback && lexical == 0)
        {
            // Without embeddings a whole-string fuzzy ratio still ranks the nearest values, well below any threshold.
            confidence = 0.3 * Fuzz.WeightedRatio(phrase.ToLowerInvariant(), FacetTexts.ValueText(value).ToLowerInvariant()) / 100.0;
        }

        return new ValueCandidate(value.Value, value.Label, Round(confidence), confidence >= threshold, matched);
    }

    private async Task<(IReadOnlyDictionary<string, double> Similarities, string? Fallback, bool? CacheHit)> SimilaritiesAsync(VectorLookup lookup, CancellationToken cancellationToken)
    {
        var (hits, fallback, cacheHit) = await HitsAsync(lookup, cancellationToken).ConfigureAwait(false);
        var similarities = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var key = lookup.Kind == FacetRecordKind.Facet ? hit.FacetId : hit.Value ?? string.Empty;
            similarities[key] = Math.Max(similarities.GetValueOrDefault(key), hit.Score);
        }

        return (similarities, fallback, cacheHit);
    }

    private async Task<(IReadOnlyList<FacetVectorHit> Hits, string? Fallback, bool? CacheHit)> HitsAsync(VectorLookup lookup, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.VectorBudget);
        try
        {
            var (hits, cacheHit) = await SearchAsync(lookup, budget.Token).WaitAsync(_options.VectorBudget, cancellationToken).ConfigureAwait(false);
            return (hits, null, cacheHit);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            Counters.RecordFallback();
            return ([], $"vector search exceeded its {_options.VectorBudget.TotalMilliseconds:0} ms budget; lexical matching only", null);
        }
        catch (Exception e) when (e is VectorIndexException or EmbeddingEndpointException or HttpRequestException or InvalidOperationException or IOException or System.Text.Json.JsonException)
        {
            Counters.RecordFallback();
            return ([], $"vector search failed ({e.GetType().Name}: {e.Message}); lexical matching only", null);
        }
    }

    // The hits, and whether the search cache answered them (null without a cache).
    private async Task<(IReadOnlyList<FacetVectorHit> Hits, bool? CacheHit)> SearchAsync(VectorLookup lookup, CancellationToken cancellationToken)
    {
        var vector = await _embeddings.GenerateVectorAsync(lookup.Phrase, cancellationToken: cancellationToken).ConfigureAwait(false);
        var query = new FacetVectorQuery(lookup.Tenant.Id, vector, lookup.Kind, lookup.FacetId, lookup.Top);
        if (_searchCache is null)
        {
            return (await SearchIndexAsync(query, cancellationToken).ConfigureAwait(false), null);
        }

        var key = new FacetSearchKey(query.TenantId, _fingerprints.GetValue(lookup.Tenant, t => IndexFingerprint.Of(t, _model)), query.Kind, query.FacetId, query.Top, vector);
        var searched = false;
        var hits = await _searchCache.GetOrSearchAsync(
            key,
            token =>
            {
                searched = true;
                return SearchIndexAsync(query, token);
            },
            cancellationToken).ConfigureAwait(false);
        return (hits, !searched);
    }

    private Task<IReadOnlyList<FacetVectorHit>> SearchIndexAsync(FacetVectorQuery query, CancellationToken cancellationToken)
    {
        Counters.RecordSearch();
        return _index.SearchAsync(query, cancellationToken);
    }

    // Runs of spaces and line breaks carry no meaning for a facet; folding them lets "gold  members" and
    // "gold members" share one cached embedding. The folded phrase is what gets embedded, cache or no cache.
    private static string FoldWhitespace(string phrase) => string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static double SourceWeight(TermSource source) => source switch
    {
        TermSource.Name => NameWeight,
        TermSource.Synonym => SynonymWeight,
        TermSource.Description => DescriptionWeight,
        _ => ValueWeight,
    };

    private static double Rescale(double cosine) => Math.Clamp((cosine - EmbeddingFloor) / EmbeddingSpan, 0, 1);

    private static double Round(double x) => Math.Round(x, 4);

    private sealed record VectorLookup(Tenant Tenant, string Phrase, FacetRecordKind Kind, string? FacetId, int Top);

    // ValueInFacetWords: the value term matched only words of the facet's own name ("a round"), a vote for the facet
    // but not for the value.
    private sealed record FacetEvidence(double Text, CatalogTerm? TextTerm, double Value, CatalogTerm? ValueTerm, bool Independent, bool ValueInFacetWords)
    {
        public static readonly FacetEvidence None = new(0, null, 0, null, false, false);
    }
}
