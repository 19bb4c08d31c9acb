using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Dates.Grammar;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Planning;

/// <summary>
/// The deterministic ACT step: decomposes a request into verbatim sub-segments, grounds each in the tenant's
/// catalog (vocabulary, vague terms through the ambiguity resolver, retrieval of facets and values), resolves
/// dates, frequencies and amounts, and assembles the boolean tree. It never invents a facet: a phrase it cannot
/// ground with enough confidence becomes the one question of the turn.
/// </summary>
internal sealed partial class SegmentPlanner
{
    private const double ScoreHigh = 0.7;
    private const double ScoreLow = 0.3;

    private readonly FacetRetriever _retriever;
    private readonly AmbiguityResolver _resolver;

    /// <summary>Creates the planner.</summary>
    public SegmentPlanner(FacetRetriever retriever, AmbiguityResolver resolver)
    {
        _retriever = retriever;
        _resolver = resolver;
    }

    /// <summary>Plans the request in <paramref name="context"/>.</summary>
    public async Task<PlanOutcome> PlanAsync(PlanningContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (text, frameWords) = ConversationalFrame.Blank(context.Perception.CorrectedText);
        var (withMeanings, readByMeaning) = await ValuesByMeaning.AddAsync(_retriever, context.Tenant, text, context.Perception.Entities, cancellationToken).ConfigureAwait(false);
        // "sales people", "marketing staff": the noun for who the request is about names no department People;
        // "leave out Bangalore": the words that exclude are no status "on leave" either.
        var exclusions = ExclusionWords().Matches(text);
        var entityNouns = withMeanings.Facets.Where(m => PartEntities.IsEntityNoun(text, m) || exclusions.Any(e => new TextSpan(e.Index, e.Length).Contains(m.Start))
            || PartEntities.IsArticle(text, m) || PartEntities.IsVerbOfTheClause(text, m)).ToList();
        if (readByMeaning.Count > 0 || entityNouns.Count > 0)
        {
            context = context with { Perception = context.Perception with { Entities = withMeanings with { Facets = withMeanings.Facets.Except(entityNouns).ToList() } } };
        }

        var state = new PlanState(context);
        state.CoveredWords.AddRange(frameWords);
        foreach (var (word, facet, value, reading) in readByMeaning)
        {
            state.Audit.Add(new AuditEntry("map", $"\"{word}\" by meaning → {facet.Id} [{value.Value}] (similarity {reading.Similarity:0.00}, ahead by {reading.Margin:0.00})", 0));
            state.Assumptions.Add($"Read \"{word}\" as {value.Label} ({facet.Name}): the catalog has no word for it. Tell me if you meant something else.");
        }
        // "but leave out the marketing folks": the words that exclude are the connective, not the status "on leave".
        state.CoveredWords.AddRange(exclusions.Select(m => m.Value));
        // "…, as long as they looked at a deal": the words that add a condition are no condition themselves.
        state.CoveredWords.AddRange(ConditionLink().Matches(text).SelectMany(m => WordStems.Words(m.Value).Select(w => w.Word)));
        var entities = context.Perception.Entities;
        var watch = Stopwatch.StartNew();
        state.Lists = ValueCoordination.Find(text, entities.Facets, context.Tenant.Catalog);
        var parts = RequestDecomposer.Decompose(text, [.. ProtectedSpans(entities), .. state.Lists.Select(l => l.Span)], [.. entities.Facets.Select(m => new TextSpan(m.Start, m.Length))],
            [.. entities.Facets.Where(m => m.Meanings.Any(x => x.Value is not null)).Select(m => new TextSpan(m.Start, m.Length))]);
        state.Audit.Add(new AuditEntry("decompose", $"{parts.Count} sub-segment(s): {string.Join(" | ", parts.Select(p => p.Text))}", watch.Elapsed.TotalMilliseconds));

        if (SegmentTree.NewSegmentLead().Match(text) is { Success: true } lead)
        {
            // "new segment: …" says what to do, not who.
            state.CoveredWords.Add(lead.Groups["word"].Value);
        }

        var sharedWindow = SharedWindow(entities, parts);
        state.WindowSaidApart = sharedWindow is not null && parts.Any(p => p.Text.Length > 0 && Meaningless(WithoutDates(p, entities))) ? sharedWindow : null;
        var planned = new List<PlannedPart>();
        var sharedDates = new List<SegmentCondition>();
        (SubSegment Part, SegmentCondition Node)? bareVerb = null;
        var queue = parts.ToList();
        for (var at = 0; at < queue.Count; at++)
        {
            var part = queue[at];
            watch.Restart();
            if (part.JoinedByOr && planned.Count > 0 && planned[^1].Node is SegmentCondition previous
                && SiblingSaidFirst(context, previous, part) is { } cut)
            {
                // "reach by text or push in the south": "push" is the other permission, "in the south" is of both.
                var (sibling, rest) = SplitAt(part, cut, context.Perception.CorrectedText);
                (queue[at], part) = (sibling, sibling);
                queue.Insert(at + 1, rest);
                state.Audit.Add(new AuditEntry("decompose", $"\"{sibling.Text}\" after \"or\" and \"{rest.Text}\" for both", 0));
            }

            if (planned.Count > 0 && WorthClause().IsMatch(part.Text) && new PartEntities(entities, part.Span) is { Money: [var worth], Numbers.Count: 0 }
                && planned[^1].Node.Conditions().LastOrDefault(c => context.Tenant.Catalog.Find(c.Facet) is { Kind: FacetKind.Event }) is { } described
                && RowAmountFilter(context.Tenant, context.Tenant.Catalog.Find(described.Facet)!, worth) is { } amountOfIt)
            {
                // "sent back something that arrived late and was worth more than $100": what that one event was worth.
                planned[^1] = planned[^1] with { Node = planned[^1].Node.WithConditions(c => c == described ? WithFilter(c, amountOfIt) : c) };
                state.Audit.Add(new AuditEntry("map", $"{part.Id} \"{part.Text}\" is what the event of \"{described.SourceText}\" was worth: {amountOfIt.Facet} on the same event", 0));
                continue;
            }

            state.FacetBeforeOr = part.JoinedByOr && planned.Count > 0 && planned[^1].Node is SegmentCondition alternative ? context.Tenant.Catalog.Find(alternative.Facet) : null;
            SegmentNode? node = planned.Count > 0 && EarlierValues().IsMatch(part.Text) && LastList(planned[^1].Node) is { } earlierList
                ? await SameValuesAgainAsync(state, part, earlierList, cancellationToken).ConfigureAwait(false)
                : null;
            node ??= await PlanPartAsync(state, part, sharedWindow, cancellationToken).ConfigureAwait(false);
            if (state.Question is not null && part.Label && node is null && queue.Count > 1)
            {
                // "serial raisers: two or more deals opened since September": words the catalog cannot read, before a
                // colon, name the audience the rest defines.
                state.Question = null;
                state.CoveredWords.Add(part.Text);
                state.Audit.Add(new AuditEntry("map", $"{part.Id} \"{part.Text}\" names the audience the rest describes", 0));
                state.Assumptions.Add($"I read \"{part.Text}\" as the name of the audience the rest describes, not a condition.");
                continue;
            }

            if (state.Question is not null)
            {
                return state.Outcome(null);
            }

            var inPart = new PartEntities(entities, part.Span);
            if (node is not null && sharedWindow is not null && inPart.Window().Window is null)
            {
                // A date said for another part does not limit a state the catalog reads over all time ("has a Jira licence").
                node = WithoutWindow(node, sharedWindow, context.Tenant);
            }

            if (node is not null && part.Negated && NeverWord().IsMatch(part.Text) && inPart.Window().Window is null
                && !(queue.SkipWhile(p => p != part).Skip(1).FirstOrDefault() is { SharesNegation: true } second && new PartEntities(entities, second.Span).Window().Window is not null))
            {
                // "but never made an offer": never is at any time, not only in a period said for another part.
                node = AtAnyTime(node, context);
                state.Audit.Add(new AuditEntry("map", $"{part.Id} \"{part.Text}\": never, so at any time", 0));
            }

            if (node is not null && SinceThen().IsMatch(part.Text) && inPart.Window().Window is null && planned.Count > 0
                && planned[^1].Node.Conditions().Select(c => c.Window).LastOrDefault(w => w is not null) is { } then && then.End < context.AsOf)
            {
                // "returned something in October and hasn't bought since": since then runs from the end of that period to today.
                node = InWindow(node, new TimeWindow { Start = then.End, End = context.AsOf, Expression = $"since the end of {then.Expression ?? "that period"}" }, context.Tenant);
                state.Audit.Add(new AuditEntry("map", $"{part.Id} \"{part.Text}\": since the period said before", 0));
            }

            if (node is SegmentCondition { SameEvent: { Count: > 0 } } fuller && bareVerb is { } verb && planned.Count > 0
                && ObjectOf(verb.Node, fuller, context.Tenant) is { } shared)
            {
                // "accepted or rejected an offer on a healthtech deal": the object after the last verb belongs to each.
                planned[^1] = planned[^1] with { Node = verb.Part.Negated ? new NotNode { Child = shared } : shared };
                state.Audit.Add(new AuditEntry("map", $"{verb.Part.Id} \"{verb.Part.Text}\" shares \"{part.Text}\": {string.Join(", ", shared.SameEvent!.Select(f => f.Facet))} on the same event", 0));
                if (part.JoinedByOr && verb.Part.Negated == part.Negated && EveryEventOf(shared, fuller, context.Tenant) is { } whole)
                {
                    // "opened or clicked a weekly ad email": Campaign Theme Engaged reads opens and clicks, so the two verbs
                    // together name every one of its events and neither narrows them ("didn't open or click" none of them).
                    planned[^1] = planned[^1] with { Node = part.Negated ? new NotNode { Child = whole } : whole };
                    state.CoveredWords.AddRange([verb.Part.Text, .. WordStems.Words(part.Text).Select(w => w.Word)]);
                    state.Audit.Add(new AuditEntry("map", $"\"{verb.Part.Text}\" or \"{part.Text}\": every event {whole.Facet} reads", 0));
                    bareVerb = null;
                    continue;
                }
            }

            var verbBefore = part.SharesNegation && planned.Count > 1 && planned[^1].Node is NotNode { Child: SegmentCondition first } && AnyEvent(first, context.Tenant) ? first : null;
            // "only the ones who haven't opened it", said of a draft: with nothing named before it in the message, the
            // pronoun stands for what the draft holds.
            if (node is SegmentCondition flag && AnyEvent(flag, context.Tenant) && (planned.Count > 0 || context.Antecedent is not null)
                && (part.ObjectBefore || ElidedObject().IsMatch(WithoutDates(part, entities)))
                && (planned.Count == 0 ? HeldList(context.Antecedent!, context.Tenant)
                    : part.ObjectBefore ? HeldList(planned[^1].Node, context.Tenant) : LastList(planned[verbBefore is null ? ^1 : ^2].Node)) is { } named
                && ListOfSameEvents(flag, named, context.Tenant) is { } objectFacet)
            {
                // "looked at video games but didn't buy any": the pronoun stands for the thing named before.
                node = flag with { Facet = objectFacet.Id, Operator = ConditionOperator.In, Values = named.Values, Window = flag.Window ?? named.Window, Frequency = null };
                state.Audit.Add(new AuditEntry("map", $"{part.Id} \"{part.Text}\": \"{named.SourceText}\" is what it refers to → {objectFacet.Id}", 0));
                if (verbBefore is not null && ListOfSameEvents(verbBefore, named, context.Tenant) is { } firstObject)
                {
                    // "didn't open or click it": the pronoun is the object of both verbs.
                    var bothObject = verbBefore with { Facet = firstObject.Id, Operator = ConditionOperator.In, Values = named.Values, Window = verbBefore.Window ?? named.Window, Frequency = null };
                    planned[^1] = planned[^1] with { Node = new NotNode { Child = bothObject } };
                    if (firstObject.Id == objectFacet.Id)
                    {
                        state.CoveredWords.Add(part.Text);
                        continue;
                    }
                }
            }

            if (node is null && part.Negated && inPart.Window().Window is { } notThen && planned.Count > 0
                && Meaningless(NotWords().Replace(WithoutDates(part, entities), " "))
                && planned[^1].Node.Conditions().LastOrDefault(c => context.Tenant.Catalog.Find(c.Facet)?.Kind == FacetKind.Event) is { } earlier)
            {
                // "bought baby things at least 3 times since July but not in the last 30 days": none of the same events in that period.
                node = earlier with { Id = null, SourceText = part.Text, Window = notThen, Frequency = null, Aggregate = null };
                state.Audit.Add(new AuditEntry("map", $"{part.Id} \"{part.Text}\": only a period, so {earlier.Facet} again in it", 0));
            }

            if (node is not null && planned.Count > 0 && ElidedVerb().IsMatch(WithoutDates(part, entities)) && LastList(planned[^1].Node) is { } before
                && inPart.Facets.SelectMany(m => m.Meanings).Where(x => x.FacetId == before.Facet && x.Value is not null).Select(x => x.Value!).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } values
                && node.Conditions().All(c => c.Facet != before.Facet))
            {
                // "browsed on a computer but not in the app": the place said without a verb is where the same thing was done.
                node = before with { Id = null, SourceText = part.Text, Values = values, SameEvent = null, Frequency = null, Aggregate = null };
                if (part.Negated && NeverWord().IsMatch(part.Text) && inPart.Window().Window is null)
                {
                    // "but never on the app": never is at any time, not the period said for the first place.
                    node = AtAnyTime(node, context);
                }

                state.Audit.Add(new AuditEntry("map", $"{part.Id} \"{part.Text}\": no verb of its own, so {before.Facet} again", 0));
            }

            if (node is SegmentCondition { Operator: ConditionOperator.In or ConditionOperator.IsTrue, Frequency: null, Aggregate: null } detail && !part.Negated && planned.Count > 0 && inPart.Window().Window is null
                && (detail.Operator == ConditionOperator.In
                    ? ThingRelative().IsMatch(context.Perception.CorrectedText[..part.Span.Start]) || OnThatEvent().IsMatch(part.Text)
                    : OnThatEvent().IsMatch(part.Text) && context.Tenant.Catalog.Find(detail.Facet) is { Type: FacetType.Boolean })
                && planned[^1].Node.Conditions().LastOrDefault(c => context.Tenant.Catalog.Find(c.Facet) is { Kind: FacetKind.Event }) is { } thing
                && context.Tenant.Catalog.Find(thing.Facet)?.Sql.Source is { } thingEvents && context.Tenant.Catalog.Find(detail.Facet) is { Kind: FacetKind.Event, Sql.Source: { } detailEvents }
                && SameEvents.Share(thingEvents, detailEvents) && (detail.Facet != thing.Facet || detail.Values.ToHashSet(StringComparer.Ordinal).SetEquals(thing.Values)))
            {
                if (detail.Facet == thing.Facet && detail.Operator == thing.Operator)
                {
                    // "opened a round … that's still raising": the clause repeats what the event already was.
                    state.Audit.Add(new AuditEntry("map", $"{part.Id} \"{part.Text}\" repeats \"{thing.SourceText}\"", 0));
                    continue;
                }

                // "a seed round that's still open", "an item that arrived late": the clause describes that one event; of
                // any deal or return at all ("a deal they opened that's still in progress") it says which ones.
                var anyOfThem = thing is { Operator: ConditionOperator.IsTrue, SameEvent: null or { Count: 0 }, Frequency: null }
                    && context.Tenant.Catalog.Find(thing.Facet) is { Type: FacetType.Boolean, Sql.Filters.Count: 0 };
                planned[^1] = planned[^1] with
                {
                    Node = planned[^1].Node.WithConditions(c => c != thing ? c
                        : anyOfThem ? detail with { SourceText = $"{thing.SourceText} {part.Text}", Window = thing.Window ?? detail.Window }
                        : WithFilter(c, new EventFilter { Facet = detail.Facet, Operator = detail.Operator, Values = detail.Values, SourceText = part.Text })),
                };
                state.Audit.Add(new AuditEntry("map", $"{part.Id} \"{part.Text}\" describes the event of \"{thing.SourceText}\": {detail.Facet} on the same event", 0));
                bareVerb = null;
                continue;
            }

            bareVerb = node is SegmentCondition { Operator: ConditionOperator.IsTrue, SameEvent: null } bare && BareVerb().IsMatch(part.Text) ? (part, bare) : null;
            if (node is not null && part.JoinedByOr && planned.Count > 0 && state.WindowSaidApart is { } apart && planned[^1].Node is AndNode { Children: var together }
                && together.OfType<SegmentCondition>().FirstOrDefault(c => c is { Operator: ConditionOperator.Within } && c.Window == apart) is { } datedApart
                && node.Conditions().All(c => c.Facet != datedApart.Facet))
            {
                // "Since March, who signed up through a conference or one of our partners": the period said apart dates
                // the sign-up both alternatives share, not the first alone.
                var rest = together.Where(c => c != datedApart).ToList();
                planned[^1] = planned[^1] with { Node = rest.Count == 1 ? rest[0] : new AndNode { Children = rest } };
                sharedDates.Add(datedApart);
            }

            if (node is not null)
            {
                var negated = part.Negated ? NegationScope.Negate(node, context.Tenant.Catalog, c => SaidAt(inPart, c)) : node;
                planned.Add(new PlannedPart(negated, part.JoinedByOr, part.Relative));
            }

            state.Audit.Add(new AuditEntry("map", $"{part.Id} \"{part.Text}\" → {(node is SegmentCondition c ? $"{c.Facet} {SnakeName(c.Operator)} [{string.Join(", ", c.Values)}]" : node is null ? "no condition" : "group")}", watch.Elapsed.TotalMilliseconds));
        }

        planned.AddRange(sharedDates.Select(d => new PlannedPart(d, false)));
        if (sharedWindow is not null && planned.Count > 1
            && planned.FindIndex(p => DatesAnAttribute(p.Node, sharedWindow, context.Tenant)) is var dated and >= 0)
        {
            // "engineers hired in FY26 who have never opened Datadog": the date says when they were hired, not when the
            // activity is read; the activity keeps its default window.
            planned = planned.Select((p, i) => i == dated ? p : p with { Node = WithoutWindow(p.Node, sharedWindow, context.Tenant, everyFacet: true) }).ToList();
        }

        if (state.RecencyWindow is { } recency)
        {
            planned = planned.Select(p => p with { Node = ApplyDefaultWindow(p.Node, recency, context.Tenant) }).ToList();
        }

        if (planned.Count == 0)
        {
            state.Question = FacetQuestion(text, [], MaxOptions(context));
            return state.Outcome(null);
        }

        var root = SegmentTree.MergeSingleValued(SegmentTree.Combine(planned, (a, b) => SameKind(context.Tenant, a, b), facet => context.Tenant.Catalog.Find(facet)?.Kind == FacetKind.Attribute),
            facet => context.Tenant.Catalog.Find(facet) is { Kind: FacetKind.Attribute, Type: FacetType.List });
        var (withoutImplied, implied) = ImpliedFlags.Without(root, context.Tenant.Catalog);
        foreach (var flag in implied)
        {
            state.Audit.Add(new AuditEntry("map", $"{flag.Facet} is implied by another condition on the same events; dropped", 0));
            // Its words ("sent back") still said which events; the condition that implies it reads them.
            state.CoveredWords.AddRange(WordStems.Words(flag.SourceText).Select(w => w.Word));
        }

