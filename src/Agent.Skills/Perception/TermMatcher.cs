namespace SegmentAI.Skills.Perception;

/// <summary>Finds catalog terms in text: at each word the longest term wins, and matches never overlap.</summary>
internal static class TermMatcher
{
    // A singular/plural variant of a term ("vitamin" for "vitamins") is a near-certain but not exact match.
    private const double InflectedScore = 0.9;

    private static readonly HashSet<string> PronounLeads = new(StringComparer.Ordinal)
    {
        "get", "show", "give", "find", "send", "tell", "help", "let", "build", "make", "pull", "bring", "list", "grab", "fetch",
        "email", "emailed", "message", "messaged", "contact", "contacted", "join", "joined", "for", "to", "with", "by", "from", "about", "of",
    };

    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "their", "his", "her", "my", "our", "your", "its" };

    private static readonly Dictionary<string, string[]> IrregularForms = new[]
    {
        new[] { "go", "goes", "going", "went", "gone" }, ["buy", "buys", "buying", "bought"], ["send", "sends", "sending", "sent"],
        ["get", "gets", "getting", "got", "gotten"], ["make", "makes", "making", "made"], ["sell", "sells", "selling", "sold"],
        ["pay", "pays", "paying", "paid"], ["leave", "leaves", "leaving", "left"], ["spend", "spends", "spending", "spent"],
        ["take", "takes", "taking", "took", "taken"], ["give", "gives", "giving", "gave", "given"], ["see", "sees", "seeing", "saw", "seen"],
        ["come", "comes", "coming", "came"], ["stop", "stops", "stopping", "stopped"], ["drop", "drops", "dropping", "dropped"],
        // "wasn't as described" for the catalog's "not as described".
        ["not", "wasn't", "isn't", "weren't", "aren't"], ["didn't", "doesn't", "don't"],
    }.SelectMany(forms => forms.Select(form => (form, forms))).ToDictionary(p => p.form, p => p.forms, StringComparer.Ordinal);

    public static List<FacetMention> Find(string text, TenantLexicon lexicon, IReadOnlyList<SpellCorrection> corrections)
    {
        var tokens = WordTokenizer.Tokenize(text);
        var found = new List<FacetMention>();
        for (var first = 0; first < tokens.Count; first++)
        {
            for (var count = Math.Min(lexicon.LongestTermWords, tokens.Count - first); count >= 1; count--)
            {
                var (meanings, score) = Match(tokens, first, count, lexicon);
                if (meanings.Count == 0)
                {
                    continue;
                }

                var start = tokens[first].Start;
                var end = tokens[first + count - 1].End;
                foreach (var correction in corrections.Where(c => EntityExtractor.Overlaps(c.CorrectedStart, c.CorrectedEnd, start, end)))
                {
                    score = Math.Min(score, correction.Score);
                }

                found.Add(new FacetMention(start, end - start, text[start..end], meanings, score));
                first += count - 1;
                break;
            }
        }

        return WithSharedHeads(found, tokens, text, lexicon);
    }

    // "smb or enterprise sales", "growth or brand marketing": a word before "or"/"and" that names a value with the head
    // noun of the value after it ("SMB Sales") is that value, said once for both.
    private static List<FacetMention> WithSharedHeads(List<FacetMention> found, List<WordToken> tokens, string text, TenantLexicon lexicon)
    {
        var added = new List<FacetMention>();
        var replaced = new List<FacetMention>();
        foreach (var mention in found)
        {
            var index = tokens.FindIndex(t => t.Start == mention.Start);
            var last = tokens.FindLastIndex(t => t.End == mention.End);
            if (index < 2 || last <= index)
            {
                continue;
            }

            var head = tokens[last].Text.ToLowerInvariant();
            // "platform, product or data engineering": a comma joins the earlier words as "or" joins the last.
            for (var joint = index - 1; joint >= 0 && (Joins(tokens[joint].Text) ? joint >= 1 : CommaAfter(text, tokens, joint) && joint < index - 1); joint -= Joins(tokens[joint].Text) ? 2 : 1)
            {
                var said = Joins(tokens[joint].Text) ? tokens[joint - 1] : tokens[joint];
                // "data and security teams": the head said in the plural names the catalog's "data team".
                var meanings = new[] { head }.Concat(Inflections(head))
                    .SelectMany(h => lexicon.LookupKey($"{said.Text.ToLowerInvariant()} {h}", ""))
                    .Where(x => x.Value is not null && mention.Meanings.Any(m => m.FacetId == x.FacetId)).Distinct().ToList();
                var overlapping = found.Concat(added).Where(m => EntityExtractor.Overlaps(m.Start, m.End, said.Start, said.End)).ToList();
                if (meanings.Count == 0 || overlapping.Any(m => m.Start < said.Start || m.End > said.End || added.Contains(m)))
                {
                    break;
                }

                // "product, platform or data engineering": the word alone names a role family too, but with the
                // head said after the list it is Product Engineering.
                replaced.AddRange(overlapping);

                added.Add(new FacetMention(said.Start, said.End - said.Start, text[said.Start..said.End], meanings, mention.Score));
            }
        }

        return added.Count == 0 ? found : [.. found.Except(replaced).Concat(added).OrderBy(m => m.Start)];
    }

    private static bool CommaAfter(string text, List<WordToken> tokens, int index) =>
        index + 1 < tokens.Count && text[tokens[index].End..tokens[index + 1].Start].Trim() == ",";

    private static bool Joins(string word) => word.ToLowerInvariant() is "or" or "and" or "&";

    private static (IReadOnlyList<LexiconEntry> Meanings, double Score) Match(List<WordToken> tokens, int first, int count, TenantLexicon lexicon)
    {
        var key = WordTokenizer.Key(tokens, first, count);
        var exact = lexicon.LookupKey(key, WordTokenizer.Key(tokens, first, count, lowerCase: false));
        if (exact.Count > 0 && !(count == 1 && IsPronoun(tokens, first)))
        {
            return (WithValuesOfAnotherForm(exact, key, count, lexicon), 1.0);
        }

        // "customers in ME or NH": a code that is also a word ("me", "or") counts only in capitals among words that are not.
        if (count == 1 && StandsOutInCapitals(tokens, first) && lexicon.LookupWordCode(tokens[first].Text) is { Count: > 0 } coded)
        {
            return (coded, 1.0);
        }

        if (IrregularVariant(tokens, first, count, lexicon) is { Count: > 0 } irregular)
        {
            return (irregular, InflectedScore);
        }

        if (VerbVariant(tokens, first, count, lexicon) is { Count: > 0 } verb)
        {
            return (verb, InflectedScore);
        }

        if (WithoutPossessives(tokens, first, count, lexicon) is { Count: > 0 } possessed)
        {
            return (possessed, InflectedScore);
        }

        var last = tokens[first + count - 1].Text.ToLowerInvariant();
        if (last.Length < 3 || !last.All(c => char.IsLetterOrDigit(c) || c == '-') || EverydayWords.Contains(last) && count == 1)
        {
            return ([], 0);
        }

        var stem = key[..^last.Length];
        foreach (var variant in Inflections(last))
        {
            var meanings = lexicon.LookupKey(stem + variant, variant.Any(char.IsDigit) ? stem + variant : "");
            if (meanings.Count == 0 && variant.Contains('-', StringComparison.Ordinal))
            {
                // "counter-offered": the catalog writes the term as two words or one ("counter offer", "counteroffer").
                meanings = lexicon.LookupKey(stem + variant.Replace('-', ' '), "") is { Count: > 0 } spaced ? spaced : lexicon.LookupKey(stem + variant.Replace("-", "", StringComparison.Ordinal), "");
            }

            if (meanings.Count > 0)
            {
                return (meanings, InflectedScore);
            }
        }

        return ([], 0);
    }

    // "laptop" is a synonym of the desktop browsing device and the singular of the value Laptops: a word that only a
    // synonym names exactly is also the value whose own name is another form of it.
    private static IReadOnlyList<LexiconEntry> WithValuesOfAnotherForm(IReadOnlyList<LexiconEntry> exact, string key, int count, TenantLexicon lexicon)
    {
        if (count != 1 || key.Length < 4 || !exact.All(m => m.Kind == LexiconTermKind.ValueSynonym))
        {
            return exact;
        }

        var values = Inflections(key).SelectMany(variant => lexicon.LookupKey(variant, ""))
            .Where(m => m.Kind == LexiconTermKind.Value && exact.All(e => e.FacetId != m.FacetId))
            .ToList();
        return values.Count == 0 ? exact : [.. exact, .. values];
    }

    // "get us lawyers", "shopped with us": a lower-case "us" after a verb or these prepositions is the speaker, not a country.
    private static bool IsPronoun(List<WordToken> tokens, int index) =>
        index > 0 && tokens[index].Text == "us" && PronounLeads.Contains(tokens[index - 1].Text.ToLowerInvariant());

    private static bool StandsOutInCapitals(List<WordToken> tokens, int index) =>
        tokens[index].Text is { Length: 2 } code && code.All(char.IsUpper)
        && tokens.Count(t => t.Text.Length > 2 && t.Text.Any(char.IsLetter) && t.Text.All(c => !char.IsLower(c))) == 0
        && tokens.Any(t => t.Text.Any(char.IsLower));

    // "gone quiet" for the catalog's "went quiet", "sent back" for "send back": another form of an irregular verb.
    private static IReadOnlyList<LexiconEntry> IrregularVariant(List<WordToken> tokens, int first, int count, TenantLexicon lexicon)
    {
        if (count < 2)
        {
            return [];
        }

        var words = tokens.Skip(first).Take(count).Select(t => t.Text.ToLowerInvariant()).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            if (!IrregularForms.TryGetValue(words[i], out var forms))
            {
                continue;
            }

            foreach (var form in forms.Where(f => f != words[i]))
            {
                var said = string.Join(' ', words.Select((w, j) => j == i ? form : w));
                if (lexicon.LookupKey(said, "") is { Count: > 0 } meanings)
                {
                    return meanings;
                }
            }
        }

        return [];
    }

    // "countering offers" for the catalog's "counter offers": a verb said in its -ing or -ed form inside a term.
    private static IReadOnlyList<LexiconEntry> VerbVariant(List<WordToken> tokens, int first, int count, TenantLexicon lexicon)
    {
        if (count < 2)
        {
            return [];
        }

        var words = tokens.Skip(first).Take(count).Select(t => t.Text.ToLowerInvariant()).ToArray();
        for (var i = 0; i < words.Length - 1; i++)
        {
            string[] bases = words[i] switch
            {
                { Length: > 5 } w when w.EndsWith("ing", StringComparison.Ordinal) => [w[..^3], w[..^3] + "e"],
                { Length: > 4 } w when w.EndsWith("ed", StringComparison.Ordinal) => [w[..^2], w[..^1]],
                _ => [],
            };
            foreach (var form in bases)
            {
                // "countering offers": the facet "counter offers" and the value "counter offer" are both said.
                var said = words.Select((w, j) => j == i ? form : w).ToArray();
                var stem = string.Join(' ', said[..^1]) + " ";
                var meanings = lexicon.LookupKey(stem + said[^1], "").Concat(Inflections(said[^1]).SelectMany(v => lexicon.LookupKey(stem + v, ""))).Distinct().ToList();
                if (meanings.Count > 0)
                {
                    return meanings;
                }
            }
        }

        return [];
    }

    // "changed their mind" for the catalog's "changed mind", "cancelled my subscription": a possessive said inside a term.
    private static IReadOnlyList<LexiconEntry> WithoutPossessives(List<WordToken> tokens, int first, int count, TenantLexicon lexicon)
    {
        if (count < 3 || Possessives.Contains(tokens[first].Text.ToLowerInvariant()) || Possessives.Contains(tokens[first + count - 1].Text.ToLowerInvariant()))
        {
            return [];
        }

        var kept = tokens.Skip(first).Take(count).Select(t => t.Text.ToLowerInvariant()).Where(w => !Possessives.Contains(w)).ToList();
        return kept.Count == count || kept.Count < 2 ? [] : lexicon.LookupKey(string.Join(' ', kept), "");
    }

    private static IEnumerable<string> Inflections(string word)
    {
        yield return word + "s";
        yield return word + "es";
        // "a salesperson" for the catalog's "salespeople", and back.
        if (word.Length > 6 && word.EndsWith("person", StringComparison.Ordinal))
        {
            yield return word[..^6] + "people";
        }

        if (word.Length > 6 && word.EndsWith("people", StringComparison.Ordinal))
        {
            yield return word[..^6] + "person";
        }

        if (word.EndsWith('s'))
        {
            yield return word[..^1];
        }

        if (word.EndsWith("es", StringComparison.Ordinal))
        {
            yield return word[..^2];
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return word[..^3] + "y";
        }

        if (word.EndsWith('y'))
        {
            yield return word[..^1] + "ies";
        }

        // "counter-offered" for the catalog's "counter offer", "revised" for "revise".
        if (word.Length > 5 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            yield return word[..^2];
            yield return word[..^1];
            if (word.EndsWith("ied", StringComparison.Ordinal))
            {
                yield return word[..^3] + "y";
            }
        }
    }
}
