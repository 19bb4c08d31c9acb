using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Estimation;
using SegmentAI.Skills.Llm;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Planning;
using SegmentAI.Skills.Prompting;
using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Telemetry;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Authoring;

/// <summary>
/// Writes the draft segment: plans a request into a grounded definition, applies each change a user asks of the draft,
/// verifies and sizes the result and makes it the session's draft. The segment creation and edit skills (and every
/// skill that grounds an audience) work through it.
/// </summary>
internal sealed partial class SegmentAuthor(
    SkillRegistry skills,
    MessagePerceiver perceiver,
    SegmentPlanner planner,
    FacetIndexWarmup indexes,
    SizeEstimator estimator,
    PermissionChecker permissions,
    Constitution constitution,
    TurnJournal journal,
    ILogger<SegmentAuthor> logger,
    SegmentDrafter? drafter = null)
{
    internal async Task<ChatReply> CreateAsync(TurnContext turn, string requestText, CancellationToken cancellationToken, SegmentNode? combineWith = null, bool negate = false)
    {
        if (combineWith is not null && turn.Session.Draft is { } draft)
        {
            var step = await AddToDraftAsync(turn, draft.Definition, requestText, negate, cancellationToken).ConfigureAwait(false);
            return step.Stop ?? await PublishAsync(turn, skills.Resolve("segment_edit", turn.Tenant.Config), step.Definition!, step.Notes, step.Degraded, cancellationToken).ConfigureAwait(false);
        }

        var skill = skills.Resolve("segment_creation", turn.Tenant.Config);
        var planned = await PlanRequestAsync(turn, skill, requestText, Intent.Create, "awaiting_answer", cancellationToken).ConfigureAwait(false);
        return planned.Stop ?? await PublishAsync(turn, skill, planned.Definition!, planned.Notes, planned.Degraded, cancellationToken).ConfigureAwait(false);
    }

    // Adds what the words describe to the draft (ANDed, or ANDed as an exclusion); a value of a facet the draft already
    // lists widens or replaces that list instead ("add Dublin", "change it to the pro plan").
    private async Task<EditStep> AddToDraftAsync(TurnContext turn, SegmentDefinition current, string requestText, bool negate, CancellationToken cancellationToken)
    {
        var skill = skills.Resolve("segment_edit", turn.Tenant.Config);
        var planned = await PlanRequestAsync(turn, skill, requestText, Intent.Edit, negate ? "awaiting_answer:exclude" : "awaiting_answer:add", cancellationToken).ConfigureAwait(false);
        if (planned.Stop is not null)
        {
            return planned;
        }

        var definition = planned.Definition!;
        var said = turn.Perception.CorrectedText;
        var named = definition.Root is AndNode both ? both.Children : [definition.Root];
        if (!negate && ChangeRequest().IsMatch(said) && named is [SegmentCondition { Operator: not ConditionOperator.In } other]
            && current.Conditions().All(c => c.Facet != other.Facet) && DraftListValue(turn, current, requestText) is { } value)
        {
            // "make it the app instead" of a draft that prefers online: the app is another value of that list, not the
            // App Installed flag its words also name.
            named = [value];
        }

        // "tablets only" narrows a list that holds tablets; "only the ones who also bought toys" adds a condition.
        var onlyCue = OnlyCue().IsMatch(said) && !TooCue().IsMatch(said) && !said.Contains("also", StringComparison.OrdinalIgnoreCase)
            && named.All(n => n is SegmentCondition c && current.Conditions().Any(e => e.Facet == c.Facet && e.Operator == ConditionOperator.In && c.Values.All(v => e.Values.Contains(v, StringComparer.Ordinal))));
        if (!negate && (TooCue().IsMatch(said) || ChangeRequest().IsMatch(said) || onlyCue)
            && named.All(n => n is SegmentCondition { Operator: ConditionOperator.In, SameEvent: null })
            && named.Cast<SegmentCondition>().Select(c => c.Facet).Distinct().Count() == 1
            && ListToChange(turn, current, (SegmentCondition)named[0]) is { } existing)
        {
            // "do it for platinum too" / "include Miro and Adobe Creative Cloud too" widen a facet already there; "change
            // it to the pro plan" and "tablets only" replace its values — none ANDs a contradiction onto the draft.
            var namedValues = named.Cast<SegmentCondition>().SelectMany(c => c.Values).Distinct(StringComparer.Ordinal).ToList();
            var values = (ChangeRequest().IsMatch(said) || onlyCue) && !TooCue().IsMatch(said) ? namedValues : existing.Values.Concat(namedValues).Distinct(StringComparer.Ordinal).ToList();
            var merged = existing with { Values = values };
            return planned with
            {
                Definition = current with { Root = current.Root.WithConditions(c => c.Id == existing.Id ? merged : c) },
                Notes = [.. planned.Notes, $"{existing.Id} (\"{existing.SourceText}\") is now {ValueLabels(turn, existing.Facet, values)}."],
            };
        }

        if (negate && named is [SegmentCondition { Operator: ConditionOperator.In, SameEvent: null } left]
            && current.Conditions().FirstOrDefault(c => c.Facet == left.Facet && c.Operator == ConditionOperator.In && c.Values.Count > left.Values.Count
                && left.Values.All(v => c.Values.Contains(v, StringComparer.Ordinal))) is { } listed)
        {
            // "without Texas" of "Texas or Florida": the list loses Texas rather than gaining a contradiction beside it.
            var kept = listed with { Values = listed.Values.Where(v => !left.Values.Contains(v, StringComparer.Ordinal)).ToList() };
            return planned with
            {
                Definition = current with { Root = current.Root.WithConditions(c => c.Id == listed.Id ? kept : c) },
                Notes = [.. planned.Notes, $"Removed {ValueLabels(turn, listed.Facet, left.Values)} from {listed.Id} (\"{listed.SourceText}\")."],
            };
        }

        // "also exclude the designers and anyone in brand marketing": each group named is left out.
        var added = !negate ? definition.Root
            : definition.Root is AndNode groups && RequestDecomposer.NamesSeveralGroups(requestText) ? new AndNode { Children = groups.Children.Select(c => (SegmentNode)new NotNode { Child = c }).ToList() }
            : new NotNode { Child = definition.Root };
        return planned with { Definition = current with { Root = new AndNode { Children = [.. Flatten(current.Root), .. (negate ? Flatten(added) : [added])] } } };
    }

    // The one list condition of the draft whose facet has a value the words name and the list lacks.
    private SegmentCondition? DraftListValue(TurnContext turn, SegmentDefinition current, string words)
    {
        var lists = current.Conditions().Where(c => c.Operator == ConditionOperator.In && turn.Tenant.Catalog.Find(c.Facet) is { Type: FacetType.List }).ToList();
        var found = PerceiveText(turn, words).Entities.Facets.SelectMany(m => m.Meanings)
            .Where(x => x.Value is not null && lists.Any(c => c.Facet == x.FacetId && !c.Values.Contains(x.Value, StringComparer.Ordinal)))
            .GroupBy(x => x.FacetId)
            .ToList();
        return found is [var one]
            ? lists.First(c => c.Facet == one.Key) with { Id = null, Values = one.Select(x => x.Value!).Distinct(StringComparer.Ordinal).ToList() }
            : null;
    }

    // The draft's list of the same facet, else of a facet with the same values ("also include pre-seed" after "created
    // a seed deal": the round the user created, not the rounds retrieval found for "pre-seed" alone).
    private static SegmentCondition? ListToChange(TurnContext turn, SegmentDefinition current, SegmentCondition named)
    {
        var lists = current.Conditions().Where(c => c.Operator == ConditionOperator.In).ToList();
        var twins = lists.Where(c => turn.Tenant.Catalog.Find(c.Facet) is { Type: FacetType.List } facet && c.Values.Count > 0
                && named.Values.All(v => facet.FindValue(v) is not null)
                && turn.Tenant.Catalog.Find(named.Facet) is { } other && c.Values.All(v => other.FindValue(v) is not null))
            .Take(2).ToList();
        return lists.FirstOrDefault(c => c.Facet == named.Facet) ?? (twins.Count == 1 ? twins[0] : null);
    }

    // Plans the words into a definition of their own, or the reply (refusal, question) that comes first.
    private async Task<EditStep> PlanRequestAsync(TurnContext turn, ResolvedSkill skill, string requestText, Intent intent, string pendingStep, CancellationToken cancellationToken)
    {
        var permission = permissions.Check(turn.Tenant.Config, turn.Request.UserId, intent, turn.Request.TrustUnknownUsers);
        if (!permission.Allowed)
        {
            // Whatever route led here (an unsure intent, a question that turned into a request), building needs the right.
            return EditStep.Stopped(Replies.Refusal(turn, skill, permission.Message ?? "you do not have permission for that", "permission"));
        }

        await indexes.EnsureAsync(turn.Tenant, cancellationToken).ConfigureAwait(false);
        var perception = requestText == turn.Perception.CorrectedText
            ? turn.Perception
            : PerceiveText(turn, requestText);
        var context = new PlanningContext(perception, turn.Tenant, turn.AsOf, turn.Request.UserId, turn.Ambiguities, skill)
        {
            Antecedent = intent == Intent.Edit ? turn.Session.Draft?.Definition.Root : null,
        };
        var plan = await planner.PlanAsync(context, cancellationToken).ConfigureAwait(false);
        turn.Audit.AddRange(plan.Audit);
        turn.Trace.AddRetrieved(plan.Retrieved);
        foreach (var decision in plan.Resolved)
        {
            AmbiguityResolver.RecordResolved(turn.Ambiguities, decision, turn.Turn);
        }

        if (plan.Question is { Slot.Kind: "facet_choice" } && drafter is not null
            && await DraftWithModelAsync(turn, skill, perception, plan, cancellationToken).ConfigureAwait(false) is { } drafted)
        {
            plan = plan with { Question = null, Definition = drafted };
        }

        if (plan.Question is { } question)
        {
            AmbiguityResolver.RecordAsked(turn.Ambiguities, question, turn.Turn);
            turn.Session = turn.Session with
            {
                Pending = new PendingClarification(question.Slot, question.Options, requestText, skill.SkillId),
                TaskStep = pendingStep,
            };
            return EditStep.Stopped(Replies.Clarification(turn, skill, question));
        }

        var assumptions = plan.Assumptions.ToList();
        assumptions.AddRange(perception.Corrections.Select(c => $"I read \"{c.Original}\" as \"{c.Corrected}\"."));
        return new EditStep(plan.Definition!, assumptions, plan.Quality == Retrieval.RetrievalQuality.Medium);
    }

    // One model call for a request the rules could not ground; its answer passes the same grounding check or is dropped.
    private async Task<SegmentDefinition?> DraftWithModelAsync(TurnContext turn, ResolvedSkill skill, PerceptionResult perception, PlanOutcome plan, CancellationToken cancellationToken)
    {
        var shortlist = string.Join("\n", plan.Audit.Where(a => a.Step == "retrieve").Select(a => a.Detail));
        var result = await drafter!.DraftAsync(new SegmentDraftRequest
        {
            Constitution = constitution.Text,
            SkillInstructions = skill.Instructions,
            CatalogOutline = CatalogOutline.For(turn.Tenant),
            RetrievedShortlist = shortlist.Length == 0 ? "(nothing above the acceptance threshold)" : shortlist,
            UserText = perception.CorrectedText,
            AsOf = turn.AsOf,
        }, cancellationToken).ConfigureAwait(false);
        var call = result.Call;
        turn.Trace.AddLlmCall(call);
        var data = new Dictionary<string, object?>
        {
            ["model"] = call.Model,
            ["input_tokens"] = call.InputTokens,
            ["output_tokens"] = call.OutputTokens,
            ["cached_input_tokens"] = call.CachedInputTokens,
            ["cost_usd"] = call.CostUsd,
            ["outcome"] = call.Outcome.ToString(),
        };
        if (result.Definition is not { } definition)
        {
            turn.Audit.Add(new AuditEntry("llm", $"{call.Model}: {call.Outcome}; kept the deterministic result", call.LatencyMs, data));
            return null;
        }

        try
        {
            var verified = SegmentValidator.Validate(definition with { Tenant = null, Name = definition.Name ?? SegmentTree.NameFrom(perception.NormalizedText), AsOf = turn.AsOf }, turn.Tenant);
            turn.Audit.Add(new AuditEntry("llm", $"{call.Model}: drafted {verified.Conditions().Count} grounded condition(s)", call.LatencyMs, data));
            return verified;
        }
        catch (SegmentValidationException ex)
        {
            turn.Audit.Add(new AuditEntry("llm", $"{call.Model}: rejected, not grounded ({string.Join("; ", ex.Issues.Select(i => i.Message))})", call.LatencyMs, data));
            return null;
        }
    }

    // Plans a part of the message on its own (the new side of a swap, one side of an overlap question): the definition,
    // or the clarification reply to send when the part needs a question first.
    internal async Task<(SegmentDefinition? Definition, ChatReply? Question)> PlanPartOfMessageAsync(TurnContext turn, ResolvedSkill skill, string text, CancellationToken cancellationToken)
    {
        await indexes.EnsureAsync(turn.Tenant, cancellationToken).ConfigureAwait(false);
        var plan = await planner.PlanAsync(new PlanningContext(PerceiveText(turn, text), turn.Tenant, turn.AsOf, turn.Request.UserId, turn.Ambiguities, skill), cancellationToken).ConfigureAwait(false);
        turn.Audit.AddRange(plan.Audit);
        turn.Trace.AddRetrieved(plan.Retrieved);
        if (plan.Question is { } question)
        {
            AmbiguityResolver.RecordAsked(turn.Ambiguities, question, turn.Turn);
            return (null, Replies.Clarification(turn, skill, question));
        }

        return (plan.Definition, null);
    }

    // A part of the message (the rest of an edit, one side of an overlap question) perceived on its own.
    internal PerceptionResult PerceiveText(TurnContext turn, string text) =>
        perceiver.Perceive(new InboundMessage(turn.Tenant.Id, turn.Request.UserId, turn.Session.SessionId, text, turn.Request.Channel, turn.Request.TrustUnknownUsers), turn.Tenant, turn.AsOf, awaitingAnswer: false);

    private async Task<ChatReply> PublishAsync(
        TurnContext turn, ResolvedSkill skill, SegmentDefinition definition, IReadOnlyList<string> assumptions, bool degradedRetrieval, CancellationToken cancellationToken, bool isUndo = false)
    {
        var watch = Stopwatch.StartNew();
        CompiledSegment compiled;
        try
        {
            definition = definition with { Root = RepeatedConditions.Remove(definition.Root) };
            compiled = SegmentCompiler.Compile(definition, turn.Tenant, turn.Warehouse?.Dialect ?? SqlDialect.DuckDb, turn.AsOf);
            if (Contradictions.Find(compiled.Definition.Root) is [var (left, right), ..])
            {
                // An empty-by-construction segment is never returned; the draft stays as it was.
                turn.Audit.Add(new AuditEntry("verify", $"contradiction: {left.Id} and {right.Id}", watch.Elapsed.TotalMilliseconds));
                return Replies.Answer(turn, skill,
                    $"Those conditions exclude each other: {left.Id} (\"{left.SourceText}\") and {right.Id} (\"{right.SourceText}\") can't both hold, so no one would match. "
                    + "Which one did you mean? Say it again with just that one, or tell me how they differ (for example a different time period).");
            }
        }
        catch (SegmentValidationException ex)
        {
            turn.Audit.Add(new AuditEntry("verify", "failed: " + string.Join("; ", ex.Issues), watch.Elapsed.TotalMilliseconds));
            return Replies.Error(turn, skill, "I couldn't build a valid segment from that: " + string.Join("; ", ex.Issues.Select(i => i.Message)) + ". Could you rephrase that part?");
        }

        turn.Audit.Add(new AuditEntry("verify", $"grounded in the catalog: {compiled.Definition.Conditions().Count} condition(s), logic {compiled.Logic}", watch.Elapsed.TotalMilliseconds));
        SizeEstimate? estimate = null;
        var notes = assumptions.ToList();
        if (degradedRetrieval)
        {
            notes.Add("The facet index was unavailable, so matching used fuzzy search over the catalog (quality: medium).");
        }

        var skillEstimates = !skill.Parameters.TryGetValue("estimate_size", out var estimateSize) || estimateSize is true;
        if (turn.Warehouse is { } warehouse && skillEstimates && turn.Request.EstimateSize)
        {
            watch.Restart();
            try
            {
                estimate = await estimator.EstimateAsync(compiled, turn.Tenant, warehouse, cancellationToken: cancellationToken).ConfigureAwait(false);
                turn.Audit.Add(new AuditEntry("estimate", $"{estimate.Size} of {estimate.Population}", watch.Elapsed.TotalMilliseconds));
            }
            catch (Exception ex) when (ex is WarehouseUnavailableException or System.Data.Common.DbException)
            {
                // A warehouse that is missing, unreachable or not shaped like the catalog says must not lose the segment.
                // Its own message says what to do; a driver's text is for the log, under a trace id the user can quote.
                var traceId = SegmentTelemetry.CurrentTraceId();
                ConversationLog.EstimateFailed(logger, turn.Tenant.Id, turn.Session.SessionId, traceId, ex);
                var reason = ex is WarehouseUnavailableException ? ex.Message.Split('\n')[0] : $"trace id {traceId}";
                notes.Add($"Size not estimated: the warehouse query failed ({reason}).");
                turn.Audit.Add(new AuditEntry("estimate", "failed: " + ex.Message.Split('\n')[0], watch.Elapsed.TotalMilliseconds));
            }
        }
        else if (turn.WarehouseProblem is { } problem && turn.Request.EstimateSize)
        {
            notes.Add($"Size not estimated: {problem}.");
        }

        var draft = turn.Session.Draft;
        var id = draft?.Id ?? $"draft-{Guid.NewGuid():N}"[..14];
        notes.InsertRange(0, turn.Notes);
        var reviewBelow = skill.Parameters.TryGetValue("human_review_confidence", out var review) && review is double below ? below : SegmentCardBuilder.HumanReviewConfidence;
        var card = SegmentCardBuilder.Build(id, compiled, turn.Tenant, estimate, notes, saved: draft?.SavedAs is not null, reviewBelow);
        var creating = skill.SkillId == "segment_creation";
        journal.NoteDraftChange(turn, draft, skill.SkillId, isUndo);
        var nextDraft = draft is null ? new DraftSegment(id, compiled.Definition, [], Request: turn.Request.Text)
            : isUndo ? draft with { Definition = compiled.Definition }
            : creating ? draft.Change(compiled.Definition) with { Request = turn.Request.Text }
            : draft.Change(compiled.Definition);
        turn.Session = turn.Session with { Draft = nextDraft, Pending = null, TaskStep = "idle" };
        var reply = Replies.Segment(turn, skill, SegmentText(card, turn.Tenant.Config.Entity.Noun), card);
        if (!creating || turn.Request.Text is not { Length: > 0 } request)
        {
            return reply;
        }

        // Suggestions only: the user's own request stays the segment; a past one is used only if they open it.
        var similar = await journal.SimilarSegmentsAsync(turn, request, cancellationToken).ConfigureAwait(false);
        return similar.Count == 0 ? reply : reply with
        {
            SimilarSegments = similar,
            Text = reply.Text + "\n\nSimilar saved segments: " + string.Join("; ", similar.Select(s => $"\"{s.Name}\" ({s.SegmentId})")) + ". Say \"show <name>\" to compare.",
        };
    }

    internal async Task<ChatReply> EditAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var skill = skills.Resolve("segment_edit", turn.Tenant.Config);
        var draft = turn.Session.Draft!;
        var text = turn.Perception.CorrectedText.Trim().TrimEnd('.', '!');
        if (UndoRequest().IsMatch(text))
        {
            if (draft.Undo() is not { } previous)
            {
                return Replies.Answer(turn, skill, "There is nothing to undo yet.");
            }

            turn.Session = turn.Session with { Draft = previous };
            return await PublishAsync(turn, skill, previous.Definition, ["Undid the last change."], false, cancellationToken, isUndo: true).ConfigureAwait(false);
        }

        if (StartOverRequest().Match(text) is { Success: true } startOver)
        {
            turn.Session = turn.Session with { Draft = null };
            var rest = text[(startOver.Index + startOver.Length)..].Trim().TrimStart(':', ',', '-', '.').Trim();
            return rest.Length > 0
                ? await CreateAsync(turn, rest, cancellationToken).ConfigureAwait(false)
                : Replies.Answer(turn, skill, "Starting over. Describe the audience you want.");
        }

        // A compound change applies every part or none: each part is worked out on the result of the one before, and
        // the draft changes once, at the end.
        var whole = turn.Perception;
        // "actually make it sixty days", "lower it to twenty": counts said as words are read as digits by every edit.
        var (change, proposed) = EditFrame.Read(ComparisonWords.WithDigits(text));
        var perceived = whole;
        if (!string.Equals(change, text, StringComparison.Ordinal))
        {
            perceived = PerceiveText(turn, change);
            if (proposed && ProposesOtherValue(perceived, draft.Definition, turn))
            {
                // "what about platinum?" on a gold draft: platinum in place of gold.
                change = $"{change} instead";
                perceived = PerceiveText(turn, change);
            }

            text = change;
        }

        var clauses = EditClauses.Split(text);
        var definition = draft.Definition;
        var notes = new List<string>();
        var degraded = false;
        for (var i = 0; i < clauses.Count; i++)
        {
            turn.Perception = clauses.Count > 1 ? PerceiveText(turn, clauses[i]) : perceived;

            var step = await EditStepAsync(turn, skill, definition, i + 1 < clauses.Count && AddsCondition().IsMatch(clauses[i + 1]), cancellationToken).ConfigureAwait(false);
            turn.Perception = whole;
            if (step.Stop is { } stop)
            {
                if (clauses.Count > 1 && turn.Session.Pending is { } pending && stop.Kind == ReplyKind.Clarification)
                {
                    // The answer completes this part; then the whole change is worked out again.
                    turn.Session = turn.Session with { Pending = pending with { Request = text }, TaskStep = $"awaiting_answer:edit:{i}" };
                }

                return stop;
            }

            definition = clauses.Count > 1 ? WithIds(step.Definition!, turn) : step.Definition!;
            notes.AddRange(step.Notes);
            degraded |= step.Degraded;
        }

        return await PublishAsync(turn, skill, definition, notes, degraded, cancellationToken).ConfigureAwait(false);
    }

    // The next part of a compound change names conditions by id; the one before may have added some without.
    private static SegmentDefinition WithIds(SegmentDefinition definition, TurnContext turn)
    {
        try
        {
            return SegmentValidator.Validate(definition, turn.Tenant);
        }
        catch (SegmentValidationException)
        {
            // Publishing reports what is wrong with the whole change.
            return definition;
        }
    }

    // One edit of the draft, read from turn.Perception, applied to definition.
    private async Task<EditStep> EditStepAsync(TurnContext turn, ResolvedSkill skill, SegmentDefinition definition, bool moreFollow, CancellationToken cancellationToken)
    {
        var text = turn.Perception.CorrectedText.Trim().TrimEnd('.', '!');
        if (RemoveRequest().Match(text) is { Success: true } remove)
        {
            var what = remove.Groups["what"].Value;
            if (FindCondition(turn, definition, what) is null && NamesOtherPeople(turn, definition, what))
            {
                // "drop the ex-employees" when no condition is about them: leave those people out.
                return await AddToDraftAsync(turn, definition, what, true, cancellationToken).ConfigureAwait(false);
            }

            return RemoveCondition(turn, skill, definition, what, moreFollow);
        }

        if (TakenBack().Match(text) is { Success: true } takenBack
            && definition.Root is not NotNode
            && Included(definition.Root).Any(c => c.Operator == ConditionOperator.In && c.Values.Count > 1
                && NamedValues(turn, c, takenBack.Groups["what"].Value) is { Count: > 0 } named && named.Count < c.Values.Count))
        {
            // "no advisors after all" on "investors or advisors": a value taken back leaves the list, it does not exclude.
            return RemoveCondition(turn, skill, definition, takenBack.Groups["what"].Value, moreFollow);
        }

        var entities = turn.Perception.Entities;
        var bareDays = DaysOnly().Match(text) is { Success: true } days ? days
            : MakeItNumber().Match(text) is { Success: true } bare && !NearerACount(turn, definition, int.Parse(bare.Groups[1].Value, CultureInfo.InvariantCulture)) ? bare : Match.Empty;
        if ((ChangeRequest().IsMatch(text) && (entities.Dates.Any(d => d.Resolution.Window is not null) || bareDays.Success)) || NamesOnlyAPeriod(turn.Perception))
        {
            var window = entities.Dates.FirstOrDefault(d => d.Resolution.Window is not null) is { Resolution.Window: { } resolved } mention
                ? new TimeWindow { Start = resolved.Start, End = resolved.End, Expression = mention.Text }
                : BareWindow(bareDays, turn.AsOf);
            if (SwapRequest().Match(text) is { Success: true } swapped
                && PerceiveText(turn, swapped.Groups["old"].Value).Entities.Dates.Any(d => d.Resolution.Window is not null)
                && PerceiveText(turn, swapped.Groups["new"].Value).Entities.Dates.FirstOrDefault(d => d.Resolution.Window is not null) is { Resolution.Window: { } replacement } said)
            {
                // "change september to october": the new period, not a range from the old one to it.
                window = new TimeWindow { Start = replacement.Start, End = replacement.End, Expression = said.Text };
            }

            // Every period of the draft moves: event windows, and a date attribute read "within" one ("hired in the last 90 days").
            // A condition read at any time ("has a Zoom licence", "never unsubscribed") keeps that reading, unless no
            // condition has a period at all; one left to its default window has a period.
            bool Dated(SegmentCondition c) => c.Window is null
                ? IsEvent(turn, c) && turn.Tenant.Catalog.Find(c.Facet)?.DefaultWindow is not { IsAllTime: true }
                : c.Window.Expression != TimeWindow.AtAnyTime && (IsEvent(turn, c) || c.Operator == ConditionOperator.Within);
            var anyDated = definition.Conditions().Any(Dated);
            var changed = definition with { Root = definition.Root.WithConditions(c => Dated(c) || (!anyDated && IsEvent(turn, c)) ? c with { Window = window } : c) };
            return EditStep.Changed(changed, $"Changed the time window to {window.Expression}.");
        }

        // "change 500 to 600" names the new amount last; a count of days or months is a period, not an amount.
        var periods = DaysOnly().Matches(text).Select(m => new TextSpan(m.Index, m.Length)).ToList();
        var amounts = entities.Money.Concat(entities.Numbers).Where(q => !periods.Any(p => p.Overlaps(new TextSpan(q.Start, q.Length)))).OrderBy(q => q.Start).ToList();
        if (amounts.Count == 0 && entities.Frequencies is [{ Frequency.Per: FrequencyPeriod.Window } times])
        {
            // "make that 3 times": a count said as times is the new threshold of a counted condition.
            amounts = [new QuantityMention(times.Start, times.Length, times.Text, (decimal)times.Frequency.Count, null, null)];
        }

        if (ChangeRequest().IsMatch(text) && (amounts.Count > 1 && NewAmountLast().IsMatch(text) ? amounts[^1] : amounts.FirstOrDefault()) is { } amount
            && !(NumericBands.Read(amount, text, turn.Tenant) is var (banded, _) && definition.Conditions().Any(c => c.Facet == banded.Id)))
        {
            var value = amount.Value.ToString(CultureInfo.InvariantCulture);
            var touched = false;
            // "bump it to 5 opens", "lower the affinity to 0.5": a number said with its facet changes only that facet's conditions.
            var named = entities.Facets.SelectMany(m => m.Meanings).Select(x => x.FacetId).Where(f => definition.Conditions().Any(c => c.Facet == f)).ToHashSet(StringComparer.Ordinal);
            if (named.Count == 0 && UnitWord().Match(text[(amount.Start + amount.Length)..]) is { Success: true } unit)
            {
                // "make it 4 orders" beside "an order of 10 or more items": the word after the number is what it counts.
                named = definition.Conditions().Select(c => c.Facet).Where(f => turn.Tenant.Catalog.Find(f)?.Unit is { } counts
                    && Retrieval.RetrievalText.Stem(counts.ToLowerInvariant()) == Retrieval.RetrievalText.Stem(unit.Groups["unit"].Value.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
            }

            if (named.Count == 0 && amount.Value > 0
                && definition.Conditions().Select(c => (c.Facet, Value: Threshold(turn, c))).Where(t => t.Value > 0).ToList() is { Count: > 1 } thresholds
                && thresholds.Select(t => t.Facet).Distinct().Count() > 1)
            {
                // "lower it to sixty" of households of three or more that bought over a hundred items: the number it
                // changes is the one of its size, not every number of the draft.
                named = [thresholds.MinBy(t => Math.Abs(Math.Log((double)amount.Value / (double)t.Value!.Value))).Facet];
            }

            var changed = definition with
            {
                Root = definition.Root.WithConditions(c =>
                {
                    if (named.Count > 0 && !named.Contains(c.Facet))
                    {
                        return c;
                    }

                    if (c.Aggregate is { } aggregate)
                    {
                        touched = true;
                        // "make it at least 800 dollars" says the comparison too; "raise it to $1,000" keeps the old one.
                        return c with { Aggregate = aggregate with { Values = [amount.Value], Operator = amount.Comparison ?? aggregate.Operator } };
                    }

                    // "lower it to 400" on "above 600 times", kept as at least 601: the comparison first said stays strict.
                    var strict = amount.Comparison is null ? StrictComparison(c) : null;
                    if (c.Frequency is { Per: FrequencyPeriod.Window } frequency && amount.UpperValue is null && amount.Value >= 1 && amount.Value == decimal.Truncate(amount.Value))
                    {
                        touched = true;
                        // "lower it to 30" on "opened Slack more than 50 times": the count changes, the comparison stays.
                        var count = (double)amount.Value + (strict == ConditionOperator.Gt && frequency.Comparison == FrequencyComparison.AtLeast ? 1
                            : strict == ConditionOperator.Lt && frequency.Comparison == FrequencyComparison.AtMost ? -1 : 0);
                        return c with { Frequency = frequency with { Count = count, Expression = amount.Text } };
                    }

                    if (turn.Tenant.Catalog.Find(c.Facet)?.Type is FacetType.Money or FacetType.Number && c.Values.Count == 1)
                    {
                        touched = true;
                        var op = amount.Comparison is { } said && turn.Tenant.Catalog.Find(c.Facet)!.Operators.Contains(said) ? said
                            : (strict, c.Operator) is (ConditionOperator.Gt, ConditionOperator.Gte) or (ConditionOperator.Lt, ConditionOperator.Lte) && turn.Tenant.Catalog.Find(c.Facet)!.Operators.Contains(strict!.Value) ? strict.Value
                            : c.Operator;
                        return amount.UpperValue is { } upper && op == ConditionOperator.Between
                            ? c with { Values = [value, upper.ToString(CultureInfo.InvariantCulture)], Operator = op }
                            : c with { Values = [value], Operator = op == ConditionOperator.Between ? ConditionOperator.Gte : op };
                    }

                    return c;
                }),
            };
            if (touched)
            {
                return EditStep.Changed(changed, $"Changed the threshold to {amount.Text}.");
            }
        }

        // Window and threshold changes ("change the window to 90 days") are checked first: they read like swaps.
        var swap = SwapRequest().Match(text);
        var instead = swap.Success ? Match.Empty : InsteadRequest().Match(text);
        if (swap.Success || instead.Success)
        {
            var found = swap.Success ? swap : instead;
            return await ReplaceConditionAsync(turn, skill, definition, found.Groups["old"].Value, found.Groups["new"].Value, cancellationToken).ConfigureAwait(false);
        }

        if (UnionRequest().Match(text) is { Success: true } union)
        {
            // "also include people who rejected an offer yesterday": more people, not a narrower segment.
            var (widened, widenQuestion) = await PlanPartOfMessageAsync(turn, skill, text[union.Length..], cancellationToken).ConfigureAwait(false);
            return widenQuestion is not null
                ? EditStep.Stopped(widenQuestion)
                : EditStep.Changed(definition with { Root = new OrNode { Children = [definition.Root, widened!.Root] } }, $"Added anyone who {text[union.Length..].Trim()}, as an alternative to the rest.");
        }

        if (Correction(text) is { } correction)
        {
            // "no, make it home goods", "actually I meant toys": the named values replace the ones they correct.
            return await AddToDraftAsync(turn, definition, correction.Words, false, cancellationToken).ConfigureAwait(false);
        }

        var exclusion = ExcludeRequest().Match(text);
        var addition = exclusion.Success ? text[exclusion.Length..] : AddPrefix().Replace(text, "");
        return await AddToDraftAsync(turn, definition, addition, exclusion.Success, cancellationToken).ConfigureAwait(false);
    }

    // The number a condition compares with: its amount, its count of events or its own value.
    private static decimal? Threshold(TurnContext turn, SegmentCondition condition) =>
        condition.Aggregate is { Values: [var amount, ..] } ? amount
        : condition.Frequency is { Per: FrequencyPeriod.Window } frequency ? (decimal)frequency.Count
        : turn.Tenant.Catalog.Find(condition.Facet)?.Type is FacetType.Money or FacetType.Number && condition.Values is [var value]
            && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number
        : null;

    // The comparison the user said for the condition's number ("above 600 times"), when it is strict.
    private static ConditionOperator? StrictComparison(SegmentCondition condition)
    {
        var (money, numbers) = AmountReader.Read(condition.Frequency?.Expression ?? condition.SourceText, (_, _) => false);
        var said = money.Concat(numbers).FirstOrDefault()?.Comparison;
        if (said is null && StrictTimes().Match(condition.Frequency?.Expression ?? condition.SourceText) is { Success: true } times)
        {
            // "failed to log in more than once", read as at least 2: the user's "more than" still holds for a new count.
            said = times.Groups["more"].Success ? ConditionOperator.Gt : ConditionOperator.Lt;
        }

        return said is ConditionOperator.Gt or ConditionOperator.Lt ? said : null;
    }

    [GeneratedRegex(@"\b(?:(?<more>more|over)|fewer|less)\s+than\s+(?:once|twice|thrice|\w+\s+times)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrictTimes();

    private EditStep RemoveCondition(TurnContext turn, ResolvedSkill skill, SegmentDefinition definition, string what, bool moreFollow)
    {
        var conditions = definition.Conditions();
        if (TheDates().IsMatch(what.Trim()))
        {
            return WithoutDates(turn, skill, definition);
        }

        var target = FindCondition(turn, definition, what);
        if (target is null)
        {
            return EditStep.Stopped(Replies.Answer(turn, skill, $"I couldn't tell which condition \"{what.Trim()}\" is. The conditions are: {string.Join("; ", conditions.Select(c => $"{c.Id} \"{c.SourceText}\""))}. Say e.g. \"remove C2\"."));
        }

        // "remove the California part" of "in California or Texas" takes California out of the list, not the whole condition.
        if (target.Operator is ConditionOperator.In or ConditionOperator.NotIn && target.Values.Count > 1
            && NamedValues(turn, target, what) is { Count: > 0 } named && named.Count < target.Values.Count)
        {
            var kept = target with { Values = target.Values.Where(v => !named.Contains(v)).ToList() };
            return EditStep.Changed(definition with { Root = definition.Root.WithConditions(c => c.Id == target.Id ? kept : c) }, $"Removed {ValueLabels(turn, target.Facet, named)} from {target.Id} (\"{target.SourceText}\").");
        }

        if (conditions.Count == 1 && moreFollow)
        {
            // "remove electronics and add toys": the next part of the change gives the segment its condition back.
            return EditStep.Changed(definition with { Root = new AndNode { Children = [] } }, $"Removed {target.Id} (\"{target.SourceText}\").");
        }

        if (conditions.Count == 1)
        {
            return EditStep.Stopped(Replies.Answer(turn, skill, "That is the only condition; say \"start over\" to clear the segment."));
        }

        var remaining = Remove(definition.Root, target.Id!) ?? definition.Root;
        return EditStep.Changed(definition with { Root = remaining }, $"Removed {target.Id} (\"{target.SourceText}\").");
    }

    // "remove the date": behaviour is read over its default period again, and a condition that is only a date goes.
    private static EditStep WithoutDates(TurnContext turn, ResolvedSkill skill, SegmentDefinition definition)
    {
        var dated = definition.Conditions().Where(c => c.Window is not null || IsOnlyADate(turn, c)).ToList();
        if (dated.Count == 0)
        {
            return EditStep.Stopped(Replies.Answer(turn, skill, "This segment has no dates to remove; each behaviour is already read over its default period."));
        }

        var root = definition.Root;
        foreach (var condition in dated.Where(c => IsOnlyADate(turn, c)))
        {
            root = Remove(root, condition.Id!) ?? root;
        }

        if (!root.Conditions().Any())
        {
            return EditStep.Stopped(Replies.Answer(turn, skill, "The date is the only condition; say \"start over\" to clear the segment."));
        }

        root = root.WithConditions(c => c.Window is null ? c : c with { Window = null });
        return EditStep.Changed(definition with { Root = root }, $"Removed the dates from {string.Join(", ", dated.Select(c => c.Id))}; behaviour is read over its default period.");
    }

    private static bool IsOnlyADate(TurnContext turn, SegmentCondition condition) =>
        turn.Tenant.Catalog.Find(condition.Facet) is { Type: FacetType.Date };

    private static string StemmedWords(string text) =>
        " " + string.Join(' ', Regex.Matches(text.ToLowerInvariant(), "[a-z0-9$&]+").Select(m => Planning.WordStems.Stem(m.Value))) + " ";

    private static string ValueLabels(TurnContext turn, string facetId, IEnumerable<string> values)
    {
        var facet = turn.Tenant.Catalog.Find(facetId);
        return string.Join(", ", values.Select(v => facet?.FindValue(v)?.Label ?? v));
    }

    // The values of a list condition the words name (by value, label or synonym).
    // A value of a facet no condition uses, said in the words of a removal.
    private static bool NamesOtherPeople(TurnContext turn, SegmentDefinition definition, string what)
    {
        var used = definition.Conditions().Select(c => c.Facet).ToHashSet(StringComparer.Ordinal);
        return turn.Perception.Entities.Facets.Any(m => what.Contains(m.Text, StringComparison.OrdinalIgnoreCase)
            && m.Meanings.Any(x => x.Value is not null && !x.Restricted) && m.Meanings.All(x => !used.Contains(x.FacetId)));
    }

    private static HashSet<string> NamedValues(TurnContext turn, SegmentCondition condition, string what)
    {
        var facet = turn.Tenant.Catalog.Find(condition.Facet);
        // Compared word by word on stems, so "drop tablets" names the value Tablet.
        var words = StemmedWords(what);
        IEnumerable<string> Names(string v) => new[] { v, facet?.FindValue(v)?.Label ?? v }.Concat(facet?.FindValue(v)?.Synonyms ?? []);
        var named = condition.Values
            .Where(v => Names(v).Any(name => StemmedWords(name) is { Length: > 2 } stems && words.Contains(stems, StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
        if (named.Count > 0)
        {
            return named;
        }

        // "remove the SMB part" of "Enterprise or SMB Sales": a word only one of the listed values has names that value.
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1 && !Perception.EverydayWords.Contains(w)))
        {
            var having = condition.Values.Where(v => Names(v).Any(name => StemmedWords(name).Contains($" {word} ", StringComparison.Ordinal))).ToList();
            if (having.Count == 1)
            {
                named.Add(having[0]);
            }
        }

        return named;
    }

    // "swap grills for lawn care" in "garden tools or grills": only the named value of the list changes.
    private static SegmentCondition SwapNamed(SegmentCondition target, HashSet<string> named, IReadOnlyList<string> replacements) =>
        target with
        {
            Values = target.Values.SelectMany(v => named.Contains(v) ? (v == target.Values.First(named.Contains) ? replacements : []) : [v])
                .Distinct(StringComparer.Ordinal).ToList(),
        };

    // "swap the cat food for treats": in a swap, one word that ends exactly one value of the condition's own facet
    // (Pet Treats) names that value; outside a swap the word alone is too loose ("office" is not Executive Office).
    private static List<string> ValueByHeadWord(TurnContext turn, string facetId, string text)
    {
        var words = WordStems.Words(text).Select(w => w.Word).Where(w => w is not ("the" or "a" or "an" or "some" or "just" or "only")).ToList();
        if (words is not [var word] || turn.Tenant.Catalog.Find(facetId) is not { Type: FacetType.List } facet)
        {
            return [];
        }

        var stem = WordStems.Stem(word);
        var matches = facet.Values.Where(v => WordStems.Words(v.Label).LastOrDefault() is { } last && WordStems.Stem(last.Word) == stem).ToList();
        return matches is [var only] ? [only.Value] : [];
    }

    private async Task<EditStep> ReplaceConditionAsync(TurnContext turn, ResolvedSkill skill, SegmentDefinition definition, string oldText, string newText, CancellationToken cancellationToken)
    {
        var target = FindCondition(turn, definition, oldText);
        if (target is null)
        {
            return await AddToDraftAsync(turn, definition, newText, false, cancellationToken).ConfigureAwait(false);
        }

        var sameFacet = PerceiveText(turn, newText).Entities.Facets.SelectMany(m => m.Meanings)
            .Where(x => x.FacetId == target.Facet && x.Value is not null).Select(x => x.Value!).Distinct(StringComparer.Ordinal).ToList();
        if (sameFacet.Count == 0)
        {
            sameFacet = ValueByHeadWord(turn, target.Facet, newText);
        }

        if (sameFacet.Count > 0 && target.Operator is ConditionOperator.In or ConditionOperator.NotIn && target.Values.Count == 1 && !sameFacet.SequenceEqual(target.Values))
        {
            // "online instead of the app" on Preferred Channel: another value of the same facet, not Purchase Channel.
            var changed = target with { Values = sameFacet };
            return EditStep.Changed(definition with { Root = definition.Root.WithConditions(c => c.Id == target.Id ? changed : c) }, $"{target.Id} (\"{target.SourceText}\") is now {ValueLabels(turn, target.Facet, sameFacet)}.");
        }

        if (sameFacet.Count > 0 && target.Operator is ConditionOperator.In or ConditionOperator.NotIn && target.Values.Count > 1
            && NamedValues(turn, target, oldText) is { Count: > 0 } namedHere && namedHere.Count < target.Values.Count)
        {
            return EditStep.Changed(definition with { Root = definition.Root.WithConditions(c => c.Id == target.Id ? SwapNamed(target, namedHere, sameFacet) : c) },
                $"Replaced {ValueLabels(turn, target.Facet, namedHere)} with {ValueLabels(turn, target.Facet, sameFacet)} in {target.Id} (\"{target.SourceText}\").");
        }

        var (planned, question) = await PlanPartOfMessageAsync(turn, skill, newText, cancellationToken).ConfigureAwait(false);
        if (question is not null)
        {
            return EditStep.Stopped(question);
        }

        var replacement = planned!.Root;
        if (replacement is SegmentCondition { Operator: ConditionOperator.In or ConditionOperator.NotIn } swapped && swapped.Facet == target.Facet
            && target.Operator is ConditionOperator.In or ConditionOperator.NotIn && target.Values.Count > 1
            && NamedValues(turn, target, oldText) is { Count: > 0 } named && named.Count < target.Values.Count)
        {
            return EditStep.Changed(definition with { Root = definition.Root.WithConditions(c => c.Id == target.Id ? SwapNamed(target, named, swapped.Values) : c) },
                $"Replaced {ValueLabels(turn, target.Facet, named)} with {ValueLabels(turn, target.Facet, swapped.Values)} in {target.Id} (\"{target.SourceText}\").");
        }

        if (replacement is SegmentCondition single && single.Facet == target.Facet || replacement is SegmentCondition { Window: null } && IsEvent(turn, target))
        {
            // Keep what the user did not mention changing: the window, frequency and amount of the old condition.
            var condition = (SegmentCondition)replacement;
            replacement = condition with
            {
                Window = condition.Window ?? (IsEvent(turn, condition) ? target.Window : null),
                Frequency = condition.Frequency ?? (condition.Facet == target.Facet ? target.Frequency : null),
                Aggregate = condition.Aggregate ?? (condition.Facet == target.Facet ? target.Aggregate : null),
                Id = target.Id,
            };
        }

        var root = definition.Root.WithConditions(c => c.Id == target.Id ? (replacement as SegmentCondition ?? c) : c);
        if (replacement is not SegmentCondition)
        {
            root = new AndNode { Children = [.. Flatten(Remove(definition.Root, target.Id!) ?? definition.Root), replacement] };
        }

        return EditStep.Changed(definition with { Root = root }, $"Replaced {target.Id} (\"{target.SourceText}\") with \"{newText.Trim()}\".");
    }

    private static SegmentCondition? FindCondition(TurnContext turn, SegmentDefinition definition, string what)
    {
        // Compared by stem, so "the messaging part" finds "messaged someone".
        var words = Regex.Matches(what.ToLowerInvariant(), "[a-z0-9$]+").Select(m => m.Value).Where(w => w.Length > 2 && w is not ("the" or "part" or "condition" or "filter" or "bit" or "exclusion" or "requirement" or "restriction" or "rule"))
            .Select(Planning.WordStems.Stem).ToHashSet(StringComparer.Ordinal);
        var conditions = definition.Conditions();
        // A word naming a condition's value ("Texas" → state TX) says more than the same word in another condition's source text.
        return conditions.FirstOrDefault(c => string.Equals(c.Id, what.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? conditions
                .Select(c => (Condition: c, Score: Words(c, turn).Count(words.Contains) + (2 * NamedValues(turn, c, what).Count)))
                .Where(s => s.Score > 0)
                .OrderByDescending(s => s.Score)
                .Select(s => s.Condition)
                .FirstOrDefault();
    }

    private static IEnumerable<string> Words(SegmentCondition condition, TurnContext turn)
    {
        var facet = turn.Tenant.Catalog.Find(condition.Facet);
        // The facet's synonyms are how people name it later ("the browsing part" of Product Views, "browsing activity").
        var text = $"{condition.SourceText} {facet?.Name} {string.Join(' ', facet?.Synonyms ?? [])} {string.Join(' ', condition.Values)} {string.Join(' ', condition.Values.Select(v => facet?.FindValue(v)?.Label ?? v))} {string.Join(' ', condition.Values.SelectMany(v => facet?.FindValue(v)?.Synonyms ?? []))}";
        return Regex.Matches(text.ToLowerInvariant(), "[a-z0-9$]+").Select(m => Planning.WordStems.Stem(m.Value)).Distinct(StringComparer.Ordinal);
    }

    // A named value of a facet a condition of the draft already holds, which that condition does not hold yet.
    private static bool ProposesOtherValue(PerceptionResult perception, SegmentDefinition definition, TurnContext turn)
    {
        var conditions = definition.Conditions().ToList();
        return perception.Entities.Facets.Count > 0
            && perception.Entities.Facets.All(m => m.Meanings.Any(x => x.Value is not null
                && conditions.Any(c => c.Facet == x.FacetId && !c.Values.Contains(x.Value, StringComparer.Ordinal)
                    && turn.Tenant.Catalog.Find(c.Facet) is { Type: FacetType.List })));
    }

    // "over the past quarter instead", "for the last 2 weeks", "use last month": with a draft open, a period said on its
    // own moves the draft's periods.
    internal static bool NamesOnlyAPeriod(PerceptionResult perception)
    {
        var dates = perception.Entities.Dates.Where(d => d.Resolution.Window is not null).ToList();
        if (dates.Count != 1)
        {
            return false;
        }

        var text = perception.CorrectedText;
        var rest = text[..dates[0].Start] + " " + text[(dates[0].Start + dates[0].Length)..];
        return PeriodEditWords().Replace(rest, " ").Trim().Length == 0;
    }

    // Short edit commands ("undo", "start over", "drop the Texas part") read as other intents out of context.
    internal static bool IsDraftCommand(string text, Intent intent)
    {
        var trimmed = text.Trim().TrimEnd('.', '!');
        return UndoRequest().IsMatch(trimmed) || StartOverRequest().IsMatch(trimmed)
            || (intent != Intent.Delete && RemoveRequest().IsMatch(trimmed) && !trimmed.Contains("segment", StringComparison.OrdinalIgnoreCase))
            || (ChangeRequest().IsMatch(trimmed) && (DaysOnly().IsMatch(trimmed) || MakeItNumber().IsMatch(trimmed)))
            || ContinuationPrefix().IsMatch(trimmed)
            || EditFrame.IsFramedChange(trimmed)
            || Correction(trimmed) is { Corrects: true };
    }

    private static bool IsEvent(TurnContext turn, SegmentCondition condition) => turn.Tenant.Catalog.Find(condition.Facet)?.Kind == FacetKind.Event;

    private static IEnumerable<SegmentNode> Flatten(SegmentNode root) => root is AndNode and ? and.Children : [root];

    private static SegmentNode? Remove(SegmentNode node, string conditionId)
    {
        switch (node)
        {
            case SegmentCondition condition:
                return condition.Id == conditionId ? null : condition;
            case NotNode not:
                return Remove(not.Child, conditionId) is { } child ? not with { Child = child } : null;
            case AndNode and:
                var andChildren = and.Children.Select(c => Remove(c, conditionId)).OfType<SegmentNode>().ToList();
                return andChildren.Count switch { 0 => null, 1 => andChildren[0], _ => and with { Children = andChildren } };
            case OrNode or:
                var orChildren = or.Children.Select(c => Remove(c, conditionId)).OfType<SegmentNode>().ToList();
                return orChildren.Count switch { 0 => null, 1 => orChildren[0], _ => or with { Children = orChildren } };
            default:
                return node;
        }
    }

    private static string SegmentText(SegmentCard card, string noun)
    {
        var text = new StringBuilder();
        text.Append("**").Append(card.Name).Append("** — ").AppendLine(card.Description);
        if (card.EstimatedSize is { } size && card.TotalPopulation is { } population)
        {
            var share = population == 0 ? 0 : (double)size / population;
            text.Append("About ").Append(size.ToString("N0", CultureInfo.InvariantCulture)).Append(" of ")
                .Append(population.ToString("N0", CultureInfo.InvariantCulture)).Append(' ').Append(noun)
                .Append(" (").Append((share * 100).ToString("0.0", CultureInfo.InvariantCulture)).AppendLine("%).");
        }

        foreach (var assumption in card.Assumptions)
        {
            text.Append("- ").AppendLine(assumption);
        }

        if (card.Status == "needs_review")
        {
            text.AppendLine("Confidence is below 50%: this segment needs a human review before use.");
        }

        return text.ToString().TrimEnd();
    }


    [GeneratedRegex(@"^(?:(?:ok|okay|actually|now|please)[,.!]?\s+)*(?:swap|switch|replace|change|turn)\s+(?<old>.+?)\s+(?:for|to|with|into|by)\s+(?<new>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SwapRequest();

    [GeneratedRegex(@"^(?:.*?\b(?:so\s+)?(?:it's|it\s+is|make\s+it|use)\s+)?(?<new>.+?)\s+(?:instead\s+of|rather\s+than)\s+(?<old>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InsteadRequest();

    [GeneratedRegex(@"\b(too|as well)\b|^(?:please\s+)?(?:add|include)\b|^(?:also|and)\s+(?:add|include)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex TooCue();

    // "tablets only", "only the pro plan": the list becomes what was named.
    [GeneratedRegex(@"\bonly\b|^\s*(?:(?:ok|okay|actually|now|no|so|well|hmm|wait|sorry)[,.!]?\s+)*just\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnlyCue();

    // With a draft open, "only online orders", "just founders", "limit it to Texas" refine it; they never start a new segment.
    [GeneratedRegex(@"^(?:and|but)\s+(?:only|also|just|not|exclude|without)\b|^not\s+(?!(?:sure|really|quite|yet|now|that|this|what|how|exactly|bad|good|great|helpful|right|correct|me|you|it)\b)\w|^(?:(?:ok|okay|actually|now)[,.!]?\s+)*(?:make|set)\s+the\s+\w+\s+\w|^(?:and\s+)?(?:also\s+)?(?:plus|throw\s+in|bring\s+in)\b|^(?:and|but|plus)\s+(?:who|whose|that|with|having)\b|^(?:and\s+)?(?:who|that|whose|which)\s+(?:also|too|additionally)\b|^(?:[\w&'-]+,?\s+){1,4}only(?:\s+please)?\s*[.!]?$|^(?:(?:ok|okay|actually|now|and|but|also)[,.!]?\s+)*(?:(?:only|just)\b(?!\s+(?:show|list|tell|explain|describe|want|need|curious|wondering|checking|asking|give|save|saved|kidding))|(?:limit|restrict|narrow)\s+(?:it|that|this|them)\b|keep\s+only\b|exclude\b|include\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContinuationPrefix();

    [GeneratedRegex(@"^(undo|undo that|go back|revert( that| the last change)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UndoRequest();

    [GeneratedRegex(@"\b(start over|start again|from scratch|reset|clear (it|everything|the segment))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartOverRequest();

    [GeneratedRegex(@"^(?:(?:ok|okay|actually|now|also|oh|hmm|wait|and|sorry)[,.!]?\s+)*(?:please\s+|(?:can|could) you\s+|let's\s+)?(?:(?:drop(?!\s+(?:it|that|this|the\s+\w+)(?:\s+down)?\s+to\s)|remove|delete|take out|get rid of|forget about|forget(?=\s+the\b)|lose(?=\s+the\b)|skip(?=\s+the\b)|no\s+need\s+for|(?:we\s+|i\s+)?don't\s+need|ditch|scrap)\s+(?<what>.+?)(?:\s+(?:part|condition|filter|bit|exclusion|requirement|restriction|criterion|rule))?|take\s+(?<what>.+?)\s+out(?:\s+of\s+(?:it|that|this|there|the\s+segment))?)(?:\s+please)?[.!?]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RemoveRequest();

    [GeneratedRegex(@"^(?:(?:ok|okay|actually|hmm|wait|sorry|oh|and)[,.!]?\s+)*(?:no|not|none\s+of\s+the|without(?:\s+the)?)\s+(?<what>.+?)(?:\s+(?:after\s+all|any\s*more|then|either|please|thanks|though))+\s*[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TakenBack();

    // The conditions a person must meet (not under a NOT).
    private static IEnumerable<SegmentCondition> Included(SegmentNode node) => node switch
    {
        SegmentCondition condition => [condition],
        AndNode and => and.Children.SelectMany(Included),
        OrNode or => or.Children.SelectMany(Included),
        _ => [],
    };

    [GeneratedRegex(@"\b(?:ok|okay|actually|now|please|so|just|let's|lets|let|us|use|using|make|it|that|this|change|set|switch|extend|shorten|narrow|stretch|widen|expand|move|look|looking|at|to|the|for|over|in|during|within|instead|rather|try|go|with|window|period|time|frame|timeframe|do|how|about|what|back|same|but|and|then|thanks|thank|you|both|of|those|these|them|all|each|every|windows|periods|dates)\b|[^\w]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodEditWords();

    [GeneratedRegex(@"\bmake\s+(?:it|that)\s+(\d{1,4})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MakeItNumber();

    // "make it 5" on "failed to log in more than 3 times this month": a bare number nearer (as a ratio) to the draft's
    // count than to its period's length in days is the new count.
    private static bool NearerACount(TurnContext turn, SegmentDefinition definition, int number)
    {
        var counts = definition.Conditions().Select(c => c.Frequency is { Per: FrequencyPeriod.Window } f ? f.Count
            : turn.Tenant.Catalog.Find(c.Facet) is { Type: FacetType.Number, Sql.Aggregate: AggregateFunction.Count } && c.Values.Count == 1
                && double.TryParse(c.Values[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0).Where(v => v >= 1).ToList();
        var days = definition.Conditions().Select(c => c.Window?.Days ?? (IsEvent(turn, c) ? turn.Tenant.Config.Dates.DefaultEventWindowDays : 0)).Where(d => d > 0).ToList();
        if (counts.Count == 0 || days.Count == 0 || number < 1)
        {
            return false;
        }

        static double Distance(double a, double b) => Math.Abs(Math.Log(a / b));
        return counts.Min(c => Distance(number, c)) < days.Min(d => Distance(number, d));
    }

    // The values a correction names ("no, make it home goods", "I meant toys", "same but cat food"), and whether it says
    // it corrects something (a "no", "actually", "I meant" or "same but"; a bare "make it X" is left to the other
    // edits). A restated request is not one.
    private static (string Words, bool Corrects)? Correction(string text)
    {
        var lead = CorrectionLead().Match(text);
        if (!lead.Success || lead.Length >= text.Length || Restatement().IsMatch(text[lead.Length..]))
        {
            return null;
        }

        return (text[lead.Length..], lead.Groups["meant"].Success || CorrectingWord().IsMatch(lead.Groups["lead"].Value));
    }

    [GeneratedRegex(@"^(?<lead>(?:(?:no|nope|sorry|actually|wait|oops|oh|ok|okay)[,.!]?\s+)*)(?:(?:make|change)\s+(?:it|that)\s+(?:to\s+|into\s+)?|(?<meant>i\s+meant?\s+)|(?<meant>(?:the\s+)?same\s+(?:thing\s+|again\s+|one\s+|segment\s+)?but\s+(?:with\s+|for\s+)?))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CorrectionLead();

    [GeneratedRegex(@"\b(?:no|nope|sorry|actually|wait|oops|oh)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CorrectingWord();

    [GeneratedRegex(@"^(?:then\s+|and\s+)?(?:add|include|plus|put\s+in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddsCondition();

    // "I meant employees who have design tool licenses" restates the whole request rather than correcting a value.
    [GeneratedRegex(@"^(?:all\s+|the\s+)?(?:customers|employees|users|people|members|staff|shoppers|folks|anyone|everyone|those)\b|\b(?:who|whose|that)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Restatement();

    [GeneratedRegex(@"\b(make it|make that|make the|make (?:both|all)(?: of)? (?:those|these|them|the \w+)|(?:drop|bring|take|knock|push|move) (?:it|that|this|the \w+)(?: (?:down|up|back))? to|i meant|i mean|same (?:thing |again |one |segment )?but|change|set|raise|lower|increase|decrease|bump|use|instead|switch|widen|extend|expand|narrow|shorten|go back|tighten|loosen|relax|stretch|broaden|reduce|adjust|update)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeRequest();

    [GeneratedRegex(@"\b(\d{1,4})\s*(day|week|month|year)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysOnly();

    [GeneratedRegex(@"\d\S*\s+(?:to|into|->|=>)\s+\$?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewAmountLast();

    // "make it 60 days", "change the window to 6 months": a trailing period said without "last".
    private static TimeWindow BareWindow(Match said, DateOnly asOf)
    {
        var count = int.Parse(said.Groups[1].Value, CultureInfo.InvariantCulture);
        var unit = said.Groups[2].Success ? said.Groups[2].Value.ToLowerInvariant() : "day";
        var start = unit switch
        {
            "week" => asOf.AddDays(-7 * count),
            "month" => asOf.AddMonths(-count),
            "year" => asOf.AddYears(-count),
            _ => asOf.AddDays(-count),
        };
        return TimeWindow.Trailing(asOf.DayNumber - start.DayNumber, asOf, $"the last {count} {unit}{(count == 1 ? "" : "s")}");
    }

    [GeneratedRegex(@"^(?:(?:ok|okay|actually|now|and|please)[,.!]?\s+)*(?:also\s+)?(?:include|plus|throw\s+in|bring\s+in|add\s+in)\s+(?:anyone|anybody|everyone|people|those|users|customers|employees|folks|the\s+ones)\s+(?:who|that)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnionRequest();

    [GeneratedRegex(@"^(?:and\s+|but\s+)?(?:also\s+|please\s+|now\s+)*(?:exclude|excluding|except|without|minus|not|but not|remove anyone who|remove those who|leave out|filter out|take out|drop anyone|remove anyone)\s+(?:anyone|those|people|customers|users|employees)?\s*(?:who|that)?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExcludeRequest();

    [GeneratedRegex(@"^(?:the\s+|that\s+|any\s+)?(?:date|dates|date\s+range|date\s+filter|time\s+(?:window|frame|period|limit|range|filter)|timeframe|time|window|period)(?:\s+(?:part|bit|condition|filter|restriction|limit))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheDates();

    [GeneratedRegex(@"^\s*(?<unit>[a-z]+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"^(?:(?:ok|okay|fine|great|cool|alright|sure|actually|now)[,.!]?\s+)*(?:and\s+)?(?:only|also|just|add|plus|throw\s+in|toss\s+in|bring\s+in|and|but|with|keep only|limit (?:it|that|this) to|restrict (?:it|that|this) to|narrow (?:it|that|this) (?:down )?to)\s+(?:(?:add|only|also|limit (?:it|that|this) to)\s+)?(?:those\s+|the\s+ones\s+|people\s+|customers\s+)?(?:who\s+|that\s+)?(?:are\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddPrefix();
}