        root = withoutImplied;
        if (SameEventCue().IsMatch(text))
        {
            root = OnOneEvent(state, root);
            if (root.Conditions().Any(c => c.SameEvent is { Count: > 0 }))
            {
                // "together in one order" is what put the two on one event.
                state.CoveredWords.AddRange(SameEventCue().Matches(text).Select(m => m.Value));
            }
        }

        var definition = new SegmentDefinition { Name = SegmentTree.NameFrom(context.Perception.NormalizedText), Root = root, AsOf = context.AsOf };
        var unused = await WithoutDescribedAsync(state, RequestCoverage.Unused(text, entities, definition, context.Tenant, state.CoveredWords), definition, cancellationToken).ConfigureAwait(false);
        state.Audit.Add(new AuditEntry("coverage", unused.Count == 0 ? "every word used" : $"unused: {string.Join(", ", unused.Select(u => u.Word))}", 0));
        if (unused.Count > 0)
        {
            await AccountForAsync(state, unused, cancellationToken).ConfigureAwait(false);
            if (state.Question is not null)
            {
                return state.Outcome(null);
            }
        }

        return state.Outcome(definition);
    }

    // A leftover word read as a condition the segment already has: its best facet, this sure and this far ahead.
    private const double UsedFacetFloor = 0.35;
    private const double UsedFacetMargin = 0.1;

    // "households earning over 75k": a lone ordinary word whose best reading is a condition the segment already has
    // describes that condition, so it is used.
    private async Task<IReadOnlyList<UnusedWord>> WithoutDescribedAsync(PlanState state, IReadOnlyList<UnusedWord> unused, SegmentDefinition definition, CancellationToken cancellationToken)
    {
        if (unused is not [{ NamesCatalogTerm: false } only] || !IsPlainContentWord(only.Word))
        {
            return unused;
        }

        var retrieval = await _retriever.RetrieveFacetsAsync(state.Context.Tenant, only.Word, cancellationToken).ConfigureAwait(false);
        if (retrieval.Candidates is [var top, ..] && definition.Conditions().Any(c => c.Facet == top.FacetId)
            && (top.IsAcceptable || top.Confidence >= UsedFacetFloor && retrieval.Candidates.Skip(1).All(c => c.Confidence <= top.Confidence - UsedFacetMargin)))
        {
            state.Audit.Add(new AuditEntry("coverage", $"\"{only.Word}\" describes {top.FacetId}, already a condition", 0));
            return [];
        }

        return unused;
    }

    // A word no condition used is asked about once ("I didn't use "long-tenured" …"); after that, or when the user
    // chose to leave it out, the reply says it was not used. It is never dropped without a word.
    private async Task AccountForAsync(PlanState state, IReadOnlyList<UnusedWord> unused, CancellationToken cancellationToken)
    {
        var context = state.Context;
        var words = string.Join(' ', unused.Select(u => u.Word));
        var quoted = string.Join(", ", unused.Select(u => $"\"{u.Word}\""));
        if (!unused.Any(u => u.NamesCatalogTerm || IsPlainContentWord(u.Word)))
        {
            // A verb form ("texted") or a word no dictionary knows (a typo the corrector left) is said, not asked about.
            state.Assumptions.Add($"I didn't use {quoted}: nothing in the catalog matches {(unused.Count == 1 ? "it" : "them")}. Tell me which attribute you mean if it matters.");
            return;
        }

        var retrieval = await _retriever.RetrieveFacetsAsync(context.Tenant, words, cancellationToken).ConfigureAwait(false);
        var leaveOut = new AmbiguityOption("leave_out", $"Leave out {quoted}", "leave_out");
        // A word the catalog names ("ME" for Maine) offers its own facet first.
        var named = context.Perception.Entities.Facets
            .Where(m => unused.Any(u => string.Equals(u.Word, m.Text.Trim(), StringComparison.OrdinalIgnoreCase)))
            .SelectMany(m => m.Meanings.Select(x => (x.FacetId, Name: context.Tenant.Catalog.Find(x.FacetId)?.Name ?? x.FacetId)));
        var options = named.Concat(retrieval.Candidates.Select(c => (c.FacetId, c.Name)))
            .DistinctBy(c => c.FacetId)
            .Where(c => context.Tenant.Catalog.Find(c.FacetId) is { } facet && context.Tenant.WhyFacetIsUnusable(facet) is null)
            .Take(MaxOptions(context) - 1)
            .Select(c => new AmbiguityOption(c.FacetId, c.Name, c.FacetId))
            .Append(leaveOut)
            .ToList();
        var request = new AmbiguityRequest
        {
            Slot = new AmbiguitySlot("facet_choice", words.ToLowerInvariant()),
            Question = $"I didn't use {quoted} from your request. Which attribute or behaviour do you mean by it, or should I leave it out?",
            Options = options,
            Inferred = leaveOut,
            InferredConfidence = 0,
            MaxOptions = MaxOptions(context),
        };
        var decision = await _resolver.DecideAsync(context.Ambiguities, context.Tenant.Id, context.UserId, request, cancellationToken).ConfigureAwait(false);
        if (decision.NeedsQuestion)
        {
            state.Question = decision;
            return;
        }

        state.Resolved.Add(decision);
        state.Assumptions.Add(decision.Resolution?.Value == leaveOut.Value
            ? $"I didn't use {quoted}: nothing in the catalog matches it."
            : $"I didn't use {quoted} beyond your answer ({decision.Resolution?.Label}).");
    }

    // "shopped at our Texas or Florida stores but don't live in either state": the values named before, on the facet
    // the rest of the words name, when that facet lists them too.
    private async Task<SegmentCondition?> SameValuesAgainAsync(PlanState state, SubSegment part, SegmentCondition earlier, CancellationToken cancellationToken)
    {
        var tenant = state.Context.Tenant;
        var phrase = EarlierValues().Replace(part.Text, " ");
        if (Meaningless(NotWords().Replace(phrase, " ")))
        {
            return null;
        }

        var retrieval = await _retriever.RetrieveFacetsAsync(tenant, phrase, cancellationToken).ConfigureAwait(false);
        var facet = retrieval.Candidates.Where(c => c.IsAcceptable && c.FacetId != earlier.Facet)
            .Select(c => tenant.Catalog.Find(c.FacetId))
            .FirstOrDefault(f => f is { Type: FacetType.List } && tenant.WhyFacetIsUnusable(f) is null && earlier.Values.All(v => f.FindValue(v) is not null));
        if (facet is null)
        {
            return null;
        }

        // Only the words that point back are used here; the rest must be said by the facet, or be asked about.
        state.CoveredWords.AddRange(EarlierValues().Matches(part.Text).Select(m => m.Value));
        state.Audit.Add(new AuditEntry("map", $"{part.Id} \"{part.Text}\" names the values of \"{earlier.SourceText}\" again: {facet.Id} [{string.Join(", ", earlier.Values)}]", 0));
        return new SegmentCondition
        {
            SourceText = part.Text,
            Facet = facet.Id,
            Operator = ConditionOperator.In,
            Values = earlier.Values,
            Confidence = Math.Min(earlier.Confidence, retrieval.Candidates.First(c => c.FacetId == facet.Id).Confidence),
            Window = facet.Kind == FacetKind.Event ? earlier.Window : null,
        };
    }

    // Two periods in one part with a clause word between them ("with", "who", "and"): two clauses, each with its own.
    private static (SubSegment Head, SubSegment Tail)? TwoPeriods(SubSegment part, PartEntities inPart, string message)
    {
        var dates = inPart.Dates.Where(d => d.Resolution.Status == DateResolutionStatus.Resolved).OrderBy(d => d.Start).ToList();
        if (dates.Count != 2)
        {
            return null;
        }

        var quantities = inPart.Numbers.Concat(inPart.Money).Select(q => new TextSpan(q.Start, q.End - q.Start)).ToList();
        var lead = ClauseLead().Matches(message[dates[0].End..dates[1].Start])
            .FirstOrDefault(m => !quantities.Any(q => q.Contains(dates[0].End + m.Index)));
        return lead is null || Meaningless(message[part.Span.Start..dates[0].Start]) ? null : SplitAt(part, dates[0].End + lead.Index, message);
    }

    // A part read as two conditions: both planned, in order, and ANDed; a question from either stops the plan.
    private async Task<SegmentNode?> PlanBothAsync(PlanState state, (SubSegment Part, TimeWindow? Window) head, (SubSegment Part, TimeWindow? Window) tail, CancellationToken cancellationToken)
    {
        state.Audit.Add(new AuditEntry("decompose", $"\"{head.Part.Text}\" and \"{tail.Part.Text}\"", 0));
        var first = await PlanPartAsync(state, head.Part, head.Window, cancellationToken).ConfigureAwait(false);
        var entities = state.Context.Perception.Entities;
        if (first is not null && head.Window is { } shared && new PartEntities(entities, head.Part.Span).Window().Window is null
            && new PartEntities(entities, tail.Part.Span).Window().Window is not null)
        {
            // "holding more than ten licences with at most 30 app launches in the past two weeks": the period is said of
            // the launches; the licences held are read over all time.
            first = WithoutWindow(first, shared, state.Context.Tenant);
        }

        var second = state.Question is null && first is not null ? await PlanPartAsync(state, tail.Part, tail.Window, cancellationToken).ConfigureAwait(false) : null;
        return state.Question is not null || first is null ? null : second is null ? first : new AndNode { Children = [first, second] };
    }

    private async Task<SegmentNode?> PlanPartAsync(PlanState state, SubSegment part, TimeWindow? sharedWindow, CancellationToken cancellationToken)
    {
        var context = state.Context;
        var tenant = context.Tenant;
        var entities = context.Perception.Entities;
        var inPart = new PartEntities(entities, part.Span);
        if (TwoPeriods(part, inPart, context.Perception.CorrectedText) is var (earlier, later))
        {
            // "hired since July 2024 with between 15 and 40 sessions over the last 30 days": each period is its clause's.
            return await PlanBothAsync(state, (earlier, sharedWindow), (later, sharedWindow), cancellationToken).ConfigureAwait(false);
        }

        var (ownWindow, ambiguousDate) = inPart.Window();
        if (ambiguousDate is not null && tenant.Config.VagueTerms.Any(t => t.Phrases.Any(p => string.Equals(p, ambiguousDate.Text.Trim(), StringComparison.OrdinalIgnoreCase))))
        {
            // "recent" is a vague term of the tenant: its question (and the user's remembered answer) belongs to that slot.
            ambiguousDate = null;
        }

        if (ambiguousDate is not null)
        {
            ownWindow = await ResolveDateAsync(state, ambiguousDate, cancellationToken).ConfigureAwait(false);
            if (ownWindow is null)
            {
                return null;
            }
        }

        // Seasons inside a noun phrase ("high-value fall shoppers") are not picked up as date mentions; read them here.
        if (ownWindow is null && ambiguousDate is null && Season().Match(part.Text) is { Success: true } season
            && new DateExpressionResolver(tenant.Config.Dates.Calendar).Resolve(season.Value, context.AsOf) is { Status: DateResolutionStatus.Resolved, Window: { } seasonWindow })
        {
            ownWindow = new TimeWindow { Start = seasonWindow.Start, End = seasonWindow.End, Expression = season.Value };
            state.CoveredWords.Add(season.Value);
        }

        var window = ownWindow ?? sharedWindow;

        // A tenant phrase with a fixed meaning wins over retrieval; vague words inside it are part of that meaning.
        // A tenant phrase that is one value of a coordinated list ("terminated or on leave") is read with the list.
        var vocabularyMention = inPart.Facets.FirstOrDefault(f => f.Meanings.Any(m => m.Kind == LexiconTermKind.Vocabulary && m.Vocabulary is not null)
            && !state.Lists.Any(l => l.Mentions.Contains(f)));
        var vocabulary = vocabularyMention?.Meanings.First(m => m.Kind == LexiconTermKind.Vocabulary && m.Vocabulary is not null).Vocabulary;

        // Vague terms ("recent", "high-value", "frequent") are settled by the ambiguity resolver.
        SegmentCondition? templated = null;
        string? templatePhrase = null;
        Frequency? vagueFrequency = null;
        TimeWindow? recencyHere = null;
        var phrase = inPart.RetrievalPhrase(part, context.Perception.CorrectedText);
        foreach (var term in tenant.Config.VagueTerms)
        {
            var match = term.Phrases.Select(p => (Phrase: p, Match: Regex.Match(phrase, $@"\b{Regex.Escape(p)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))
                .FirstOrDefault(m => m.Match.Success && (vocabularyMention is null || !vocabularyMention.Text.Contains(m.Phrase, StringComparison.OrdinalIgnoreCase)));
            if (match.Match is null || !match.Match.Success)
            {
                continue;
            }

            state.CoveredWords.Add(match.Phrase);
            var option = await ResolveVagueAsync(state, term, match.Phrase, cancellationToken).ConfigureAwait(false);
            if (option is null)
            {
                return null;
            }

            phrase = (phrase[..match.Match.Index] + phrase[(match.Match.Index + match.Match.Length)..]).Trim();
            if (option.WindowDays is { } days && option.Condition is null && option.Frequency is null)
            {
                state.RecencyWindow = TimeWindow.Trailing(days, context.AsOf, $"{match.Phrase} ({option.Label})");
                recencyHere = state.RecencyWindow;
            }

            if (option.Frequency is { } frequency)
            {
                vagueFrequency = frequency with { Expression = match.Phrase };
                window ??= option.WindowDays is { } frequencyDays ? TimeWindow.Trailing(frequencyDays, context.AsOf, option.Label) : null;
            }

            if (option.Condition is { } template)
            {
                templated = template with { SourceText = part.Text, Confidence = 0.9 };
                templatePhrase = match.Phrase;
            }
        }

        state.PartFrequency = inPart.Frequencies.FirstOrDefault()?.Frequency ?? vagueFrequency;
        state.PartWindow = ownWindow;
        if (vocabulary is not null && QuantityAfter(part, vocabularyMention!, inPart, context.Perception.CorrectedText) is var (head, tail))
        {
            // "VIP customers with more than two returns": the tenant phrase is one condition, the counted rest another.
            return await PlanBothAsync(state, (head, sharedWindow), (tail, window), cancellationToken).ConfigureAwait(false);
        }

        if (vocabulary is null && CountedAfterPeople(part, inPart, tenant, context.Perception.CorrectedText) is var (people, countedPart))
        {
            // "founders or vcs in north america with over 5 logins": who they are, then what they did how often.
            return await PlanBothAsync(state, (people, sharedWindow), (countedPart, window), cancellationToken).ConfigureAwait(false);
        }

        if (vocabulary is not null && inPart.Money.Count == 0 && (inPart.Numbers.Count > 0 || inPart.Frequencies.Count > 0)
            && tenant.Catalog.Find(vocabulary.Condition.Facet) is { } vocabularyFacet && SameEvents.CountFor(tenant.Catalog, vocabularyFacet) is { } counting
            && tenant.WhyFacetIsUnusable(counting) is null)
        {
            // "two or more drop-offs": the tenant's phrase names the events, the number counts them.
            state.Audit.Add(new AuditEntry("map", $"\"{vocabularyMention!.Text}\" counted: {counting.Id}", 0));
            var candidate = Named(counting, 0.9) with { MatchedTerm = vocabularyMention.Text };
            if (await BuildConditionAsync(state, part, phrase, counting, candidate, inPart, vagueFrequency, window ?? state.RecencyWindow, cancellationToken).ConfigureAwait(false) is { } count)
            {
                return WithExtras(state, WithWindow(count, window ?? state.RecencyWindow, tenant), inPart, vocabularyMention);
            }

            if (state.Question is not null)
            {
                return null;
            }
        }

        if (vocabulary is not null)
        {
            // A tenant phrase with a window of its own ("inactive users": no event in 7 days) keeps it against a date said for another part.
            var condition = vocabulary.Condition with { SourceText = part.Text, Confidence = 0.95 };
            window = ownWindow ?? state.RecencyWindow ?? (vocabulary.WindowDays is { } days ? TimeWindow.Trailing(days, context.AsOf, $"{days} days ({vocabulary.Phrase})") : null) ?? window;
            if (condition.Operator == ConditionOperator.Within && condition.Window is null && window is not null)
            {
                condition = condition with { Window = window };
            }

            // "Since March, which paying users … signed up?": the date said apart dates the sign-up the part names.
            return WithDateFacet(state, WithExtras(state, WithWindow(condition, window, tenant), inPart, vocabularyMention!), ownWindow ?? state.WindowSaidApart, inPart, apart: ownWindow is null);
        }

        if (templated is not null)
        {
            var meaning = WithWindow(templated, window ?? state.RecencyWindow, tenant);
            // Only a rest that names something else of the catalog is another condition: "spend a lot" names Total Spend
            // again, and "for the holiday campaign" is what the segment is for.
            if (RestBeside(part, templatePhrase!, context.Perception.CorrectedText) is not { } rest
                || rest.Text.StartsWith("for ", StringComparison.OrdinalIgnoreCase)
                || !inPart.Facets.Any(m => rest.Span.Overlaps(new TextSpan(m.Start, m.Length)) && m.Meanings.All(x => x.FacetId != templated.Facet)))
            {
                return meaning;
            }

            // "high value customers in the midwest": the answer settles "high value"; the midwest is still part of the request.
            state.Audit.Add(new AuditEntry("decompose", $"\"{templatePhrase}\" and \"{rest.Text}\"", 0));
            var other = await PlanPartAsync(state, rest, window, cancellationToken).ConfigureAwait(false);
            return state.Question is not null ? null : other is null ? meaning : new AndNode { Children = [meaning, other] };
        }

        // "customers under 25": a number on a band's edges says something even with no word beside it.
        if (Meaningless(phrase) && inPart.Money.Count == 0 && !inPart.Facets.Any(m => m.Meanings.Any(x => x.Value is not null))
            && inPart.Numbers.All(q => NumericBands.Read(q, context.Perception.CorrectedText, tenant) is null))
        {
            return null;
        }

        // 3. Ground the rest of the words in the catalog.
        var retrieval = await _retriever.RetrieveFacetsAsync(tenant, phrase.Length > 0 ? phrase : part.Text, cancellationToken).ConfigureAwait(false);
        state.Quality = retrieval.Quality < state.Quality ? state.Quality : retrieval.Quality;
        var offered = retrieval.Candidates.Take(5).Select(c => new Memory.RetrievedFacet(retrieval.Phrase, c.FacetId, Math.Round(c.Confidence, 3), false)).ToList();
        state.Retrieved.AddRange(offered);
        state.Audit.Add(new AuditEntry("retrieve", $"\"{retrieval.Phrase}\": {string.Join(", ", retrieval.Candidates.Take(3).Select(c => $"{c.FacetId} {c.Confidence:0.00}{(c.IsAcceptable ? "" : " (below threshold)")}"))}", 0,
            new Dictionary<string, object?> { ["quality"] = retrieval.Quality.ToString().ToLowerInvariant(), ["candidates"] = offered }));
        var threshold = Parameter(context, "facet_acceptance_threshold", 0.6);
        var candidates = retrieval.Candidates.Where(c => c.Confidence >= threshold).ToList();
        if (candidates.Count == 0 && inPart.Facets.Where(m => (IsCapitalCode(m) || m.Text.Any(char.IsDigit) || (m.Text.Contains(' ', StringComparison.Ordinal) && m.Score >= 1))
                && m.Meanings.All(x => x.Value is not null && !x.Restricted)).SelectMany(m => m.Meanings).Select(x => x.FacetId).Distinct().ToList() is [var named]
            && tenant.Catalog.Find(named) is { } namedFacet)
        {
            // "in IT": a capital code the catalog lists is sure even when it is too short for similarity search to score;
            // so is a value named whole in several words ("because something didn't fit").
            candidates = [retrieval.Candidates.FirstOrDefault(c => c.FacetId == named) is { } weak
                ? weak with { Confidence = threshold, IsAcceptable = true }
                : Named(namedFacet, threshold)];
        }

        if (candidates.Count == 0 && inPart.Facets.SelectMany(m => m.Meanings).Where(x => x.Kind == LexiconTermKind.FacetAntonym).Select(x => x.FacetId).Distinct().ToList() is [var opposite]
            && tenant.Catalog.Find(opposite) is { Type: FacetType.Boolean } oppositeFacet && tenant.WhyFacetIsUnusable(oppositeFacet) is null)
        {
            // "childless customers": a word the catalog lists as the facet's opposite names it, on its "no" side.
            candidates = [retrieval.Candidates.FirstOrDefault(c => c.FacetId == opposite) is { } weak
                ? weak with { Confidence = threshold, IsAcceptable = true }
                : Named(oppositeFacet, threshold)];
        }

        if (candidates.Count == 0 && state.FacetBeforeOr is { } sibling && retrieval.Candidates.FirstOrDefault() is { Scores.Fuzzy: > 0 } nearest
            && tenant.Catalog.Find(nearest.FacetId) is { } alternative && alternative.Id != sibling.Id && SameKind(tenant, sibling.Id, alternative.Id))
        {
            // "reachable by text or push": after "or", a word its own facet's name holds ("Push Opt-in") is that facet,
            // the sibling of the one before, said with the rest of its name left out.
            state.Audit.Add(new AuditEntry("map", $"\"{part.Text}\" after \"or\" names {alternative.Id}, beside {sibling.Id}", 0));
            candidates = [nearest with { Confidence = threshold, IsAcceptable = true }];
        }

        if (inPart.Money.Concat(inPart.Numbers).Select(q => NumericBands.ReadMoney(q, part.Text, tenant)).FirstOrDefault(b => b is not null) is var (incomeFacet, incomeBands))
        {
            // "households earning over 75k": an amount on a band's edge, said with the band facet's own words.
            state.Audit.Add(new AuditEntry("map", $"\"{part.Text}\" → {incomeFacet.Id} [{string.Join(", ", incomeBands)}] by its band edges", 0));
            var banded = new SegmentCondition { SourceText = part.Text, Facet = incomeFacet.Id, Operator = ConditionOperator.In, Values = incomeBands, Confidence = 0.85 };
            var bandedNode = WithExtras(state, banded, inPart, null);
            if ((ParticipleClause(part, inPart, bandedNode, context) ?? ClauseOfUnusedQuantity(part, inPart, bandedNode, context)) is var (described, earning))
            {
                // "households of five or more earning over 75k": the number before the participle is another condition;
                // "earning under 75k with no fewer than four coupon orders": so is the one in the clause after the band.
                return await PlanBothAsync(state, (described, sharedWindow), (earning, sharedWindow), cancellationToken).ConfigureAwait(false);
            }

            return bandedNode;
        }

        if (candidates.Count == 0 && inPart.Numbers.Select(q => NumericBands.Read(q, context.Perception.CorrectedText, tenant)).FirstOrDefault(b => b is not null) is var (bandFacet, _))
        {
            // "the 55-64s", "over 65": a number on a band's edges names the band facet even with no word for it.
            candidates = [Named(bandFacet, threshold)];
        }
        if (inPart.Money.Count > 0)
        {
            // An amount needs a facet that can take one; a department named with it means "spent $N on X".
            // A list is kept only when the words name one of its values: "raising $15M on rounds" is an amount, not a guessed round.
            var wordsName = candidates;
            candidates = candidates.Where(c => tenant.Catalog.Find(c.FacetId) is { } f && (f.Type is FacetType.Money
                || (f.Type == FacetType.List && f.Kind == FacetKind.Event && f.Sql.Amount is not null && NamesValueOf(inPart, f)))).ToList();
            if (candidates.Count == 0 && AmountOfNamedEvents(tenant, retrieval, wordsName) is { } amountOf)
            {
                // "licences worth above 1.5k": the words name the licences; the amount is what those licences cost.
                state.Audit.Add(new AuditEntry("map", $"the amount is of the events {wordsName[0].FacetId} reads: {amountOf.FacetId}", 0));
                candidates = [amountOf with { Confidence = threshold, IsAcceptable = true }];
            }
        }

        var best = candidates.Count == 0 ? 0 : candidates.Max(c => c.Confidence);
        if (candidates.FirstOrDefault(c => c.Confidence >= best) is { } highest && tenant.Catalog.Find(highest.FacetId) is { Type: FacetType.Boolean, Kind: FacetKind.Event } saidHappened
            && inPart.Money.Count == 0 && (Counted(inPart, context) is { Comparison: not null } || inPart.Frequencies.Any(f => f.Frequency.Per == FrequencyPeriod.Window))
            && !candidates.Any(c => NamesValue(inPart, c.FacetId) && tenant.Catalog.Find(c.FacetId) is { } valued
                && inPart.Facets.SelectMany(m => m.Meanings).Any(x => x.FacetId == valued.Id && x.Value is { } value && SameEvents.FlagFor(tenant.Catalog, valued, value)?.Id != saidHappened.Id))
            && SameEvents.CountFor(tenant.Catalog, saidHappened) is { } counter
            && (Counted(inPart, context) is not { } said || UnitAfter(tenant, retrieval, said, context.Perception.CorrectedText, part.Text) is not { } unitSaid || unitSaid.Unit == counter.Unit))
        {
            // "placed exactly one order", "abandoned a negotiation more than once": a yes/no cannot hold the number; the
            // facet counting the same events can, ahead of a count of other events that scored close.
            state.Audit.Add(new AuditEntry("map", $"a number said with {saidHappened.Id}: {counter.Id} counts those events", 0));
            // The words that named the events ("abandoned a negotiation") are the flag's, and the count reads the same events.
            state.CoveredWords.AddRange(WordStems.Words(phrase).Select(w => w.Word));
            candidates.RemoveAll(c => c.FacetId == counter.Id);
            candidates.Insert(0, Named(counter, best));
        }

        // "whose total licence cost is under 3k": a number said with a money facet's whole name is that amount, not a count.
        var counted = (Counted(inPart, context) is not null || inPart.Frequencies.Count > 0)
            && !candidates.Any(c => c.Confidence >= best && tenant.Catalog.Find(c.FacetId) is { Type: FacetType.Money } money
                && WordStems.Of(money.Name).IsSubsetOf(WordStems.Of(phrase)));

        // Near-ties go to the facet whose value the user actually named ("dog food" is a category, not the Grocery
        // department); a clear winner from retrieval's cues ("likely to buy" → affinity) keeps its place.
        // A count said with the words ("revised an offer more than 3 times") goes first to the facet that counts those events.
        candidates = candidates
            .OrderByDescending(c => counted && inPart.Money.Count == 0 && c.Confidence >= best - 0.05
                && tenant.Catalog.Find(c.FacetId) is { Kind: FacetKind.Event, Type: FacetType.Number, Sql.Aggregate: AggregateFunction.Count })
            .ThenByDescending(c => c.Confidence >= best - 0.05 && inPart.Facets.Any(m => m.Meanings.Any(x => x.FacetId == c.FacetId && x.Value is not null)))
            .ThenByDescending(c => counted && inPart.Money.Count == 0 && tenant.Catalog.Find(c.FacetId)?.Type == FacetType.Number)
            .ToList();
        PreferTwinTheWordsName(state, candidates, phrase, inPart);
        if (candidates.Count > 1 && tenant.Catalog.Find(candidates[0].FacetId) is { Type: FacetType.List } topList && !NamesValue(inPart, topList.Id)
            && candidates.FindIndex(c => c.Confidence >= candidates[0].Confidence - 0.1 && NamesValue(inPart, c.FacetId)) is var namedAt and > 0)
        {
            // "people in product engineering": the words name a department; a role family whose value is only part of
            // that name ("product") is not what they said. A clear lead stays ("prefer shopping in store").
            var valueNamed = candidates[namedAt];
            candidates.RemoveAt(namedAt);
            candidates.Insert(0, valueNamed);
        }

        if (inPart.Money.Count == 0 && Counted(inPart, context) is { } number && UnitAfter(tenant, retrieval, number, context.Perception.CorrectedText, part.Text) is { } unitFacet
            && !candidates.Any(c => tenant.Catalog.Find(c.FacetId) is { Type: FacetType.Number } counter && (!ThereWasOne(inPart, context) || counter.Unit == unitFacet.Unit)))
        {
            // "with not more than ten licenses": the word after the number is what License Count counts; after "at least
            // one trip", "a dozen or more items" counts the items of that trip, not trips.
            state.Audit.Add(new AuditEntry("map", $"\"{number.Text}\" counts {unitFacet.Unit}: {unitFacet.Id}", 0));
            candidates.Insert(0, Named(unitFacet, threshold));
        }

        if (ThereWasOne(inPart, context))
        {
            // "at least one trip with …" says only that the trip was there; the number after it is the condition.
            state.CoveredWords.Add(inPart.Numbers[0].Text);
        }

        foreach (var candidate in candidates)
        {
            var facet = tenant.Catalog.Find(candidate.FacetId);
            if (facet is null || tenant.WhyFacetIsUnusable(facet) is not null)
            {
                continue;
            }

            var condition = await BuildConditionAsync(state, part, phrase, facet, candidate, inPart, vagueFrequency, window ?? state.RecencyWindow, cancellationToken).ConfigureAwait(false);
            if (state.Question is not null)
            {
                return null;
            }

            if (condition is not null)
            {
                condition = AsFlag(tenant, facet, condition);
                var grounded = WithWindow(condition, window ?? (facet.Kind == FacetKind.Event ? state.RecencyWindow : null), tenant);
                // "the latest LinkedIn signups": a recency said in this part dates the signups when nothing else takes it.
                // "Since July 2025, which devs have we hired?": a date said apart dates the hires the part names.
                var node = WithDateFacet(state, WithExtras(state, grounded, inPart, null), ownWindow ?? recencyHere ?? state.WindowSaidApart, inPart, apart: ownWindow is null && recencyHere is null);
                if ((ClauseOfUnusedQuantity(part, inPart, node, context) ?? NumberOfNamedFacet(part, inPart, node, context)) is var (before, clause))
                {
                    // "joined in FY25 with not more than ten licences": the number the reading left out starts a condition of its own.
                    return await PlanBothAsync(state, (before, sharedWindow), (clause, sharedWindow), cancellationToken).ConfigureAwait(false);
                }

                return node;
            }
        }

        if (inPart.Money.Count == 0 && inPart.Numbers.Count == 0 && inPart.Frequencies.Count == 0
            && FlagFacetMatcher.Find(tenant, phrase) is { } flag)
        {
            state.Audit.Add(new AuditEntry("map", $"\"{phrase}\" says an event happened: {flag.Id}", 0));
            var condition = new SegmentCondition { SourceText = part.Text, Facet = flag.Id, Operator = ConditionOperator.IsTrue, Confidence = 0.7 };
            return WithExtras(state, WithWindow(condition, window ?? state.RecencyWindow, tenant), inPart, null);
        }

        if (inPart.Money.Count == 0 && inPart.Numbers.Count == 0 && inPart.Frequencies.Count == 0
            && retrieval.Candidates.FirstOrDefault() is { IsAcceptable: true } top && tenant.Catalog.Find(top.FacetId) is { Type: FacetType.Number or FacetType.Money } measured
            && AnyEventFlag(tenant, measured) is { } anyEvent)
        {
            // "customers with an order in the last 30 days", "without an order": nothing to compare a count or a total
            // with, so any of those events at all.
            state.Audit.Add(new AuditEntry("map", $"\"{part.Text}\" gives {measured.Name} no number: any event, {anyEvent.Id}", 0));
            var condition = new SegmentCondition { SourceText = part.Text, Facet = anyEvent.Id, Operator = ConditionOperator.IsTrue, Confidence = top.Confidence };
            return WithExtras(state, WithWindow(condition, window ?? state.RecencyWindow, tenant), inPart, null);
        }

        state.Question = FacetQuestion(part.Text, retrieval.Candidates, MaxOptions(state.Context));
        return null;
    }

    // "opened a seed round": retrieval scores Deal Round Engaged and Deal Round (Created) alike on "seed round";
    // "opened" is said only in the description of the second, so it takes the first one's place.
    private static void PreferTwinTheWordsName(PlanState state, List<FacetCandidate> candidates, string phrase, PartEntities inPart)
    {
        var catalog = state.Context.Tenant.Catalog;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (catalog.Find(candidates[i].FacetId) is not { } first)
            {
                continue;
            }

            for (var j = i + 1; j < candidates.Count && candidates[j].Confidence >= candidates[i].Confidence - TwinFacets.Margin; j++)
            {
                if (catalog.Find(candidates[j].FacetId) is { } twin && TwinFacets.AreTwins(first, twin)
                    && (TwinFacets.WordsFavour(twin, first, phrase) || OnEventsOfNamedValue(twin, first, inPart, catalog)))
                {
                    state.Audit.Add(new AuditEntry("map", $"\"{phrase}\" names {twin.Id} rather than {first.Id}, which lists the same values", 0));
                    (candidates[i], candidates[j]) = (candidates[j], candidates[i]);
                    break;
                }
            }
        }
    }

    // "admin rights on identity or security tools": "admin" is a licence's tier, so the categories are the licence's
    // app categories rather than those of the apps opened. A word that also names the people ("in Finance") says nothing.
    private static bool OnEventsOfNamedValue(Facet twin, Facet first, PartEntities inPart, FacetCatalog catalog) =>
        twin.Sql.Source is { } source && first.Sql.Source is { } firstSource && !SameEvents.Share(firstSource, source)
        && inPart.Facets.Where(m => !m.Meanings.Any(x => x.FacetId == twin.Id || x.FacetId == first.Id || catalog.Find(x.FacetId)?.Kind == FacetKind.Attribute)).SelectMany(m => m.Meanings)
            .Any(x => x.Kind is LexiconTermKind.Value or LexiconTermKind.ValueSynonym && x.Value is not null
            && catalog.Find(x.FacetId) is { Sql.Source: { } other } && SameEvents.Share(other, source) && !SameEvents.Share(other, firstSource));

    private async Task<SegmentCondition?> BuildConditionAsync(
        PlanState state, SubSegment part, string phrase, Facet facet, FacetCandidate candidate, PartEntities inPart, Frequency? vagueFrequency, TimeWindow? window, CancellationToken cancellationToken)
    {
        var context = state.Context;
        var confidence = Math.Clamp(candidate.Confidence, 0, 1);
        var baseCondition = new SegmentCondition { SourceText = part.Text, Facet = facet.Id, Operator = ConditionOperator.In, Confidence = confidence };
        var frequency = inPart.Frequencies.FirstOrDefault()?.Frequency ?? vagueFrequency;
        switch (facet.Type)
        {
            case FacetType.List:
            {
                var valueRetrieval = await _retriever.RetrieveValuesAsync(context.Tenant, facet.Id, phrase.Length > 0 ? phrase : part.Text, cancellationToken).ConfigureAwait(false);
                var valueThreshold = Parameter(context, "value_acceptance_threshold", 0.7);
                var accepted = valueRetrieval.Values.Where(v => v.Score >= valueThreshold).ToList();
                if (accepted.Count == 0 && phrase != part.Text && inPart.Numbers.Count > 0)
                {
                    // Numbers can be the value itself ("companies with 11 to 50 employees" → 11-50).
                    valueRetrieval = await _retriever.RetrieveValuesAsync(context.Tenant, facet.Id, part.Text, cancellationToken).ConfigureAwait(false);
                    accepted = valueRetrieval.Values.Where(v => v.Score >= valueThreshold).ToList();
                }
                if (accepted.Count == 0 && candidate.MatchedValue is { } matched && facet.FindValue(matched) is { } known)
                {
                    accepted = [new ValueCandidate(known.Value, known.Label, confidence, true, matched)];
                }

                if (accepted.Count == 0 && inPart.Facets.Where(IsCapitalCode).SelectMany(m => m.Meanings.Where(x => x.FacetId == facet.Id && x.Value is not null).Select(x => (m.Text, x.Value!)))
                        .FirstOrDefault() is ({ } said, { } value) && facet.FindValue(value) is { } exact)
                {
                    // A capital code the user named exactly ("IT") that similarity search cannot score in so few letters.
                    accepted = [new ValueCandidate(exact.Value, exact.Label, confidence, true, said)];
                }

                if (inPart.Numbers.Select(q => NumericBands.Read(q, context.Perception.CorrectedText, context.Tenant)).FirstOrDefault(b => b?.Facet.Id == facet.Id) is var (_, bands)
                    && !accepted.Any(v => inPart.Facets.Any(m => m.Meanings.Any(x => x.FacetId == facet.Id && string.Equals(x.Value, v.Value, StringComparison.Ordinal)))))
                {
                    // "customers aged under 35", "widen the age to 25-44": the bands the numbers bound, not a value guessed from the other words.
                    accepted = bands.Select(b => new ValueCandidate(b, facet.FindValue(b)?.Label ?? b, confidence, true, b)).ToList();
                }

                if (WordStems.Words(phrase.Length > 0 ? phrase : part.Text).All(w => GroupNouns.Contains(w.Word)))
                {
                    // "swap Zoom for Teams": a word for any group of people names no value ("data team") by itself.
                    accepted = [];
                }

                if (facet.Kind == FacetKind.Attribute && Absence(facet) is { } absent && !NamesValue(inPart, facet.Id, absent.Value)
                    && (accepted.Count == 0 || accepted.Any(v => v.Value == absent.Value)) && facet.Operators.Contains(ConditionOperator.NotIn))
                {
                    // "with a rewards tier", "enrolled in Acme Rewards": "no tier" scores close only by sharing the facet's
                    // words. Said without a negation of their own, the words name membership: any value but None.
                    accepted = accepted.Where(v => v.Value != absent.Value).ToList();
                    if (accepted.Count == 0)
                    {
                        state.Audit.Add(new AuditEntry("map", $"\"{part.Text}\" names no {facet.Name} value: any but {absent.Label}", 0));
                        return baseCondition with { Operator = ConditionOperator.NotIn, Values = [absent.Value] };
                    }
                }

                if (accepted.Count == 0 && (part.ObjectBefore || ElidedObject().IsMatch(WithoutDates(part, context.Perception.Entities)))
                    && AnyEventFlag(context.Tenant, facet) is { } anyEvent)
                {
                    // "a Salesforce licence they haven't opened", "… but hasn't used it": the clause says the event; what it
                    // was of is named before.
                    return baseCondition with { Facet = anyEvent.Id, Operator = ConditionOperator.IsTrue };
                }

                if (accepted.Count == 0 && facet.Kind == FacetKind.Event && inPart.Numbers.Count == 0 && inPart.Money.Count == 0
                    && AnyOfTheEvents(context.Tenant, facet, WithoutDates(part, context.Perception.Entities)) is { } counted)
                {
                    // "employees who have a license", "without any licence": no value named, so any of those events at all,
                    // said as the catalog's yes/no for them where it has one ("opened an app" → Accessed Any App).
                    if (AnyEventFlag(context.Tenant, facet) is { } flagged)
                    {
                        state.Audit.Add(new AuditEntry("map", $"\"{part.Text}\" names no {facet.Name} value: any of them, {flagged.Id}", 0));
                        return baseCondition with { Facet = flagged.Id, Operator = ConditionOperator.IsTrue };
                    }

                    state.Audit.Add(new AuditEntry("map", $"\"{part.Text}\" names no {facet.Name} value: any of them, {counted.Id} at least 1", 0));
                    return baseCondition with { Facet = counted.Id, Operator = ConditionOperator.Gte, Values = ["1"] };
                }

                if (accepted.Count == 0)
                {
                    return null;
                }

                var values = TopTies(accepted);
                var namedValues = inPart.Facets.SelectMany(m => m.Meanings).Where(x => x.FacetId == facet.Id && x.Value is not null).Select(x => x.Value!).ToHashSet(StringComparer.Ordinal);
                if (namedValues.Count > 0 && values.Count > namedValues.Count && namedValues.All(n => values.Any(v => v.Value == n)))
                {
                    // "a pre-seed round": the value the words name, not every value that scores as close ("seed").
                    values = values.Where(v => namedValues.Contains(v.Value)).ToList();
                }

                var condition = baseCondition with { Values = values.Select(v => v.Value).ToList(), Confidence = Math.Min(confidence, values.Min(v => v.Score)) };
                if (facet.Kind == FacetKind.Event && OtherThanTheValues(context, facet, condition.Values, inPart, part.Text) is { } elsewhere)
                {
                    // "signed in from outside London": a sign-in whose city was another one, not no sign-in from London.
                    state.Audit.Add(new AuditEntry("map", $"\"{part.Text}\" → {elsewhere.Facet} with {facet.Id} other than [{string.Join(", ", condition.Values)}] on the same event", 0));
                    return elsewhere;
                }

                if (facet.Kind == FacetKind.Event)
                {
                    // "three or more orders through the website": a count of the events with those values;
                    // "a pickup order with 6 or more items in it": a measure of one of those events.
                    if (frequency is null && Counted(inPart, context) is { } number && RowMeasureFilter(context.Tenant, facet, number, context.Perception.CorrectedText, part.Text) is { } measured)
                    {
                        condition = WithFilter(condition, measured);
                    }
                    else
                    {
                        condition = condition with { Frequency = frequency ?? (inPart.Money.Count == 0 ? CountFrequency(Counted(inPart, context)) : null) };
                    }

                    if (inPart.Money.FirstOrDefault() is { } amount && facet.Sql.Amount is not null)
                    {
                        condition = RowAmountFilter(context.Tenant, facet, amount, part.Text) is { } perEvent
                            ? WithFilter(condition, perEvent)
                            : condition with { Aggregate = Threshold(amount) };
                    }
                }

                return condition;
            }

            case FacetType.Boolean:
            {
                if (facet.Kind == FacetKind.Event && inPart.Money.Count == 0 && inPart.Numbers.FirstOrDefault() is { Value: 0, UpperValue: null } zero
                    && zero.Comparison is null or ConditionOperator.Eq or ConditionOperator.Lte && facet.Operators.Contains(ConditionOperator.IsFalse))
                {
                    // "zero app activity", "0 sign-ins": none of the events at all.
                    state.CoveredWords.Add(zero.Text);
                    return baseCondition with { Operator = ConditionOperator.IsFalse };
                }

                // "drafted two or more term sheets", "revised offers more than a dozen times": a count of the flagged events,
                // through the facet that counts exactly those events when the catalog has one.
                if (frequency is null && facet.Kind == FacetKind.Event && inPart.Money.Count == 0 && inPart.Numbers.FirstOrDefault() is { } count
                    && CountTwin(context.Tenant, facet) is { } twin)
                {
                    var op = count.UpperValue is not null ? ConditionOperator.Between : count.Comparison ?? ConditionOperator.Gte;
                    if (twin.Operators.Contains(op))
                    {
                        state.Audit.Add(new AuditEntry("map", $"\"{count.Text}\" counts {facet.Id} events: {twin.Id}", 0));
                        return baseCondition with
                        {
                            Facet = twin.Id,
                            Operator = op,
                            Values = count.UpperValue is { } upper ? [Invariant(count.Value), Invariant(upper)] : [Invariant(count.Value)],
                        };
                    }
                }

                // "dropped off at least twice in the past week": a count over the window, through the facet that counts those events.
                if (frequency is { Per: FrequencyPeriod.Window } counted && facet.Kind == FacetKind.Event && inPart.Money.Count == 0
                    && CountTwin(context.Tenant, facet) is { } counter)
                {
                    var op = counted.Comparison switch { FrequencyComparison.AtMost => ConditionOperator.Lte, FrequencyComparison.Exactly => ConditionOperator.Eq, _ => ConditionOperator.Gte };
                    if (counter.Operators.Contains(op))
                    {
                        state.Audit.Add(new AuditEntry("map", $"\"{counted.Expression}\" counts {facet.Id} events: {counter.Id}", 0));
                        return baseCondition with { Facet = counter.Id, Operator = op, Values = [counted.Count.ToString(CultureInfo.InvariantCulture)] };
                    }
                }

                frequency ??= facet.Kind == FacetKind.Event && inPart.Money.Count == 0 ? CountFrequency(Counted(inPart, context)) : null;
                var side = inPart.Facets.FirstOrDefault(m => m.Meanings.Any(x => x.FacetId == facet.Id)) is { } named ? YesOrNo(facet, named) : ConditionOperator.IsTrue;
                if (side == ConditionOperator.IsTrue && facet.Kind == FacetKind.Attribute && facet.Operators.Contains(ConditionOperator.IsFalse) && SwitchedOff().IsMatch(part.Text))
                {
                    // "have push notifications turned off": a setting said to be off is the flag's "no".
                    side = ConditionOperator.IsFalse;
                    state.CoveredWords.Add("off");
                }

                var condition = baseCondition with { Operator = side, Frequency = facet.Kind == FacetKind.Event && side == ConditionOperator.IsTrue ? frequency : null };
                if (facet.Kind == FacetKind.Event && inPart.Money.FirstOrDefault() is { } amount && facet.Sql.Amount is not null)
                {
                    condition = RowAmountFilter(context.Tenant, facet, amount, part.Text) is { } perEvent
                        ? WithFilter(condition, perEvent)
                        : condition with { Aggregate = Threshold(amount) };
                }

                return condition;
            }

            case FacetType.Money:
            case FacetType.Number:
            {
                if (PerEventTwin(context.Tenant, facet, part.Text) is { } largest)
                {
                    // "12 or more items on a single trip": the most in one order, not the total over the period.
                    state.Audit.Add(new AuditEntry("map", $"\"{part.Text}\" is one event: {largest.Id} rather than {facet.Id}", 0));
                    facet = largest;
                    baseCondition = baseCondition with { Facet = largest.Id };
                }

                var quantity = facet.Type == FacetType.Money ? inPart.Money.FirstOrDefault() ?? inPart.Numbers.FirstOrDefault() : Counted(inPart, context) ?? inPart.Money.FirstOrDefault();
                if (quantity is not null)
                {
                    // "a household size of 1", "companies with 50 staff": a number said of the people themselves is
                    // that number; counts of what they did stay "at least".
                    var op = quantity.UpperValue is not null ? ConditionOperator.Between
                        : quantity.Comparison ?? (facet.Kind == FacetKind.Attribute && facet.Operators.Contains(ConditionOperator.Eq) ? ConditionOperator.Eq : ConditionOperator.Gte);
                    if (!facet.Operators.Contains(op))
                    {
                        return null;
                    }

                    var factor = DurationUnits.Factor(facet.Unit, quantity, context.Perception.CorrectedText);
                    if (factor != 1)
                    {
                        state.CoveredWords.Add(quantity.Text);
                    }

                    IReadOnlyList<string> values = op == ConditionOperator.Between
                        ? [Invariant(quantity.Value * factor), Invariant(quantity.UpperValue!.Value * factor)]
                        : [Invariant(quantity.Value * factor)];
                    return baseCondition with { Operator = op, Values = values };
                }

                if (frequency is not null && facet.Operators.Contains(ConditionOperator.Gte))
                {
                    // A rate is a count over the window: "at least once a week over the last 30 days" is at least 5 logins.
                    var days = window?.Days ?? context.Tenant.Config.Dates.DefaultFrequencyWindowDays;
                    var required = frequency.RequiredEvents(days);
                    var op = frequency.Comparison switch
                    {
                        FrequencyComparison.AtMost when facet.Operators.Contains(ConditionOperator.Lte) => ConditionOperator.Lte,
                        FrequencyComparison.Exactly when facet.Operators.Contains(ConditionOperator.Eq) => ConditionOperator.Eq,
                        _ => ConditionOperator.Gte,
                    };
                    if (frequency.Per != FrequencyPeriod.Window)
                    {
                        state.Assumptions.Add($"\"{frequency.Expression ?? part.Text}\" over {days} days is {(op == ConditionOperator.Lte ? "at most" : op == ConditionOperator.Eq ? "exactly" : "at least")} {required} {facet.Unit ?? "events"}.");
                    }

                    // The count was worked out over the frequency window, so the condition reads that window too.
                    var counted = window is null && facet.Kind == FacetKind.Event && baseCondition.Window is null
                        ? TimeWindow.Trailing(days, context.AsOf, $"the last {days} days")
                        : baseCondition.Window;
                    return baseCondition with { Operator = op, Values = [Invariant(required)], Window = counted };
                }

                if (facet.Kind == FacetKind.Attribute && facet.Type == FacetType.Number && facet.Operators.Contains(ConditionOperator.Gte))
                {
                    // A 0–1 score named without a number ("likely to churn"): a high score is assumed and said.
                    var low = LowCue().IsMatch(part.Text);
                    var threshold = low ? ScoreLow : ScoreHigh;

                    // "high", "low", "unlikely" are what chose the threshold.
                    state.CoveredWords.AddRange(["high", "higher", "highest", "strong", "very", .. LowCue().Matches(part.Text).Select(m => m.Value)]);
                    state.Assumptions.Add($"\"{part.Text}\": no threshold was given, so I used {facet.Name} {(low ? "at most" : "at least")} {threshold.ToString("0.0", CultureInfo.InvariantCulture)} on its 0–1 scale.");
                    return baseCondition with
                    {
                        Operator = low ? ConditionOperator.Lte : ConditionOperator.Gte,
                        Values = [threshold.ToString("0.0", CultureInfo.InvariantCulture)],
                        Grounding = Grounding.Inferred,
                        Confidence = Math.Min(confidence, 0.75),
                    };
                }

                return null;
            }

            case FacetType.Date when YearBoundary().Match(part.Text) is { Success: true } boundary:
                // "hired before 2020" / "since 2024": a bare year after before/after/since is the year's first day.
                return baseCondition with
                {
                    Operator = boundary.Groups[1].Value.Equals("before", StringComparison.OrdinalIgnoreCase) ? ConditionOperator.Before : ConditionOperator.After,
                    Values = [$"{boundary.Groups[2].Value}-01-01"],
                };

            case FacetType.Date when inPart.Dates.All(d => d.Resolution.Window is null) && window is not null:
                // "joined recently" once "recently" is settled: the window comes from the vague term or the request.
                return baseCondition with { Operator = ConditionOperator.Within, Window = window };

            case FacetType.Date:
                // "hired since black friday" is hired from then until today: the window the date already reads.
                return inPart.Dates.FirstOrDefault(d => d.Resolution.Window is not null) is { Resolution.Window: { } dateWindow } mention
                    ? BeforeAfterCue().Match(part.Text) is { Success: true } cue && !cue.Value.StartsWith("since", StringComparison.OrdinalIgnoreCase)
                        ? baseCondition with
                        {
                            Operator = cue.Value.StartsWith("before", StringComparison.OrdinalIgnoreCase) ? ConditionOperator.Before : ConditionOperator.After,
                            Values = [dateWindow.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                        }
                        : baseCondition with { Operator = ConditionOperator.Within, Window = new TimeWindow { Start = dateWindow.Start, End = dateWindow.End, Expression = mention.Text } }
                    : null;

            default:
                return null;
        }
    }

    private async Task<VagueTermOption?> ResolveVagueAsync(PlanState state, VagueTerm term, string phrase, CancellationToken cancellationToken)
    {
        var context = state.Context;
        var options = term.Options.Select(o => o.ToOption()).ToList();
        var request = new AmbiguityRequest
        {
            Slot = new AmbiguitySlot(term.Kind),
            Question = term.Question.Replace("{phrase}", phrase, StringComparison.Ordinal),
            Options = options,
            TenantDefault = term.DefaultOptionId is { } id ? options.FirstOrDefault(o => o.Id == id) : null,
            MaxOptions = MaxOptions(context),
            InferenceThreshold = context.Skill.Parameters.ContainsKey("inference_confidence_threshold") ? Parameter(context, "inference_confidence_threshold", 0.8) : null,
        };
        var decision = await _resolver.DecideAsync(context.Ambiguities, context.Tenant.Id, context.UserId, request, cancellationToken).ConfigureAwait(false);
        if (decision.NeedsQuestion)
        {
            state.Question = decision;
            return null;
        }

        state.Resolved.Add(decision);
        if (decision.Assumption is { } assumption && decision.Action != AmbiguityAction.UseSessionAnswer)
        {
            state.Assumptions.Add(assumption);
        }

        return term.Options.First(o => o.Id == decision.Resolution!.Value);
    }

    private async Task<TimeWindow?> ResolveDateAsync(PlanState state, DateMention mention, CancellationToken cancellationToken)
    {
        var context = state.Context;
        var options = mention.Resolution.Candidates.Take(MaxOptions(context))
            .Select(c => new AmbiguityOption(c.Window.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".." + c.Window.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Label, c.Window.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "|" + c.Window.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToList();
        var request = new AmbiguityRequest
        {
            Slot = new AmbiguitySlot("date_choice", mention.Text.ToLowerInvariant()),
            Question = mention.Resolution.Note is { } note ? $"Which period do you mean by \"{mention.Text}\"? {note}" : $"Which period do you mean by \"{mention.Text}\"?",
            Options = options,
            MaxOptions = MaxOptions(context),
        };
        var decision = await _resolver.DecideAsync(context.Ambiguities, context.Tenant.Id, context.UserId, request, cancellationToken).ConfigureAwait(false);
        if (decision.NeedsQuestion || decision.Resolution is null)
        {
            state.Question = decision;
            return null;
        }

        state.Resolved.Add(decision);
        var bounds = decision.Resolution.Value.Split('|');
        return new TimeWindow
        {
            Start = DateOnly.ParseExact(bounds[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            End = DateOnly.ParseExact(bounds[1], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Expression = $"{mention.Text} ({decision.Resolution.Label})",
        };
    }

    // A part can name more than one thing without a connective ("electronics buyers in Texas"): catalog values
    // it mentions that belong to another facet than the one mapped become conditions of their own, ANDed.
    private static SegmentNode WithExtras(PlanState state, SegmentCondition main, PartEntities inPart, FacetMention? consumed)
    {
        var extras = new List<SegmentNode>();
        main = CollectExtras(state, main, inPart, consumed, extras);
        return extras.Count == 0 ? main : new AndNode { Children = [main, .. extras] };
    }

    private static SegmentCondition CollectExtras(PlanState state, SegmentCondition main, PartEntities inPart, FacetMention? consumed, List<SegmentNode> extras)
    {
        var tenant = state.Context.Tenant;
        var listed = new HashSet<FacetMention>(ReferenceEqualityComparer.Instance);
        foreach (var list in state.Lists.Where(l => l.Span.Start >= inPart.Span.Start && l.Span.End <= inPart.Span.End))
        {
            if (tenant.Catalog.Find(list.FacetId) is not { } facet || tenant.WhyFacetIsUnusable(facet) is not null || list.Mentions.Contains(consumed))
            {
                continue;
            }

            listed.UnionWith(list.Mentions);
            main = WithList(state, main, list, facet, inPart, extras);
        }

        foreach (var quantity in inPart.Numbers)
        {
            // "renters under 35": an age (or another banded number) said beside the main condition is a condition of its own.
            if (NumericBands.Read(quantity, state.Context.Perception.CorrectedText, tenant) is var (banded, bands) && banded.Id != main.Facet
                && !extras.OfType<SegmentCondition>().Any(c => c.Facet == banded.Id) && !UsesNumber(main, quantity.Value))
            {
                extras.Add(new SegmentCondition { SourceText = quantity.Text, Facet = banded.Id, Operator = ConditionOperator.In, Values = bands, Confidence = 0.85 });
                state.Audit.Add(new AuditEntry("map", $"also \"{quantity.Text}\" → {banded.Id} [{string.Join(", ", bands)}]", 0));
                state.CoveredWords.Add(quantity.Text);
            }
        }

        foreach (var mention in inPart.Facets)
        {
            if (listed.Contains(mention))
            {
                continue;
            }

            if (inPart.Facets.Any(before => HeadNounMeaning(state.Context.Perception.CorrectedText, before, mention) is not null))
            {
                // "the bangalore office": "office" said which facet "bangalore" is a value of; it is not Productivity apps.
                state.CoveredWords.Add(mention.Text);
                continue;
            }

            if (tenant.Catalog.Find(main.Facet) is { Type: FacetType.Number } && main.Values.Count > 0
                && inPart.Numbers.Any(n => n.Start + n.Length <= mention.Start && state.Context.Perception.CorrectedText[(n.Start + n.Length)..mention.Start].Trim().Length == 0))
            {
                // "usage above 30 events": the word after the number is what was counted, not the Event referral source.
                state.CoveredWords.Add(mention.Text);
                continue;
            }

            if (ReferenceEquals(mention, consumed) || NamesFacet(tenant.Catalog.Find(main.Facet), mention.Text)
                || mention.Meanings.Any(m => m.FacetId == main.Facet && (m.Value is null || main.Values.Contains(m.Value, StringComparer.OrdinalIgnoreCase)))
                || main.SameEvent?.Any(f => mention.Meanings.Any(m => m.FacetId == f.Facet && m.Value is not null && f.Values.Contains(m.Value, StringComparer.OrdinalIgnoreCase))) == true
                || NamesValueOf(tenant.Catalog.Find(main.Facet), main.Values, mention.Text)
                || inPart.Dates.Any(d => new TextSpan(d.Start, d.Length).Overlaps(new TextSpan(mention.Start, mention.Length))))
            {
                continue;
            }

            if (HappenIn(tenant.Catalog.Find(main.Facet), main.Values, mention, tenant))
            {
                // "looked at pet products online": web views happen online; the word is not an order's channel.
                state.CoveredWords.Add(mention.Text);
                continue;
            }

            // "a failed sign-in from London on a phone": a value of the same events ("London") narrows them; it does not
            // describe them.
            if (DescribesEvents(state.Context.Perception.CorrectedText, mention, tenant.Catalog.Find(main.Facet), inPart)
                && SameEventMeaning(tenant, mention, tenant.Catalog.Find(main.Facet)) is null)
            {
                state.CoveredWords.Add(mention.Text);
                continue;
            }

            var mainFacetOfPart = tenant.Catalog.Find(main.Facet);
            if (FlagMeaning(tenant, mention) is { } flag && flag.Id != main.Facet && !extras.OfType<SegmentCondition>().Any(c => c.Facet == flag.Id))
            {
                // "pet owners in Ohio or Texas": a yes/no attribute named beside the list is a condition of its own;
                // "renters in Ohio" names its "no" side.
                var side = YesOrNo(flag, mention);
                extras.Add(new SegmentCondition
                {
                    SourceText = mention.Text,
                    Facet = flag.Id,
                    Operator = side,
                    Confidence = Math.Clamp(mention.Score, 0, 1),
                    Window = WindowBeside(flag, main, state),
                });
                state.Audit.Add(new AuditEntry("map", $"also \"{mention.Text}\" → {flag.Id} {SnakeName(side)}", 0));
                continue;
            }

            if (mainFacetOfPart is { Kind: FacetKind.Event, Sql.Source: { } mainEvents }
                && mention.Meanings.Any(x => x.Value is null && tenant.Catalog.Find(x.FacetId) is { Kind: FacetKind.Event, Type: FacetType.Boolean, Sql: { Source: { } flagEvents, Filters.Count: 0 } }
                    && SameEvents.Share(mainEvents, flagEvents)))
            {
                // "sent back a broken item": a damaged-item return is a return; the flag for any return adds nothing.
                state.CoveredWords.Add(mention.Text);
                continue;
            }

            // "dormant employees in Finance": no events to filter, so the word is the employee's own attribute.
            var meaning = inPart.Facets.Select(after => HeadNounMeaning(state.Context.Perception.CorrectedText, mention, after)).FirstOrDefault(m => m is not null)
                ?? (main.Operator == ConditionOperator.IsFalse || SaidOfThePeople(tenant, state.Context.Perception.CorrectedText, mention) ? null : SameEventMeaning(tenant, mention, mainFacetOfPart))
                ?? ExactMeaning(mention);
            if (meaning is not null && tenant.Catalog.Find(meaning.FacetId) is { Kind: FacetKind.Event } first
                && mention.Meanings.FirstOrDefault(x => x.FacetId != first.Id && x.Value == meaning.Value && tenant.Catalog.Find(x.FacetId) is { Kind: FacetKind.Event } twin
                    && TwinFacets.AreTwins(first, twin) && TwinFacets.WordsFavour(twin, first, state.Context.Perception.CorrectedText.Substring(inPart.Span.Start, inPart.Span.Length))) is { } favoured)
            {
                // "founders who launched a Series A": the round they created, not one they worked on; the words say which.
                // Where people live ("buyers in California") is not an event's twin and stays theirs.
                meaning = favoured;
            }

            if (meaning is null || meaning.FacetId == main.Facet || tenant.Catalog.Find(meaning.FacetId) is not { Type: FacetType.List } facet || tenant.WhyFacetIsUnusable(facet) is not null)
            {
                continue;
            }

            if (extras.OfType<SegmentCondition>().Any(c => c.Facet == facet.Id))
            {
                continue;
            }

            if (facet.Kind == FacetKind.Event && mainFacetOfPart?.Kind == FacetKind.Event && facet.Sql.Source?.Table == mainFacetOfPart.Sql.Source?.Table)
            {
                // The same events seen through another facet: a value the user named ("cat food") replaces a list value
                // retrieval guessed for the main facet ("Grocery"); otherwise it narrows which of those events count
                // ("clicked a pets newsletter", "an app order over $75"): a filter on the same event row.
                var namedMain = inPart.Facets.Any(m => m.Meanings.Any(x => x.FacetId == main.Facet && x.Value is not null && main.Values.Contains(x.Value, StringComparer.OrdinalIgnoreCase)));
                if ((mainFacetOfPart.Type == FacetType.List && !namedMain)
                    || (main is { Operator: ConditionOperator.IsTrue, Frequency: null, Aggregate: null, SameEvent: null } && mainFacetOfPart is { Type: FacetType.Boolean, Sql.Filters.Count: 0 }))
                {
                    // "returned something because it didn't fit": a return for that reason is the whole condition, said
                    // in the words of the flag it replaces ("sent back").
                    if (mainFacetOfPart.Type == FacetType.Boolean)
                    {
                        state.CoveredWords.AddRange([mainFacetOfPart.Name, .. mainFacetOfPart.Synonyms]);
                    }

                    main = main with
                    {
                        Facet = facet.Id,
                        Operator = mainFacetOfPart.Type == FacetType.List ? main.Operator : ConditionOperator.In,
                        Values = [meaning.Value!],
                        Confidence = Math.Min(main.Confidence, Math.Clamp(mention.Score, 0, 1)),
                    };
                    state.Audit.Add(new AuditEntry("map", $"\"{mention.Text}\" names {facet.Id} [{meaning.Value}]; it replaces {mainFacetOfPart.Id}", 0));
                }
                else if (SameEvents.Share(facet.Sql.Source!, mainFacetOfPart.Sql.Source!) && !SameEvents.Implies(mainFacetOfPart, facet, [meaning.Value!]))
                {
                    main = WithFilter(main, new EventFilter { Facet = facet.Id, Operator = ConditionOperator.In, Values = [meaning.Value!], SourceText = mention.Text });
                    state.Audit.Add(new AuditEntry("map", $"\"{mention.Text}\" → {facet.Id} [{meaning.Value}] on the same event as {main.Facet}", 0));
                }

                continue;
            }

            if (main is { Operator: ConditionOperator.IsTrue, Frequency: null, Aggregate: null, SameEvent: null } && mainFacetOfPart is { Kind: FacetKind.Event, Type: FacetType.Boolean, Sql.Filters.Count: 0, Sql.Source: { } anyEvent }
                && facet is { Kind: FacetKind.Event, Sql.Source: { } valueEvents } && SameEvents.SameIdentity(anyEvent, valueEvents))
            {
                // "bought barbecues": buying Grills is a purchase; "made a purchase" beside it adds nothing.
                main = main with { Facet = facet.Id, Operator = ConditionOperator.In, Values = [meaning.Value!], Confidence = Math.Min(main.Confidence, Math.Clamp(mention.Score, 0, 1)) };
                state.Audit.Add(new AuditEntry("map", $"\"{mention.Text}\" names what {mainFacetOfPart.Id} was → {facet.Id} [{meaning.Value}]", 0));
                continue;
            }

            // "heavy Jira users in Product Management": the rate belongs to the events, not to the department.
            var rate = facet.Kind == FacetKind.Event && mainFacetOfPart?.Kind != FacetKind.Event ? state.PartFrequency : null;
            extras.Add(new SegmentCondition
            {
                SourceText = mention.Text,
                Facet = facet.Id,
                Operator = ConditionOperator.In,
                Values = [meaning.Value!],
                Confidence = Math.Clamp(mention.Score, 0, 1),
                Window = facet.Kind == FacetKind.Event
                    ? WindowBeside(facet, main, state) ?? (rate is not null ? TimeWindow.Trailing(tenant.Config.Dates.DefaultFrequencyWindowDays, state.Context.AsOf, $"the last {tenant.Config.Dates.DefaultFrequencyWindowDays} days") : null)
                    : null,
                Frequency = rate,
            });
            state.Audit.Add(new AuditEntry("map", $"also \"{mention.Text}\" → {facet.Id} [{meaning.Value}]", 0));
        }

        return WithEventVerbs(state, main, inPart);
    }

    // "clicked a pets newsletter": the theme facet reads opens and clicks; the verb says which of those events count.
    // A flag facet on the same events whose fixed filters are a narrower choice on the same column, named by its verb
    // ("Clicked an Email" → click, clicks, clicked, clicking), becomes a filter on the same event. A flag on a column the
    // main facet does not filter, whose whole name the words say, narrows it the same way.
    private static SegmentCondition WithEventVerbs(PlanState state, SegmentCondition main, PartEntities inPart)
    {
        var tenant = state.Context.Tenant;
        if (tenant.Catalog.Find(main.Facet) is not { Kind: FacetKind.Event, Sql.Source: { } source } mainFacet)
        {
            return main;
        }

        var words = state.Context.Perception.CorrectedText.Substring(inPart.Span.Start, inPart.Span.Length);
        var named = new List<Facet>();
        foreach (var flag in tenant.Catalog.Facets)
        {
            if (flag is not { Kind: FacetKind.Event, Type: FacetType.Boolean, Sql.Source: { } other } || flag.Id == main.Facet || !SameEvents.Share(source, other)
                || tenant.WhyFacetIsUnusable(flag) is not null || main.SameEvent?.Any(f => f.Facet == flag.Id) == true || flag.Sql.Filters.Count == 0)
            {
                continue;
            }

            var narrower = mainFacet.Sql.Filters.Count > 0 && flag.Sql.Filters.All(f => mainFacet.Sql.Filters.Any(m => m.Column == f.Column
                && f.Values.All(v => m.Values.Contains(v, StringComparer.Ordinal)) && f.Values.Count < m.Values.Count));
            var verb = flag.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].ToLowerInvariant();
            if (narrower && verb.EndsWith("ed", StringComparison.Ordinal) && verb.Length >= 5
                && Regex.IsMatch(words, $@"\b{Regex.Escape(verb[..^2])}(?:ed|s|ing)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            {
                main = WithFilter(main, new EventFilter { Facet = flag.Id, Operator = ConditionOperator.IsTrue, SourceText = verb[..^2] });
                state.Audit.Add(new AuditEntry("map", $"\"{verb[..^2]}\" → {flag.Id} on the same event as {main.Facet}", 0));
            }
            else if (flag.Sql.Filters.All(f => f.Column != mainFacet.Sql.Match && !mainFacet.Sql.Filters.Any(m => m.Column == f.Column))
                && FlagFacetMatcher.IsNamedIn(flag, words))
            {
                if (FlagFacetMatcher.IsNamedIn(flag, mainFacet.Name))
                {
                    // "logged in from a tablet": the Sign-in Device facet already reads sign-ins; the verb adds nothing.
                    state.CoveredWords.AddRange([flag.Name, .. flag.Synonyms]);
                }
                else
                {
                    named.Add(flag);
                }
            }
        }

        return named.Count > 0 ? WithNamedEvents(state, main, source, named) : WithCountedEventVerb(state, main, mainFacet, source, words);
    }

    // "viewed a Series B deal", "looked at a seed round": the round facet reads every deal event; a count facet of one
    // kind of those events (Deal Views) whose own words say the verb says which events count, as a filter on the
    // event-type list.
    private static SegmentCondition WithCountedEventVerb(PlanState state, SegmentCondition main, Facet mainFacet, EventSource source, string words)
    {
        var tenant = state.Context.Tenant;
        if (mainFacet.Sql.Match is not { } matched)
        {
            return main;
        }

        var said = WordStems.Words(words).Select(w => w.Word.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var own = WordStems.Words(string.Join(' ', [mainFacet.Name, .. mainFacet.Synonyms])).Select(w => w.Word.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var counted in tenant.Catalog.Facets.Where(f => f is { Kind: FacetKind.Event, Type: FacetType.Number, Sql: { Aggregate: AggregateFunction.Count, Filters.Count: 1, Source: { } other } }
            && SameEvents.Share(source, other) && f.Sql.Filters[0].Column != matched && tenant.WhyFacetIsUnusable(f) is null))
        {
            var verb = WordStems.Words(string.Join(' ', [counted.Name, .. counted.Synonyms, .. FacetTexts.DescribedPhrases(counted.Description)]))
                .Select(w => w.Word.ToLowerInvariant())
                .FirstOrDefault(w => w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && said.Contains(w) && !own.Contains(w));
            var filter = counted.Sql.Filters[0];
            if (verb is null || main.SameEvent?.Any(f => tenant.Catalog.Find(f.Facet)?.Sql.Match == filter.Column) == true
                || tenant.Catalog.Facets.FirstOrDefault(f => f is { Kind: FacetKind.Event, Type: FacetType.List } && f.Sql.Match == filter.Column
                    && f.Sql.Source is { } listed && SameEvents.Share(listed, source)) is not { } kinds)
            {
                continue;
            }

            state.Audit.Add(new AuditEntry("map", $"\"{verb}\" → {kinds.Id} [{string.Join(", ", filter.Values)}] on the same event as {main.Facet}", 0));
            return WithFilter(main, new EventFilter { Facet = kinds.Id, Operator = ConditionOperator.In, Values = filter.Values, SourceText = verb });
        }

        return main;
    }

    // "sent offers on seed rounds": the round facet reads every deal event; the flag the words name ("Sent an Offer")
    // says which ones count. Two or more ("accepted or rejected an offer") are one list on the column they filter.
    private static SegmentCondition WithNamedEvents(PlanState state, SegmentCondition main, EventSource source, List<Facet> named)
    {
        if (named.Count == 1)
        {
            state.Audit.Add(new AuditEntry("map", $"\"{named[0].Name}\" → {named[0].Id} on the same event as {main.Facet}", 0));
            return WithFilter(main, new EventFilter { Facet = named[0].Id, Operator = ConditionOperator.IsTrue, SourceText = named[0].Name });
        }

        var column = named[0].Sql.Filters[0].Column;
        if (named.Any(f => f.Sql.Filters.Count != 1 || f.Sql.Filters[0].Column != column)
            || state.Context.Tenant.Catalog.Facets.FirstOrDefault(f => f is { Type: FacetType.List, Kind: FacetKind.Event } && f.Sql.Match == column
                && f.Sql.Source is { } own && SameEvents.Share(own, source)) is not { } list)
        {
            return main;
        }

        var values = named.SelectMany(f => f.Sql.Filters[0].Values).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        state.Audit.Add(new AuditEntry("map", $"{string.Join(" or ", named.Select(f => $"\"{f.Name}\""))} → {list.Id} [{string.Join(", ", values)}] on the same event as {main.Facet}", 0));
        return WithFilter(main, new EventFilter { Facet = list.Id, Operator = ConditionOperator.In, Values = values, SourceText = string.Join(" or ", named.Select(f => f.Name)) });
    }

    // "long", "office", "newsletter": an ordinary English noun or adjective that changes who is in the audience.
    private static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "team", "teams", "people", "staff", "group", "groups", "users", "members", "folks", "employees", "customers", "everyone", "anyone",
    };

    private static bool IsPlainContentWord(string word) =>
        EnglishWords.Contains(word) && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal);

    // A coordinated list is one IN condition: it widens the main condition when it names the main facet (or replaces
    // a value retrieval guessed on the same events), and is a condition of its own otherwise.
    private static SegmentCondition WithList(PlanState state, SegmentCondition main, CoordinatedValues list, Facet facet, PartEntities inPart, List<SegmentNode> extras)
    {
        var tenant = state.Context.Tenant;
        var words = state.Context.Perception.CorrectedText.Substring(list.Span.Start, list.Span.Length);
        var confidence = Math.Clamp(list.Mentions.Min(m => m.Score), 0, 1);
        var mainFacet = tenant.Catalog.Find(main.Facet);
        state.Audit.Add(new AuditEntry("map", $"\"{words}\" → {facet.Id} [{string.Join(", ", list.Values)}] (one list)", 0));
        if (mainFacet is not null && TwinFacets.AreTwins(mainFacet, facet) && main.Operator is ConditionOperator.In or ConditionOperator.NotIn)
        {
            // "an admin seat on our security or identity tools": the list's twin facets are told apart by every word of
            // the part ("seat" is said of licences), not only by the words beside the list.
            var partWords = state.Context.Perception.CorrectedText.Substring(inPart.Span.Start, inPart.Span.Length);
            var twin = TwinFacets.WordsFavour(mainFacet, facet, partWords) || OnEventsOfNamedValue(mainFacet, facet, inPart, tenant.Catalog) ? mainFacet : facet;
            return main with { Facet = twin.Id, Values = list.Values, Confidence = Math.Min(main.Confidence, confidence) };
        }

        if (main.Facet == facet.Id && main.Operator is ConditionOperator.In && mainFacet is not null
            && tenant.Catalog.Facets.FirstOrDefault(f => TwinFacets.AreTwins(facet, f) && tenant.WhyFacetIsUnusable(f) is null && OnEventsOfNamedValue(f, facet, inPart, tenant.Catalog)) is { } onNamedEvents)
        {
            // "given admin rights on Okta or Workday": admin rights are a licence's tier, so the apps are the licences'.
            state.Audit.Add(new AuditEntry("map", $"\"{words}\" → {onNamedEvents.Id}: another value said in the part is of its events", 0));
            return main with { Facet = onNamedEvents.Id, Values = list.Values, Confidence = Math.Min(main.Confidence, confidence) };
        }

        if (main.Facet == facet.Id && main.Operator is ConditionOperator.In or ConditionOperator.NotIn)
        {
            // Values retrieval guessed but the user never named give way to the list.
            var named = main.Values.Where(v => inPart.Facets.Any(m => m.Meanings.Any(x => x.FacetId == main.Facet && string.Equals(x.Value, v, StringComparison.Ordinal))));
            return main with { Values = list.Values.Concat(named).Distinct(StringComparer.Ordinal).ToList(), Confidence = Math.Min(main.Confidence, confidence) };
        }

        if (facet.Kind == FacetKind.Attribute && mainFacet is { Kind: FacetKind.Attribute, Type: FacetType.List } && main.Operator == ConditionOperator.In
            && !inPart.Facets.Any(m => m.Meanings.Any(x => x.FacetId == main.Facet && (x.Kind == LexiconTermKind.Vocabulary || main.Values.Contains(x.Value ?? "", StringComparer.Ordinal))))
            && !BandedByAmount(state, inPart, main.Facet))
        {
            // "live in the south or west": retrieval's guess from the same words ("South Carolina") gives way to what was named.
            state.Audit.Add(new AuditEntry("map", $"{main.Facet} [{string.Join(", ", main.Values)}] was not named; the list is the condition", 0));
            return main with { Facet = facet.Id, Values = list.Values, Confidence = Math.Min(main.Confidence, confidence) };
        }

        if (facet.Kind == FacetKind.Event && mainFacet is { Kind: FacetKind.Event, Type: FacetType.List } && main.Operator == ConditionOperator.In
            && facet.Sql.Source?.Table == mainFacet.Sql.Source?.Table
            && !inPart.Facets.Any(m => !list.Span.Overlaps(new TextSpan(m.Start, m.Length)) && m.Meanings.Any(x => x.FacetId == main.Facet && x.Value is not null && main.Values.Contains(x.Value, StringComparer.Ordinal))))
        {
            return main with { Facet = facet.Id, Values = list.Values, Confidence = Math.Min(main.Confidence, confidence) };
        }

        if (facet.Kind == FacetKind.Event && mainFacet is { Kind: FacetKind.Event, Sql.Source: { } mainSource } && facet.Sql.Source is { } source && SameEvents.Share(mainSource, source))
        {
            return SameEvents.Implies(mainFacet, facet, list.Values) ? main : WithFilter(main, new EventFilter { Facet = facet.Id, Operator = ConditionOperator.In, Values = list.Values, SourceText = words });
        }

        var existing = extras.OfType<SegmentCondition>().FirstOrDefault(c => c.Facet == facet.Id && c.Operator == ConditionOperator.In);
        if (existing is not null)
        {
            extras[extras.IndexOf(existing)] = existing with { Values = existing.Values.Concat(list.Values).Distinct(StringComparer.Ordinal).ToList() };
            return main;
        }

        extras.Add(new SegmentCondition
        {
            SourceText = words,
            Facet = facet.Id,
            Operator = ConditionOperator.In,
            Values = list.Values,
            Confidence = confidence,
            Window = WindowBeside(facet, main, state),
        });
        return main;
    }

    // "engineers hired between March and September": a period said in a part whose conditions read no events belongs to
    // the date attribute the part's words name ("hired" → Hire Date), never dropped.
    private static SegmentNode WithDateFacet(PlanState state, SegmentNode node, TimeWindow? window, PartEntities inPart, bool apart = false)
    {
        var tenant = state.Context.Tenant;
        if (window is null || node.Conditions().Any(c => tenant.Catalog.Find(c.Facet) is { Type: FacetType.Date }))
        {
            return node;
        }

        // "FY25 hires holding more than ten licences": a period right beside a date attribute's word is that date,
        // even in a part that also reads events; elsewhere it goes to the date attribute only when nothing else takes it.
        var text = state.Context.Perception.CorrectedText;
        var beside = inPart.Dates.Select(d => WordStems.Of(string.Join(' ', NearWords(text, d, inPart.Span)))).SelectMany(w => w).ToHashSet(StringComparer.Ordinal);
        var readsEvents = node.Conditions().Any(c => c.Window is not null || tenant.Catalog.Find(c.Facet) is { Kind: FacetKind.Event });

        // A word the part's own events are described by ("deals they created") stays with those events.
        beside.ExceptWith(node.Conditions().Select(c => tenant.Catalog.Find(c.Facet)).OfType<Facet>().Where(f => f.Kind == FacetKind.Event)
            .SelectMany(f => WordStems.Of(string.Join(' ', [f.Name, f.Description, .. f.Synonyms]))));
        var words = readsEvents ? beside : WordStems.Of(text.Substring(inPart.Span.Start, inPart.Span.Length));
        if (apart)
        {
            // A date said in another part dates this one only by a word for the date itself ("hired"), never by the
            // noun for who is meant ("Acme Plus members" are not "members since").
            words.ExceptWith(PeopleNounStems);
        }

        var dateFacet = tenant.Catalog.Facets.FirstOrDefault(f => f is { Kind: FacetKind.Attribute, Type: FacetType.Date } && tenant.WhyFacetIsUnusable(f) is null
            && f.Operators.Contains(ConditionOperator.Within)
            && WordStems.Of(string.Join(' ', [f.Name, .. f.Synonyms])).Any(w => w.Length > 2 && words.Contains(w) && w is not ("dat" or "tim")));
        if (dateFacet is null)
        {
            return node;
        }

        state.Audit.Add(new AuditEntry("map", $"\"{window.Expression}\" → {dateFacet.Id} within", 0));
        var condition = new SegmentCondition { SourceText = window.Expression ?? dateFacet.Name, Facet = dateFacet.Id, Operator = ConditionOperator.Within, Window = window, Confidence = 0.8 };
        node = readsEvents ? WithoutWindow(node, window, tenant, everyFacet: true) : node;
        return node is AndNode and ? and with { Children = [.. and.Children, condition] } : new AndNode { Children = [node, condition] };
    }

    private static readonly HashSet<string> PeopleNounStems = WordStems.Of("people person persons member members customer customers user users employee employees staff shopper shoppers");

    // Up to two words either side of a date, prepositions left out ("hires", "hired", "joined").
    private static IEnumerable<string> NearWords(string text, DateMention date, TextSpan part)
    {
        var before = WordStems.Words(text[part.Start..date.Start]).Select(w => w.Word).Where(w => !DatePrepositions.Contains(w)).TakeLast(2);
        var after = WordStems.Words(text[date.End..part.End]).Select(w => w.Word).Where(w => !DatePrepositions.Contains(w)).Take(2);
        return before.Concat(after);
    }

    private static readonly HashSet<string> DatePrepositions = new(StringComparer.Ordinal) { "in", "of", "the", "from", "during", "since", "before", "after", "on", "at", "between", "and", "who", "that", "were", "was", "are" };

    // The "no" side when the words are one of the facet's antonyms ("renters", "dormant") and it can be asked for.
    private static ConditionOperator YesOrNo(Facet flag, FacetMention mention) =>
        mention.Meanings.Any(m => m.FacetId == flag.Id && m.Kind == LexiconTermKind.FacetAntonym)
        && !mention.Meanings.Any(m => m.FacetId == flag.Id && m.Kind != LexiconTermKind.FacetAntonym)
        && flag.Operators.Contains(ConditionOperator.IsFalse)
            ? ConditionOperator.IsFalse
            : ConditionOperator.IsTrue;

    // The yes/no attribute a mention names by its name or a synonym ("pet owners" → Has Pets), when that is all it names;
    // or the yes/no behaviour it names by an antonym ("dormant lawyers": no activity), which is a state of the people.
    private static Facet? FlagMeaning(Tenant tenant, FacetMention mention) =>
        mention.Meanings.All(m => m.Value is null && m.Kind != LexiconTermKind.Vocabulary && !m.Restricted)
        && mention.Meanings.Select(m => tenant.Catalog.Find(m.FacetId)).Distinct().ToList() is [{ Type: FacetType.Boolean } facet]
        && (facet.Kind == FacetKind.Attribute || mention.Meanings.All(m => m.Kind == LexiconTermKind.FacetAntonym))
        && tenant.WhyFacetIsUnusable(facet) is null
            ? facet
            : null;

    // "jira users in austin": a place said of the people, with an attribute that holds it, is where they are based,
    // not where the events happened (that needs "signed in from austin").
    private static bool SaidOfThePeople(Tenant tenant, string text, FacetMention mention) =>
        PeopleLocative().IsMatch(text[..mention.Start])
        && mention.Meanings.Any(m => m.Value is not null && !m.Restricted && tenant.Catalog.Find(m.FacetId) is { Kind: FacetKind.Attribute, Type: FacetType.List } f
            && tenant.WhyFacetIsUnusable(f) is null);

    // "the bangalore office", "seattle site": a value followed by a word naming one of the facets it is a value of
    // is that facet's value.
    private static LexiconEntry? HeadNounMeaning(string text, FacetMention value, FacetMention noun) =>
        noun.Start > value.End && string.IsNullOrWhiteSpace(text[value.End..noun.Start])
        && noun.Meanings.Where(n => n.Value is null).Select(n => n.FacetId).ToHashSet(StringComparer.Ordinal) is { Count: > 0 } named
            ? value.Meanings.FirstOrDefault(m => m.Value is not null && !m.Restricted && named.Contains(m.FacetId))
            : null;

    // Of the things a word can name, the one on the events the main condition reads comes first: "app" next to
    // "added to their cart" is the browsing device of that cart event, not the channel of an order.
    private static LexiconEntry? SameEventMeaning(Tenant tenant, FacetMention mention, Facet? main) =>
        main is { Kind: FacetKind.Event, Sql.Source: { } source }
            ? mention.Meanings.FirstOrDefault(m => m.Kind is LexiconTermKind.Value or LexiconTermKind.ValueSynonym && m.Value is not null && !m.Restricted && m.FacetId != main.Id
                && tenant.Catalog.Find(m.FacetId) is { Kind: FacetKind.Event, Type: FacetType.List, Sql.Source: { } other } facet
                && tenant.WhyFacetIsUnusable(facet) is null && SameEvents.Share(source, other))
            : null;

    // The money facet over the same events as the facet the words name best, when retrieval ranked it too low to accept.
    private static FacetCandidate? AmountOfNamedEvents(Tenant tenant, FacetRetrieval retrieval, IReadOnlyList<FacetCandidate> named) =>
        named.Count > 0 && tenant.Catalog.Find(named[0].FacetId) is { Kind: FacetKind.Event, Sql.Source: { } events }
            ? retrieval.Candidates.FirstOrDefault(c => tenant.Catalog.Find(c.FacetId) is { Type: FacetType.Money, Kind: FacetKind.Event, Sql.Source: { } other } money
                && SameEvents.Share(events, other) && tenant.WhyFacetIsUnusable(money) is null)
            : null;

    // An event facet said beside the main condition shares its period; a state the catalog reads over all time ("on an
    // admin seat") takes only a period said in the words, not the one a vague term brought ("dormant").
    private static TimeWindow? WindowBeside(Facet facet, SegmentCondition main, PlanState state) =>
        facet.Kind != FacetKind.Event ? null
        : facet.DefaultWindow?.IsAllTime == true ? state.PartWindow
        : main.Window ?? state.PartWindow ?? state.WindowSaidApart;

    private static SegmentCondition WithFilter(SegmentCondition condition, EventFilter filter)
    {
        var filters = condition.SameEvent?.ToList() ?? [];
        var existing = filters.FindIndex(f => f.Facet == filter.Facet && f.Operator == filter.Operator && filter.Operator is ConditionOperator.In or ConditionOperator.NotIn);
        if (existing >= 0)
        {
            filters[existing] = filters[existing] with { Values = filters[existing].Values.Concat(filter.Values).Distinct(StringComparer.Ordinal).ToList() };
        }
        else
        {
            filters.Add(filter);
        }

        return condition with { SameEvent = filters };
    }

    // "an online order over $150": the amount of one event, compared on that event's row through the money facet that
    // reads the same column (the largest single order), not a total over the window.
    // The facet that reads the largest single event of what a summing facet adds up, when the words speak of one event.
    private static Facet? PerEventTwin(Tenant tenant, Facet facet, string partText) =>
        facet is { Kind: FacetKind.Event, Sql: { Aggregate: AggregateFunction.Sum, Measure: { } measure, Source: { } source } }
        && SingleEventCue().IsMatch(partText) && !TotalCue().IsMatch(partText)
            ? tenant.Catalog.Facets.FirstOrDefault(f => f.Type == facet.Type && f is { Kind: FacetKind.Event, Sql: { Aggregate: AggregateFunction.Max, Measure: { } other, Source: { } otherSource } }
                && other == measure && SameEvents.Share(source, otherSource) && tenant.WhyFacetIsUnusable(f) is null)
            : null;

    // "a curbside order with 6 or more items": the number counts what the facet measures on one row (its unit follows
    // the number), not how many such events there were.
    private static EventFilter? RowMeasureFilter(Tenant tenant, Facet facet, QuantityMention number, string text, string partText)
    {
        if (facet.Sql.Source is not { } source || TotalCue().IsMatch(partText) || !SingleEventCue().IsMatch(partText))
        {
            return null;
        }

        var op = number.UpperValue is not null ? ConditionOperator.Between : number.Comparison ?? ConditionOperator.Gte;
        var after = text[Math.Min(number.End, text.Length)..];
        var measure = tenant.Catalog.Facets.FirstOrDefault(f => f is { Kind: FacetKind.Event, Type: FacetType.Number, Unit: { Length: > 2 } unit, Sql: { Source: { } other, Measure: not null, Aggregate: AggregateFunction.Max } }
            && SameEvents.Share(source, other) && f.Operators.Contains(op) && tenant.WhyFacetIsUnusable(f) is null
            && Regex.IsMatch(after, $@"^\s*(?:[\w-]+\s+)?{Regex.Escape(unit)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
        return RowFilter(measure, op, number);
    }

    private static EventFilter? RowAmountFilter(Tenant tenant, Facet facet, QuantityMention amount, string partText) =>
        TotalCue().IsMatch(partText) || !SingleEventCue().IsMatch(partText) ? null : RowAmountFilter(tenant, facet, amount);

    private static EventFilter? RowAmountFilter(Tenant tenant, Facet facet, QuantityMention amount)
    {
        if (facet.Sql.Amount is not { } column || facet.Sql.Source is not { } source)
        {
            return null;
        }

        var op = amount.UpperValue is not null ? ConditionOperator.Between : amount.Comparison ?? ConditionOperator.Gt;
        var money = tenant.Catalog.Facets
            .Where(f => f is { Kind: FacetKind.Event, Type: FacetType.Money, Sql.Source: { } other } && SameEvents.Share(source, other) && SameEvents.RowColumn(f) == column
                && f.Operators.Contains(op) && tenant.WhyFacetIsUnusable(f) is null)
            .OrderByDescending(f => f.Sql.Aggregate == AggregateFunction.Max)
            .FirstOrDefault();
        return RowFilter(money, op, amount);
    }

    private static EventFilter? RowFilter(Facet? facet, ConditionOperator op, QuantityMention quantity) =>
        facet is null
            ? null
            : new EventFilter
            {
                Facet = facet.Id,
                Operator = op,
                Values = quantity.UpperValue is { } upper ? [Invariant(quantity.Value), Invariant(upper)] : [Invariant(quantity.Value)],
                SourceText = quantity.Text,
            };

    // The meaning a mention names most exactly: "cat food" is the category Cat Food before it is a synonym of Pets.
    private static LexiconEntry? ExactMeaning(FacetMention mention)
    {
        var values = mention.Meanings.Where(m => m.Kind is LexiconTermKind.Value or LexiconTermKind.ValueSynonym && m.Value is not null && !m.Restricted).ToList();
        var text = mention.Text.Trim();
        return values.FirstOrDefault(m => string.Equals(m.Label, text, StringComparison.OrdinalIgnoreCase) || string.Equals(m.Value, text, StringComparison.OrdinalIgnoreCase))
            ?? values.FirstOrDefault();
    }

    // "bought a laptop" already says Laptops; the same word is not also the desktop browsing device it is a synonym of.
    private static bool NamesValueOf(Facet? facet, IReadOnlyList<string> values, string text) =>
        facet is not null && WordStems.Of(text) is { Count: > 0 } said
        && values.Select(facet.FindValue).OfType<FacetValue>().Any(v => new[] { v.Value, v.Label }.Concat(v.Synonyms).Any(t => said.SetEquals(WordStems.Of(t))));

    // "earning over 75k": the bands were read from an amount said in the part, so they were named, not guessed.
    private static bool BandedByAmount(PlanState state, PartEntities inPart, string facetId)
    {
        var partText = state.Context.Perception.CorrectedText.Substring(inPart.Span.Start, inPart.Span.Length);
        return inPart.Money.Concat(inPart.Numbers).Any(q => NumericBands.ReadMoney(q, partText, state.Context.Tenant) is var (banded, _) && banded.Id == facetId);
    }

    // The main events' own description says where they happen ("viewed on the website or app", "online browsing"):
    // a word naming another events' value there ("online" of an order's channel) is already true of every such event.
    private static bool HappenIn(Facet? main, IReadOnlyList<string> values, FacetMention mention, Tenant tenant) =>
        main is { Kind: FacetKind.Event, Sql.Source: { } mainEvents }
        && mention.Meanings.All(m => m.FacetId != main.Id && (m.Value is null || !values.Contains(m.Value, StringComparer.OrdinalIgnoreCase)))
        && mention.Meanings.Any(m => m.Value is not null && tenant.Catalog.Find(m.FacetId) is { Kind: FacetKind.Event, Sql.Source: { } other } && other.Table != mainEvents.Table)
        && (ContainsWords(main.Description, mention.Text) || ContainsWords(main.Purpose, mention.Text));

    // "likely to buy electronics" maps to Electronics Affinity; its "electronics" is that facet's own name, not a purchase.
    // Whole words only: "pro" is not part of "provisioned".
    private static bool NamesFacet(Facet? facet, string text) =>
        facet is not null && (ContainsWords(facet.Name, text) || facet.Synonyms.Any(s => ContainsWords(s, text)));

    private static bool ContainsWords(string phrase, string words) =>
        Regex.IsMatch(phrase, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(words)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // One event value with a yes/no facet of its own reads better as that facet ("Sent a Message", not "Activity Type includes Sent a message").
    private static SegmentCondition AsFlag(Tenant tenant, Facet facet, SegmentCondition condition) =>
        condition is { Operator: ConditionOperator.In, Values.Count: 1, SameEvent: null, Aggregate: null }
        && facet is { Kind: FacetKind.Event, Type: FacetType.List }
        && SameEvents.FlagFor(tenant.Catalog, facet, condition.Values[0]) is { } flag && tenant.WhyFacetIsUnusable(flag) is null
            ? condition with { Facet = flag.Id, Operator = ConditionOperator.IsTrue, Values = [] }
            : condition;

    // The number facet that counts the same events a flag facet tests: same source, same fixed filters.
    private static Facet? CountTwin(Tenant tenant, Facet flag) =>
        tenant.Catalog.Facets.FirstOrDefault(f => f is { Kind: FacetKind.Event, Type: FacetType.Number, Sql.Aggregate: AggregateFunction.Count }
            && SameRows(f, flag) && tenant.WhyFacetIsUnusable(f) is null);

    // Two event facets that read exactly the same rows: the same events, narrowed by the same fixed filters.
    private static bool SameRows(Facet one, Facet other) =>
        one.Sql.Source is { } source && other.Sql.Source is { } otherSource && SameEvents.Share(source, otherSource)
        && one.Sql.Filters.Count == other.Sql.Filters.Count
        && one.Sql.Filters.All(x => other.Sql.Filters.Any(y => y.Column == x.Column && y.Values.ToHashSet(StringComparer.Ordinal).SetEquals(x.Values)));

    // "45 or older … bought garden supplies": a number on an age band's edge is the age, not how many purchases.
    // "at least one trip with a dozen or more items": "at least one" says there was such an event; the number after it
    // measures that event.
    private static QuantityMention? Counted(PartEntities inPart, PlanningContext context)
    {
        var text = context.Perception.CorrectedText;
        var counts = inPart.Numbers.Where(q => NumericBands.Read(q, text, context.Tenant) is null).ToList();
        return counts is [var one, var measure, ..] && ThereWasOne(one, measure, text) ? measure : counts.FirstOrDefault();
    }

    private static bool ThereWasOne(PartEntities inPart, PlanningContext context) =>
        inPart.Numbers is [var one, var measure, ..] && ThereWasOne(one, measure, context.Perception.CorrectedText);

    private static bool ThereWasOne(QuantityMention one, QuantityMention measure, string text) =>
        one is { Value: 1, Comparison: null or ConditionOperator.Gte } && measure.Start > one.Start && SingleEventCue().IsMatch(text[one.Start..measure.Start]);

    private static Frequency? CountFrequency(QuantityMention? count) =>
        count is null || count.Value < 1 || count.Value != decimal.Truncate(count.Value) || count.UpperValue is not null
            ? null
            : count.Comparison switch
            {
                ConditionOperator.Gt => new Frequency { Count = (double)count.Value + 1, Expression = count.Text },
                ConditionOperator.Lt => count.Value > 1 ? new Frequency { Count = (double)count.Value - 1, Comparison = FrequencyComparison.AtMost, Expression = count.Text } : null,
                ConditionOperator.Lte => new Frequency { Count = (double)count.Value, Comparison = FrequencyComparison.AtMost, Expression = count.Text },
                ConditionOperator.Eq => new Frequency { Count = (double)count.Value, Comparison = FrequencyComparison.Exactly, Expression = count.Text },
                _ => new Frequency { Count = (double)count.Value, Expression = count.Text },
            };

    private static AggregateThreshold Threshold(QuantityMention amount) =>
        amount.UpperValue is { } upper
            ? new AggregateThreshold { Operator = ConditionOperator.Between, Values = [amount.Value, upper], Expression = amount.Text }
            : new AggregateThreshold { Operator = amount.Comparison ?? ConditionOperator.Gt, Values = [amount.Value], Expression = amount.Text };

    private static IReadOnlyList<ValueCandidate> TopTies(IReadOnlyList<ValueCandidate> values)
    {
        var best = values[0].Score;
        return values.Where(v => v.IsAcceptable && best - v.Score < 1e-9).DefaultIfEmpty(values[0]).ToList();
    }

    private static SegmentCondition WithWindow(SegmentCondition condition, TimeWindow? window, Tenant tenant)
    {
        var facet = tenant.Catalog.Find(condition.Facet);
        return facet?.Kind == FacetKind.Event && condition.Window is null && window is not null ? condition with { Window = window } : condition;
    }

    // "diapers and wipes in the same order": two values of one facet ANDed become one condition whose event also has
    // another line with the second value (the facet's source must know which rows make one event).
    private static SegmentNode OnOneEvent(PlanState state, SegmentNode root)
    {
        if (root is not AndNode and)
        {
            return root;
        }

        var tenant = state.Context.Tenant;
        var children = and.Children.ToList();
        var lists = children.OfType<SegmentCondition>()
            .Where(c => c.Operator == ConditionOperator.In && tenant.Catalog.Find(c.Facet) is { Kind: FacetKind.Event, Type: FacetType.List, Sql.Source.EventId: not null })
            .GroupBy(c => c.Facet)
            .FirstOrDefault(g => g.Count() > 1);
        if (lists is null)
        {
            return root;
        }

        var first = lists.First();
        var merged = lists.Skip(1).Aggregate(first, (condition, other) =>
            condition with
            {
                SameEvent = [.. condition.SameEvent ?? [], new EventFilter { Facet = other.Facet, Operator = ConditionOperator.In, Values = other.Values, SourceText = other.SourceText }],
                Window = condition.Window ?? other.Window,
            });
        state.Audit.Add(new AuditEntry("map", $"{first.Facet}: {string.Join(" and ", lists.Select(c => string.Join("/", c.Values)))} on the same event", 0));
        var rest = children.Where(c => !lists.Contains(c)).ToList();
        return rest.Count == 0 ? merged : and with { Children = [merged, .. rest] };
    }

    // "active on SaaS deals": a one-word synonym right before "on"/"in" and the events the part reads says those events
    // happened; it is not a value of another facet ("active" deals a founder created).
    // A value's own name counts too when said of what people did: "who were active on Datadog" is activity, not the
    // employment status Active ("active staff in Jira" keeps the status).
    private static bool DescribesEvents(string text, FacetMention mention, Facet? main, PartEntities inPart) =>
        main is { Kind: FacetKind.Event } && !mention.Text.Contains(' ', StringComparison.Ordinal)
        && Regex.Match(text[mention.End..], @"^\s+(?:on|in)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant) is { Success: true } preposition
        && (mention.Meanings.Any(m => m.Kind == LexiconTermKind.ValueSynonym)
                && mention.Meanings.All(m => m.Kind is LexiconTermKind.ValueSynonym or LexiconTermKind.FacetSynonym && m.FacetId != main.Id)
            || mention.Meanings.All(m => m.Kind is LexiconTermKind.Value or LexiconTermKind.ValueSynonym && m.FacetId != main.Id)
                && (preposition.Value.Trim().StartsWith("on", StringComparison.OrdinalIgnoreCase) || Predicative().IsMatch(text[..mention.Start])))
        && inPart.Facets.Any(m => m.Start >= mention.End + preposition.Length && m.Start <= mention.End + preposition.Length + 12
            && m.Meanings.Any(x => x.FacetId == main.Id && x.Value is not null));

    // "haven't bought any this fiscal year": the part's words with its dates taken out.
    private static string WithoutDates(SubSegment part, ExtractedEntities entities)
    {
        var text = part.Text;
        foreach (var date in entities.Dates.Where(d => d.Start >= part.Span.Start && d.Start + d.Length <= part.Span.Start + part.Span.Length).OrderByDescending(d => d.Start))
        {
            var at = date.Start - part.Span.Start;
            text = text[..at] + text[(at + date.Length)..];
        }

        return text.Trim();
    }

    private static bool IsCapitalCode(FacetMention mention) =>
        mention.Score >= 1 && mention.Text.Length is >= 2 and <= 4 && mention.Text.All(char.IsAsciiLetterUpper);

    // The words of a part on one side of a vague phrase the tenant settled with a condition, when they say more than filler.
    private static SubSegment? RestBeside(SubSegment part, string phrase, string message)
    {
        var end = part.Span.Start + part.Span.Length;
        var found = Regex.Match(message[part.Span.Start..end], $@"\b{Regex.Escape(phrase)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        if (!found.Success)
        {
            return null;
        }

        var at = part.Span.Start + found.Index;
        var before = new TextSpan(part.Span.Start, at - part.Span.Start);
        var after = new TextSpan(at + found.Length, end - at - found.Length);
        var sides = new[] { before, after }.Where(side => side.Length > 0 && !Meaningless(message.Substring(side.Start, side.Length))).ToList();
        if (sides is not [var side])
        {
            return null;
        }

        var text = message.Substring(side.Start, side.Length);
        var start = side.Start + (text.Length - text.TrimStart().Length);
        var trimmed = text.Trim();
        return part with { Id = part.Id + "b", Text = trimmed, Span = new TextSpan(start, trimmed.Length), Negated = false, JoinedByOr = false };
    }

    // The part cut after a tenant phrase when a number, amount or frequency follows it, or null.
    private static (SubSegment Head, SubSegment Tail)? QuantityAfter(SubSegment part, FacetMention phrase, PartEntities inPart, string message)
    {
        var cut = phrase.Start + phrase.Length;
        var end = part.Span.Start + part.Span.Length;
        if (cut >= end || !inPart.Numbers.Concat(inPart.Money).Select(q => q.Start).Concat(inPart.Frequencies.Select(f => f.Start)).Any(start => start >= cut))
        {
            return null;
        }

        return SplitAt(part, cut, message);
    }

    private static (SubSegment Head, SubSegment Tail) SplitAt(SubSegment part, int cut, string message)
    {
        var end = part.Span.Start + part.Span.Length;
        var headSpan = new TextSpan(part.Span.Start, cut - part.Span.Start);
        var tailText = message[cut..end];
        var tailStart = cut + (tailText.Length - tailText.TrimStart().Length);
        var tailSpan = new TextSpan(tailStart, end - tailStart);
        return (part with { Text = message.Substring(headSpan.Start, headSpan.Length).Trim(), Span = headSpan },
            part with { Id = part.Id + "b", Text = message.Substring(tailSpan.Start, tailSpan.Length).Trim(), Span = tailSpan, Negated = false, JoinedByOr = false });
    }

    // The number facet whose unit is the word after the number ("ten licenses"), the one retrieval ranks first if several.
    private static Facet? UnitAfter(Tenant tenant, FacetRetrieval retrieval, QuantityMention number, string message, string partText)
    {
        var next = WordStems.Words(message[Math.Min(number.End, message.Length)..]).FirstOrDefault().Word;
        if (next is null)
        {
            return null;
        }

        var stem = WordStems.Stem(next);
        // "60 items over the past year" are all the items; the most in one order needs the words for one order.
        var oneEvent = SingleEventCue().IsMatch(partText);
        return tenant.Catalog.Facets
            .Where(f => f is { Type: FacetType.Number, Unit: { } unit } && tenant.WhyFacetIsUnusable(f) is null && WordStems.Words(unit).Count() == 1 && WordStems.Stem(unit) == stem)
            .OrderBy(f => !oneEvent && f.Sql.Aggregate == AggregateFunction.Max)
            .ThenBy(f => retrieval.Candidates.Select(c => c.FacetId).ToList().IndexOf(f.Id) is var rank and >= 0 ? rank : int.MaxValue)
            .FirstOrDefault();
    }

    // A number no condition of the part compares with, after "with" / "who" / "that": the clause from that word on is
    // another condition, when there is something before it to be the first.
    private static (SubSegment Head, SubSegment Tail)? ClauseOfUnusedQuantity(SubSegment part, PartEntities inPart, SegmentNode node, PlanningContext context)
    {
        var message = context.Perception.CorrectedText;
        var unused = inPart.Numbers.Concat(inPart.Money).Where(q => !RequestCoverage.UsesQuantity(node, q)).OrderBy(q => q.Start).FirstOrDefault();
        if (unused is null || inPart.Numbers.Any(q => ThereWasOne(unused, q, message) || ThereWasOne(q, unused, message)))
        {
            return null;
        }

        var before = message[part.Span.Start..unused.Start];
        var lead = ClauseLead().Matches(before).LastOrDefault();
        if (lead is not null && !Meaningless(before[..lead.Index]))
        {
            return SplitAt(part, part.Span.Start + lead.Index, message);
        }

        // "placed no fewer than six orders with an average basket below sixty bucks": the number left out is said
        // before the clause that holds the one used; that clause is the condition read, the rest another.
        var used = inPart.Numbers.Concat(inPart.Money).Where(q => q.Start > unused.End && RequestCoverage.UsesQuantity(node, q)).OrderBy(q => q.Start).FirstOrDefault();
        var between = used is null ? null : ClauseLead().Matches(message[unused.End..used.Start]).FirstOrDefault();
        return between is null || Meaningless(message[part.Span.Start..unused.Start] + " " + message[unused.End..(unused.End + between.Index)])
            ? null
            : SplitAt(part, unused.End + between.Index, message);
    }

    // "households of three or more in Pennsylvania …": a number the reading left out, after a word that names a number
    // facet ("households of"), ends a condition of its own.
    private static (SubSegment Head, SubSegment Tail)? NumberOfNamedFacet(SubSegment part, PartEntities inPart, SegmentNode node, PlanningContext context)
    {
        var message = context.Perception.CorrectedText;
        var end = part.Span.Start + part.Span.Length;
        if (inPart.Numbers.Where(q => !RequestCoverage.UsesQuantity(node, q)).OrderBy(q => q.Start).FirstOrDefault() is not { } unused || unused.End >= end
            || NounOf().Match(message[part.Span.Start..unused.Start]) is not { Success: true } said
            || string.IsNullOrWhiteSpace(message[unused.End..end]))
        {
            return null;
        }

        var noun = WordStems.Stem(said.Groups["noun"].Value.ToLowerInvariant());
        return context.Tenant.Catalog.Facets.Any(f => f.Type == FacetType.Number && context.Tenant.WhyFacetIsUnusable(f) is null
            && WordStems.Of(string.Join(' ', [f.Name, .. f.Synonyms])).Contains(noun))
            ? SplitAt(part, unused.End, message)
            : null;
    }

    // A number the reading left out, said before a participle that leads the quantity it did use ("of five or more
    // earning over 75k"): the participle starts a clause of its own.
    private static (SubSegment Head, SubSegment Tail)? ParticipleClause(SubSegment part, PartEntities inPart, SegmentNode node, PlanningContext context)
    {
        var message = context.Perception.CorrectedText;
        var quantities = inPart.Numbers.Concat(inPart.Money).ToList();
        if (quantities.Where(q => !RequestCoverage.UsesQuantity(node, q)).OrderBy(q => q.Start).FirstOrDefault() is not { } unused
            || quantities.Where(q => q.Start > unused.End && RequestCoverage.UsesQuantity(node, q)).OrderBy(q => q.Start).FirstOrDefault() is not { } used
            || ParticipleWord().Match(message[unused.End..used.Start]) is not { Success: true } participle)
        {
            return null;
        }

        return SplitAt(part, unused.End + participle.Index, message);
    }

    // Values of people's attributes, then "with" / "who" and a counted event or measure ("an engagement score under 0.3"):
    // two conditions, split where the count begins.
    private static (SubSegment Head, SubSegment Tail)? CountedAfterPeople(SubSegment part, PartEntities inPart, Tenant tenant, string message)
    {
        bool IsAttributeValue(FacetMention m) => m.Meanings.Any(x => x.Value is not null && tenant.Catalog.Find(x.FacetId) is { Kind: FacetKind.Attribute });
        var attributes = inPart.Facets.Where(IsAttributeValue).ToList();
        var quantities = inPart.Numbers.Concat(inPart.Money).Select(q => q.Start).Concat(inPart.Frequencies.Select(f => f.Start)).ToList();
        if (attributes.Count == 0 || quantities.Count == 0)
        {
            return null;
        }

        var last = attributes.MaxBy(m => m.Start + m.Length)!;
        var cut = last.Start + last.Length;
        var end = part.Span.Start + part.Span.Length;
        if (cut >= end || quantities.Any(q => q < cut) || CountLead().Match(message[cut..end]) is not { Success: true } lead
            || !(inPart.Frequencies.Any(f => f.Start >= cut)
                || inPart.Facets.Any(m => m.Start >= cut && m.Meanings.Any(x => tenant.Catalog.Find(x.FacetId) is { Kind: FacetKind.Event } or { Type: FacetType.Number or FacetType.Money }))
                || tenant.Catalog.Facets.Any(f => f.Kind == FacetKind.Event && f.Unit is { Length: > 2 } unit
                    && Regex.IsMatch(message[cut..end], $@"\b{Regex.Escape(unit)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))))
        {
            return null;
        }

        // "founders raising more than $10M": an amount after a participle is what the people do, read with them.
        var at = cut + lead.Groups["lead"].Index;
        return inPart.Money.Count > 0 && Participle().IsMatch(message[at..end]) ? null : SplitAt(part, at, message);
    }

    // A facet the words name for sure (a code, a band, a tenant phrase's events) where similarity search has no score for it.
    private static FacetCandidate Named(Facet facet, double confidence) =>
        new(facet.Id, facet.Name, confidence, true, new FacetScores(0, 0, 0, 0, 0), null, null);

    private static bool UsesNumber(SegmentCondition condition, decimal number) =>
        condition.Values.Any(v => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n == number)
        || condition.Aggregate?.Values.Contains(number) == true || condition.Frequency?.Count == (double)number;

    private static bool NamesValueOf(PartEntities inPart, Facet facet) =>
        inPart.Facets.Any(m => m.Meanings.Any(x => x.FacetId == facet.Id && x.Value is not null))
        || inPart.Facets.Any(m => m.Meanings.Any(x => x.Value is not null && x.FacetId != facet.Id && facet.FindValue(x.Value) is not null && facet.Values.Count > 0));

    private static bool NamesValue(PartEntities inPart, string facetId, string? value = null) =>
        inPart.Facets.Any(m => m.Meanings.Any(x => x.FacetId == facetId && x.Value is not null && (value is null || string.Equals(x.Value, value, StringComparison.Ordinal))));

    // The value that says a person has none of what the facet lists (Loyalty Tier "none").
    private static FacetValue? Absence(Facet facet) =>
        facet.Values.FirstOrDefault(v => string.Equals(v.Value, "none", StringComparison.OrdinalIgnoreCase) || string.Equals(v.Label, "none", StringComparison.OrdinalIgnoreCase));

    // "managers in Dublin with a Salesforce licence they haven't opened": the object is what they hold or did, not where
    // they are.
    private static SegmentCondition? HeldList(SegmentNode node, Tenant tenant) =>
        node.Conditions().LastOrDefault(c => c is { Operator: ConditionOperator.In, Values.Count: > 0 } && tenant.Catalog.Find(c.Facet)?.Kind == FacetKind.Event)
        ?? LastList(node);

    private static SegmentCondition? LastList(SegmentNode node) => node switch
    {
        SegmentCondition { Operator: ConditionOperator.In, Values.Count: > 0 } list => list,
        AndNode and => and.Children.Select(LastList).LastOrDefault(c => c is not null),
        _ => null,
    };

    // The list facet that names the values of an earlier condition on the flag's own events (an order and its lines).
    // "from outside London", "other than Zoom": the values follow words that exclude them, said of events the words also
    // name by a flag ("signed in"); that flag's event, with the list's column anything but those values.
    private static SegmentCondition? OtherThanTheValues(PlanningContext context, Facet list, IReadOnlyList<string> values, PartEntities inPart, string words)
    {
        var text = context.Perception.CorrectedText;
        var named = inPart.Facets.Where(m => m.Meanings.Any(x => x.FacetId == list.Id && x.Value is not null && values.Contains(x.Value, StringComparer.Ordinal))).ToList();
        if (named.Count == 0 || !OtherThanBefore().IsMatch(text[..named.Min(m => m.Start)]) || list.Sql.Source is not { } source)
        {
            return null;
        }

        return context.Tenant.Catalog.Facets.FirstOrDefault(f => f is { Kind: FacetKind.Event, Type: FacetType.Boolean, Sql.Source: { } other } && SameEvents.Share(source, other)
            && context.Tenant.WhyFacetIsUnusable(f) is null && FlagFacetMatcher.IsNamedIn(f, words)) is { } flag
            ? new SegmentCondition
            {
                SourceText = words,
                Facet = flag.Id,
                Operator = ConditionOperator.IsTrue,
                Confidence = 0.85,
                SameEvent = [new EventFilter { Facet = list.Id, Operator = ConditionOperator.NotIn, Values = values, SourceText = string.Join(" ", named.Select(m => m.Text)) }],
            }
            : null;
    }

    // The yes/no facet that reads exactly the events a list facet reads ("Accessed Any App" beside "App Accessed").
    private static Facet? AnyEventFlag(Tenant tenant, Facet list) =>
        list.Kind == FacetKind.Event
            ? tenant.Catalog.Facets.FirstOrDefault(f => f is { Kind: FacetKind.Event, Type: FacetType.Boolean } && SameRows(f, list) && tenant.WhyFacetIsUnusable(f) is null)
            : null;

    // The facet that counts every event a list facet reads, when the words say "a", "any" or "one" of what it counts
    // ("a license", "any licence") rather than which.
    private static Facet? AnyOfTheEvents(Tenant tenant, Facet list, string words)
    {
        if (AnyArticle().Match(words) is not { Success: true } any || CountTwin(tenant, list) is not { } count || !count.Operators.Contains(ConditionOperator.Gte))
        {
            return null;
        }

        var noun = WordStems.Stem(any.Groups["noun"].Value.ToLowerInvariant());
        return (count.Unit is { } unit && WordStems.Stem(unit.ToLowerInvariant()) == noun) || WordStems.Of(list.Name).Contains(noun) ? count : null;
    }

    // "opened", "clicked a single one": any event of a kind, said as a yes/no flag or as a count of at least one.
    private static bool AnyEvent(SegmentCondition condition, Tenant tenant) =>
        condition is { SameEvent: null, Aggregate: null }
        && (condition is { Operator: ConditionOperator.IsTrue, Frequency: null or { Count: <= 1, Comparison: FrequencyComparison.AtLeast, Per: FrequencyPeriod.Window } }
            || (condition is { Operator: ConditionOperator.Gte, Values: ["1"], Frequency: null }
                && tenant.Catalog.Find(condition.Facet) is { Kind: FacetKind.Event, Type: FacetType.Number, Sql.Aggregate: AggregateFunction.Count }));

    // A list that reads other kinds of those events ("received" beside "opened") is not the flag's object.
    private static Facet? ListOfSameEvents(SegmentCondition flag, SegmentCondition named, Tenant tenant) =>
        tenant.Catalog.Find(flag.Facet) is { Kind: FacetKind.Event, Sql.Source: { } own } flagFacet
            ? tenant.Catalog.Facets.FirstOrDefault(f => f.Kind == FacetKind.Event && f.Type == FacetType.List && f.Sql.Source is { } other
                && other.EntityKey == own.EntityKey && other.EventId == own.EventId && named.Values.All(v => f.FindValue(v) is not null)
                && f.Sql.Filters.All(mine => flagFacet.Sql.Filters.Where(theirs => theirs.Column == mine.Column).All(theirs => theirs.Values.All(v => mine.Values.Contains(v, StringComparer.Ordinal))))
                && tenant.WhyFacetIsUnusable(f) is null)
            : null;

    // The bare verb's event with the fuller part's same-event filters, when both read the same events.
    private static SegmentCondition? ObjectOf(SegmentCondition verb, SegmentCondition fuller, Tenant tenant)
    {
        if (tenant.Catalog.Find(verb.Facet) is not { Kind: FacetKind.Event, Sql.Source: { } own } || tenant.Catalog.Find(fuller.Facet)?.Sql.Source is not { } other
            || !SameEvents.Share(own, other))
        {
            return null;
        }

        if (fuller.SameEvent!.SingleOrDefault(f => f.Operator == ConditionOperator.IsTrue && tenant.Catalog.Find(f.Facet) is { Type: FacetType.Boolean }) is { } secondVerb
            && tenant.Catalog.Find(verb.Facet)?.Type == FacetType.Boolean)
        {
            // "opened or clicked the pet newsletters": the newsletters with the first verb on their event in place of the second.
            var first = new EventFilter { Facet = verb.Facet, Operator = ConditionOperator.IsTrue, SourceText = verb.SourceText };
            return fuller with { SameEvent = fuller.SameEvent!.Select(f => f == secondVerb ? first : f).ToList(), Window = fuller.Window ?? verb.Window, SourceText = verb.SourceText };
        }

        return fuller.SameEvent!.Where(f => f.Facet != verb.Facet).ToList() is { Count: > 0 } filters
            ? verb with { SameEvent = filters, Window = verb.Window ?? fuller.Window }
            : null;
    }

    // The one condition two verb alternatives on the same events make when, between them, they name every event the
    // facet reads (opens or clicks of Campaign Theme Engaged); null when they still narrow it.
    private static SegmentCondition? EveryEventOf(SegmentCondition first, SegmentCondition second, Tenant tenant)
    {
        bool IsVerb(EventFilter f) => f.Operator == ConditionOperator.IsTrue && tenant.Catalog.Find(f.Facet) is { Type: FacetType.Boolean };
        if (first.Facet != second.Facet || tenant.Catalog.Find(first.Facet) is not { Sql.Filters: { Count: > 0 } kinds }
            || first.SameEvent?.Where(IsVerb).ToList() is not [var one] || second.SameEvent?.Where(IsVerb).ToList() is not [var other]
            || !first.Values.SequenceEqual(second.Values, StringComparer.Ordinal))
        {
            return null;
        }

        var rest = first.SameEvent.Where(f => !IsVerb(f)).ToList();
        if (!rest.SequenceEqual(second.SameEvent!.Where(f => !IsVerb(f))))
        {
            return null;
        }

        var named = new[] { one, other }.Select(f => tenant.Catalog.Find(f.Facet)!).SelectMany(f => f.Sql.Filters).ToList();
        return kinds.All(k => k.Values.All(v => named.Any(n => n.Column == k.Column && n.Values.Contains(v, StringComparer.OrdinalIgnoreCase))))
            ? first with { SameEvent = rest.Count > 0 ? rest : null }
            : null;
    }

    // Where to cut a part said after "or" whose first word names an attribute of the same kind as the alternative before
    // it ("push" of Push Opt-in after SMS Opt-in) and whose other words are something else ("in the south"); null
    // otherwise. Events are left whole: "or clicked the pet newsletters" is one thing done.
    private static int? SiblingSaidFirst(PlanningContext context, SegmentCondition alternative, SubSegment part)
    {
        var words = WordStems.Words(part.Text).ToList();
        if (words.Count < 2 || words[0].Word.Length < 3 || context.Tenant.Catalog.Find(alternative.Facet) is not { Kind: FacetKind.Attribute } before)
        {
            return null;
        }

        var first = WordStems.Stem(words[0].Word);
        var names = (Facet f) => WordStems.Of(string.Join(' ', [f.Name, .. f.Synonyms]));
        var sibling = names(before).Contains(first) ? null
            : context.Tenant.Catalog.Facets.FirstOrDefault(f => f.Id != before.Id && f.Kind == FacetKind.Attribute && SameKind(context.Tenant, before.Id, f.Id) && names(f).Contains(first));
        // "push notifications" is the sibling's own name said whole; only other words ("in the south") are of both.
        return sibling is not null && words.Skip(1).Any(w => !names(sibling).Contains(WordStems.Stem(w.Word)) && !RequestCoverage.IsFiller(w.Word))
            ? part.Span.Start + words[0].Start + words[0].Length
            : null;
    }

    // Push and SMS permission: one subcategory of the catalog, one type of answer.
    private static bool SameKind(Tenant tenant, string facetId, string otherId) =>
        tenant.Catalog.Find(facetId) is { Subcategory: { } subcategory } facet && tenant.Catalog.Find(otherId) is { } other
        && facet.Type == other.Type && facet.Category == other.Category && subcategory == other.Subcategory;

    private static bool DatesAnAttribute(SegmentNode node, TimeWindow window, Tenant tenant) => node switch
    {
        SegmentCondition { Operator: ConditionOperator.Within, Window: { } own } c => own.Start == window.Start && own.End == window.End
            && tenant.Catalog.Find(c.Facet) is { Kind: FacetKind.Attribute, Type: FacetType.Date },
        AndNode and => and.Children.Any(c => DatesAnAttribute(c, window, tenant)),
        _ => false,
    };

    // Ten years: longer than any tenant keeps events, so every recorded event counts.
    private const int AnyTimeDays = 3650;

    private static SegmentNode InWindow(SegmentNode node, TimeWindow window, Tenant tenant) =>
        node.WithConditions(c => tenant.Catalog.Find(c.Facet) is { Kind: FacetKind.Event } ? c with { Window = window } : c);

    [GeneratedRegex(@"\bsince(?:\s+then)?\s*[.!?]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceThen();

    private static SegmentNode AtAnyTime(SegmentNode node, PlanningContext context) =>
        node.WithConditions(c => context.Tenant.Catalog.Find(c.Facet) is { Kind: FacetKind.Event } facet && facet.DefaultWindow?.IsAllTime != true
            && c.Frequency is not { Per: not FrequencyPeriod.Window }
                ? c with { Window = TimeWindow.Trailing(AnyTimeDays, context.AsOf, TimeWindow.AtAnyTime) }
                : c);

    private static SegmentNode WithoutWindow(SegmentNode node, TimeWindow shared, Tenant tenant, bool everyFacet = false) =>
        node.WithConditions(c => c.Window is { } w && w.Start == shared.Start && w.End == shared.End
            && (everyFacet || tenant.Catalog.Find(c.Facet)?.DefaultWindow?.IsAllTime == true) ? c with { Window = null } : c);

    private static SegmentNode ApplyDefaultWindow(SegmentNode node, TimeWindow window, Tenant tenant) =>
        node.WithConditions(c => WithWindow(c, window, tenant));

    private static AmbiguityDecision FacetQuestion(string phrase, IReadOnlyList<FacetCandidate> candidates, int maxOptions)
    {
        var options = candidates.Take(maxOptions).Select(c => new AmbiguityOption(c.FacetId, c.Name, c.FacetId)).ToList();
        var question = options.Count > 0
            ? $"I couldn't match \"{phrase}\" to the catalog with confidence. Did you mean one of these?"
            : $"I couldn't find anything in the catalog for \"{phrase}\". Which attribute or behaviour do you mean?";
        return new AmbiguityDecision(new AmbiguitySlot("facet_choice", phrase.ToLowerInvariant()), AmbiguityAction.Ask, null, question, options, null);
    }

    // A date named once ("toys or games in the last 30 days", "opened three emails in the last 30 days but didn't click
    // any") applies to every event part that names none of its own.
    private static TimeWindow? SharedWindow(ExtractedEntities entities, IReadOnlyList<SubSegment> parts)
    {
        var resolved = entities.Dates.Where(d => d.Resolution.Status == DateResolutionStatus.Resolved).ToList();
        if (resolved.Count > 1)
        {
            // "In the past 30 days, who started a checkout …? Only people who signed up since May.": a date said as a
            // part of its own is the one said for the rest; the others belong to their own parts.
            resolved = resolved.Where(d => parts.Any(p => p.Span.Contains(d.Start) && Meaningless(WithoutDates(p, entities)))).ToList();
        }

        if (resolved.Count != 1 || parts.Count == 0)
        {
            return null;
        }

        var window = resolved[0].Resolution.Window!;
        return new TimeWindow { Start = window.Start, End = window.End, Expression = resolved[0].Text };
    }

    private static List<TextSpan> ProtectedSpans(ExtractedEntities entities) =>
        entities.Dates.Select(d => new TextSpan(d.Start, d.Length))
            .Concat(entities.Money.Select(m => new TextSpan(m.Start, m.Length)))
            .Concat(entities.Numbers.Select(m => new TextSpan(m.Start, m.Length)))
            .Concat(entities.Frequencies.Select(f => new TextSpan(f.Start, f.Length)))
            .Concat(entities.Facets.Where(f => f.Text.Contains(' ', StringComparison.Ordinal) || f.Text.Contains('&', StringComparison.Ordinal)).Select(f => new TextSpan(f.Start, f.Length)))
            .ToList();

    // Skills that do not tune a threshold (overlap, edit) plan with the creation defaults.
    private static double Parameter(PlanningContext context, string name, double fallback) =>
        context.Skill.Parameters.TryGetValue(name, out var value) && value is double number ? number : fallback;

    // Options one question offers: the skill's max_options (segment creation and edit declare it), else four.
    private static int MaxOptions(PlanningContext context) =>
        context.Skill.Parameters.TryGetValue("max_options", out var value) && value is int whole ? whole : 4;

    private static bool Meaningless(string phrase) => FillerWords().Replace(phrase, " ").Trim().Length == 0;

    // "1.5k" is 1500, not "1500.0": the scale a multiplication leaves says nothing.
    private static string Invariant(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static int? SaidAt(PartEntities inPart, SegmentCondition condition) =>
        inPart.Facets.Where(m => m.Meanings.Any(x => x.FacetId == condition.Facet)).Select(m => (int?)m.Start).Min();

    private static string SnakeName(ConditionOperator op) => Configuration.SnakeCase.From(op.ToString());

    // "in the same basket", "together in one order", "with cat litter in a single transaction".
    [GeneratedRegex(@"\b(?:(?:together\s+)?(?:in|on|within|during)\s+(?:the\s+same|one|a\s+single|a|the\s+one)\s+(?:[\w-]+\s+)?(?:order|basket|transaction|purchase|trip|checkout|cart|visit|session|shop|shopping\s+trip|go)|together)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SameEventCue();

    [GeneratedRegex(@"\b(?:an?|one|single|any|each)\s+(?:[\w-]+\s+){0,5}?(?:order|purchase|transaction|basket|checkout|sale|trip|deal|round|raise)\b|\bin\s+one\s+(?:go|sitting|shot)\b|\ball\s+at\s+once\b|\b(?:something|anything|(?:an?|one)\s+(?:[\w-]+\s+)?(?:item|thing|product))\s+(?:worth|costing|priced|valued)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SingleEventCue();

    [GeneratedRegex(@"\b(?:leave|leaving)\s+out\b|\b(?:apart|aside)\s+from\b|\bnot\s+counting\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExclusionWords();

    [GeneratedRegex(@"\b(?:as|so)\s+long\s+as\b|\bprovided(?:\s+that)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConditionLink();

    [GeneratedRegex(@"^\s*(?:(?:but|and|or)\s+)?(?:not\s+|never\s+)?(?:in|on|at|from|via|through|using)\s+(?:the\s+|a\s+|an\s+|their\s+)?\S+(?:\s+\S+)?\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ElidedVerb();

    [GeneratedRegex(@"\b(?:turned|switched|toggled|set)\s+off\b|\boff\s*$|\bdisabled\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SwitchedOff();

    [GeneratedRegex(@"\b(?:people|persons|staff|folks|users|members|customers|shoppers|employees|workers|team|teams|founders|investors|everyone|everybody|anyone|anybody|those|ones)\s+(?:who\s+(?:are|were)\s+)?(?:in|at|based\s+in|located\s+in)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeopleLocative();

    [GeneratedRegex(@"\b(?:is|are|was|were|been|be|being|stayed|stay|remained|remain|got|get|became|become)\s+(?:(?:very|really|most|more|quite|still|fairly|super)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Predicative();

    [GeneratedRegex(@"\b(?:in\s+total|total|totals|totalling|totaling|worth\s+of|combined|altogether|overall|lifetime|cumulative)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalCue();

    [GeneratedRegex(@"^\s*,?\s*(?:(?:offices?|based|sites?|locations?|staff|people|folks|employees|users|customers|members|team|teams)\s+){0,3}(?:(?<lead>with|who(?:'ve|\s+have|\s+had)?|that|having|and)\b|(?<lead>)(?=(?:[a-z]+ed|[a-z]{3,}ing|bought|made|sent|spent|got|went|did|has|have|had)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountLead();

    [GeneratedRegex(@"\b(fall|autumn|spring|summer|winter)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Season();

    [GeneratedRegex(@"\b(low|unlikely|least|not likely)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LowCue();

    [GeneratedRegex(@"\b(before|after|since)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BeforeAfterCue();

    [GeneratedRegex(@"\b(before|after|since)\s+((?:19|20)\d{2})\b(?!\s*-)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearBoundary();

    [GeneratedRegex(@"\b(customers?|users?|employees?|people|shoppers?|members?|who|that|are|is|the|a|an|and|or|with|our|my|all|those|ones|segment|of|for|in|on|based|located|living|lives|live|residing|anyone|anybody|everyone|everybody|someone|somebody|folks|ppl|peeps|staff|individuals|persons|audience|me|us|you|we|i|they|them|please|can|could|would|will|should|must|also|have|has|had|been|gone|went|find|show|give|get|tell|list|pull|identify|over|during|across|throughout)\b|[^\w\s]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FillerWords();

    [GeneratedRegex(@"(?<noun>\p{L}+)\s+(?:of|with)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounOf();

    [GeneratedRegex(@"\b(?:outside(?:\s+of)?|other\s+than|anywhere\s+but|except(?:\s+for)?)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherThanBefore();

    // "an order", "any licence", "a round they listed": the noun said with no value, perhaps with who did what to it.
    [GeneratedRegex(@"\b(?:a|an|any|one|some)\s+(?<noun>\p{L}+)(?:\s+(?:they|we|you|he|she)\s+\p{L}+)?(?:\s+(?:recently|lately|often|regularly|frequently|much))?\s*[.!?]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyArticle();

    [GeneratedRegex(@"\b[a-z]{3,}ing\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParticipleWord();

    [GeneratedRegex(@"^\s*[a-z]{3,}ing\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Participle();

    [GeneratedRegex(@"\b(?:with|who|that|having|whose|and)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseLead();

    [GeneratedRegex(@"\b(?:never|ever)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NeverWord();

    [GeneratedRegex(@"\b(?:buy|bought|buying|purchase[ds]?|order(?:ed)?|get|got|pick(?:ed)?\s+up|open(?:ed|s)?|click(?:ed|s)?\s*(?:on|through)?|read|view(?:ed)?|use[ds]?|redeem(?:ed)?)\s+(?:a\s+single\s+one|any\s+of\s+them|one\s+of\s+them|any|one|ones|it|them|those)(?:\s+(?:in|over|during|within|for|since|from))?\s*[.!?]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ElidedObject();

    [GeneratedRegex(@"\b(?:not|never|no|but|and|yet|none)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotWords();

    // "… a round that's still open": a relative clause about the thing just named, not about the people.
    [GeneratedRegex(@"\b(?:that|which)(?:'s|\s+is|\s+was|\s+are|\s+were)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThingRelative();

    // "either state", "those states", "any of them": the values named just before, said again.
    [GeneratedRegex(@"\b(?:either|both|those|these|the\s+same|any\s+of\s+(?:those|these|them)|either\s+of\s+(?:those|these|them)|one\s+of\s+(?:those|these|them))(?:\s+(?:two|three))?(?:\s+(?:states?|cities|city|regions?|places?|offices?|locations?|countries|ones?|stores?))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierValues();

    // "… and used a coupon on it": the pronoun is the one event just named, not another of the person's events.
    [GeneratedRegex(@"\b(?:on|with|for|in)\s+(?:it|that\s+one|that\s+(?:order|purchase|trip|deal|round|offer|return|email|session)|the\s+same\s+(?:one|order|purchase|trip|deal|round|offer|return|email|session))\s*[.!?]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnThatEvent();

    // "… and was worth more than $100", "that cost over $50", "that's targeting over 10 million": a clause that only
    // says what the thing before was worth.
    [GeneratedRegex(@"^(?:(?:was|were|is|are|each)\s+)?(?:worth|valued\s+at|costing|priced\s+at|that\s+cost|cost|targeting|targetting|aiming\s+(?:for|at|to\s+raise)|seeking|looking\s+to\s+raise|trying\s+to\s+raise|asking\s+for)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorthClause();

    // A verb said alone, perhaps after its auxiliary or negation: "accepted", "has opened", "didn't open".
    [GeneratedRegex(@"^(?:(?:has|have|had|did|does|do|didn'?t|doesn'?t|don'?t|hasn'?t|haven'?t|hadn'?t|never|not)\s+)*\p{L}+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareVerb();
}
