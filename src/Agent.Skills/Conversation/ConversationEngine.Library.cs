using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Planning;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Conversation;

/// <summary>Saved segments, explanations, overlap questions and help.</summary>
public sealed partial class ConversationEngine
{
    private static readonly AmbiguityOption Yes = new("yes", "Yes, delete it", "yes");
    private static readonly AmbiguityOption No = new("no", "No, keep it", "no");

    private async Task<ChatReply> QueryAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = turn.Perception.CorrectedText.Trim().TrimEnd('.', '?', '!');
        var management = Skill("segment_management", turn.Tenant);
        try
        {
            if (SaveRequest().Match(text) is { Success: true } save)
            {
                return await SaveDraftAsync(turn, management, save.Groups["name"].Success ? Unquote(save.Groups["name"].Value) : null, cancellationToken).ConfigureAwait(false);
            }

            if (RenameRequest().Match(text) is { Success: true } rename)
            {
                Library(turn).Demand(TenantPermission.Edit);
                var segment = await FindSavedAsync(turn, rename.Groups["old"].Value, cancellationToken).ConfigureAwait(false);
                var renamed = await Library(turn).RenameAsync(turn.Tenant.Id, segment.Id, Unquote(rename.Groups["new"].Value), turn.Request.UserId, cancellationToken).ConfigureAwait(false);
                return Replies.Answer(turn, management, $"Renamed \"{segment.Name}\" to \"{renamed.Name}\".");
            }

            if (DuplicateRequest().Match(text) is { Success: true } duplicate)
            {
                Library(turn).Demand(TenantPermission.Create);
                var segment = await FindSavedAsync(turn, duplicate.Groups["old"].Value, cancellationToken).ConfigureAwait(false);
                var name = duplicate.Groups["new"].Success ? Unquote(duplicate.Groups["new"].Value) : $"{segment.Name} (copy)";
                var copy = await Library(turn).DuplicateAsync(turn.Tenant.Id, segment.Id, name, turn.Request.UserId, cancellationToken).ConfigureAwait(false);
                return Replies.Answer(turn, management, $"Copied \"{segment.Name}\" as \"{copy.Name}\" ({copy.Id}).");
            }

            if (ListRequest().IsMatch(text))
            {
                return await ListAsync(turn, management, cancellationToken).ConfigureAwait(false);
            }

            if (ShowRequest().Match(text) is { Success: true } show && show.Groups["name"].Success && !DraftWords().IsMatch(show.Groups["name"].Value))
            {
                var segment = await FindSavedAsync(turn, show.Groups["name"].Value, cancellationToken).ConfigureAwait(false);
                return await ExplainAsync(turn, segment.Definition, $"Saved segment {segment.Id}, version {segment.Version}.", cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SegmentLibraryException ex) when (ex.Failure == SegmentLibraryFailure.NotFound && turn.Perception.Entities.Facets.Count > 0 && ShowRequest().IsMatch(text))
        {
            // "show us founders on the pro plan" names no saved segment but describes an audience: build it.
            return turn.Session.Draft is null
                ? await CreateAsync(turn, turn.Perception.CorrectedText, cancellationToken).ConfigureAwait(false)
                : await EditAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        catch (SegmentLibraryException ex)
        {
            return LibraryRefused(turn, management, ex);
        }

        if (turn.Session.Draft is { } draft && ExplainWords().IsMatch(text))
        {
            return await ExplainAsync(turn, draft.Definition, null, cancellationToken).ConfigureAwait(false);
        }

        if (turn.Perception.Entities.Facets.Count > 0)
        {
            // "lapsed customers", "pet owners": naming catalog terms without a library command asks for a segment.
            return turn.Session.Draft is null
                ? await CreateAsync(turn, turn.Perception.CorrectedText, cancellationToken).ConfigureAwait(false)
                : await EditAsync(turn, cancellationToken).ConfigureAwait(false);
        }

        if (turn.Session.Draft is { } current)
        {
            return await ExplainAsync(turn, current.Definition, null, cancellationToken).ConfigureAwait(false);
        }

        return await ListAsync(turn, management, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ChatReply> ExplainAsync(TurnContext turn, SegmentDefinition definition, string? note, CancellationToken cancellationToken)
    {
        var skill = Skill("segment_explain", turn.Tenant);
        var compiled = SegmentCompiler.Compile(definition, turn.Tenant, turn.Warehouse?.Dialect ?? SqlDialect.DuckDb, turn.AsOf);
        var estimate = turn.Warehouse is { } warehouse
            ? await _estimator.EstimateAsync(compiled, turn.Tenant, warehouse, cancellationToken: cancellationToken).ConfigureAwait(false)
            : null;
        var card = SegmentCardBuilder.Build(turn.Session.Draft?.Id ?? "segment", compiled, turn.Tenant, estimate, []);
        var text = SegmentExplainer.Explain(card, turn.Tenant.Config.Entity.Noun);
        return Replies.Answer(turn, skill, note is null ? text : $"{note}\n\n{text}", card);
    }

    private async Task<ChatReply> ListAsync(TurnContext turn, ResolvedSkill skill, CancellationToken cancellationToken)
    {
        var saved = await Library(turn).ListAsync(turn.Tenant.Id, cancellationToken).ConfigureAwait(false);
        if (saved.Count == 0)
        {
            return Replies.Answer(turn, skill, "No segments are saved in this workspace yet. Build one and say \"save it as …\".");
        }

        var text = new StringBuilder("Saved segments:\n");
        foreach (var segment in saved)
        {
            text.Append("- ").Append(segment.Name).Append(" (").Append(segment.Id).Append(", v").Append(segment.Version.ToString(CultureInfo.InvariantCulture))
                .Append(", by ").Append(segment.OwnerId).Append(", ").Append(segment.UpdatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).AppendLine(")");
        }

        return Replies.Answer(turn, skill, text.ToString().TrimEnd());
    }

    private async Task<ChatReply> SaveDraftAsync(TurnContext turn, ResolvedSkill skill, string? name, CancellationToken cancellationToken)
    {
        if (turn.Session.Draft is not { } draft)
        {
            return Replies.Answer(turn, skill, "There's no segment to save yet. Describe an audience first.");
        }

        if (draft.SavedAs is { } savedId && name is null)
        {
            var updated = await Library(turn).UpdateAsync(turn.Tenant.Id, savedId, draft.Definition, turn.Request.UserId, Origin(turn), cancellationToken).ConfigureAwait(false);
            await NoteSavedAsync(turn, draft, updated, cancellationToken).ConfigureAwait(false);
            return Replies.Answer(turn, skill, $"Saved \"{updated.Name}\" as version {updated.Version}.");
        }

        var saved = await Library(turn).SaveAsync(turn.Tenant.Id, turn.Request.UserId, name ?? draft.Definition.Name ?? "Untitled segment", draft.Definition, Origin(turn), cancellationToken).ConfigureAwait(false);
        await NoteSavedAsync(turn, draft, saved, cancellationToken).ConfigureAwait(false);
        turn.Session = turn.Session with { Draft = draft with { SavedAs = saved.Id, Definition = saved.Definition } };
        return Replies.Answer(turn, skill, $"Saved as \"{saved.Name}\" ({saved.Id}).");
    }

    // The library as the turn's user may use it: each operation checks their role, whichever intent led here.
    private AuthorizedSegmentLibrary Library(TurnContext turn) =>
        new(_library, _permissions, turn.Tenant.Config, turn.Request.UserId, turn.Request.TrustUnknownUsers);

    private static ChatReply LibraryRefused(TurnContext turn, ResolvedSkill? skill, SegmentLibraryException ex) =>
        ex.Failure == SegmentLibraryFailure.Forbidden
            ? Replies.Refusal(turn, skill, ex.Message, "permission")
            : Replies.Answer(turn, skill, ex.Message);

    // The saving turn, so the segment's audit trail (this session's turns) can be found from the library.
    private static SegmentOrigin Origin(TurnContext turn) => new(turn.Session.SessionId, turn.Turn);

    private async Task<ChatReply> DeleteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var skill = Skill("segment_management", turn.Tenant);
        var text = turn.Perception.CorrectedText.Trim().TrimEnd('.', '?', '!');
        var target = DeleteRequest().Match(text) is { Success: true } match ? match.Groups["name"].Value : text;
        SavedSegment segment;
        try
        {
            Library(turn).Demand(TenantPermission.Delete);
            segment = DraftWords().IsMatch(target) && turn.Session.Draft?.SavedAs is { } savedId
                ? (await Library(turn).GetAsync(turn.Tenant.Id, savedId, cancellationToken).ConfigureAwait(false))!
                : await FindSavedAsync(turn, target, cancellationToken).ConfigureAwait(false);
        }
        catch (SegmentLibraryException ex)
        {
            return LibraryRefused(turn, skill, ex);
        }

        var question = new AmbiguityDecision(new AmbiguitySlot("confirm_delete", segment.Id), AmbiguityAction.Ask, null,
            $"Delete \"{segment.Name}\" ({segment.Id})? This cannot be undone.", [Yes, No], null);
        AmbiguityResolver.RecordAsked(turn.Ambiguities, question, turn.Turn);
        turn.Session = turn.Session with { Pending = new PendingClarification(question.Slot, question.Options, text, skill.SkillId), TaskStep = $"awaiting_delete_confirmation:{segment.Id}" };
        return Replies.Clarification(turn, skill, question);
    }

    private async Task<ChatReply> ConfirmAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var skill = Skill("segment_management", turn.Tenant);
        const string Prefix = "awaiting_delete_confirmation:";
        if (turn.Session.TaskStep.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var id = turn.Session.TaskStep[Prefix.Length..];
            var refused = NoWords().IsMatch(turn.Perception.NormalizedText);
            turn.Session = turn.Session with { Pending = null, TaskStep = "idle" };
            if (refused)
            {
                return Replies.Answer(turn, skill, "Kept it; nothing was deleted.");
            }

            var deleted = await Library(turn).DeleteAsync(turn.Tenant.Id, id, turn.Request.UserId, cancellationToken).ConfigureAwait(false);
            if (turn.Session.Draft?.SavedAs == id)
            {
                turn.Session = turn.Session with { Draft = turn.Session.Draft with { SavedAs = null } };
            }

            return Replies.Answer(turn, skill, deleted ? $"Deleted {id}." : $"{id} was already gone.");
        }

        if (turn.Session.Draft is not null)
        {
            return Replies.Answer(turn, Skill("segment_creation", turn.Tenant), "Great — the segment is ready. Say \"save it as …\" to keep it, or keep refining it.");
        }

        return Replies.Answer(turn, skill, "There's nothing waiting for a confirmation.");
    }

    private async Task<ChatReply> OverlapAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var skill = Skill("segment_overlap", turn.Tenant);
        var text = QuestionLead().Replace(turn.Perception.CorrectedText.Trim().TrimEnd('?', '.', '!'), "");
        // "drafted a term sheet and also sent a DM": "and also" joins two conditions of one audience, not two groups.
        var split = JoinedConditions().IsMatch(text) && !QuestionLead().IsMatch(turn.Perception.CorrectedText) ? Match.Empty : OverlapSplit().Match(text);
        if (!split.Success && turn.Session.Draft is { } draft && OverlapWithDraft().Match(text) is { Success: true } withDraft && turn.Warehouse is not null)
        {
            return await OverlapWithDraftAsync(turn, skill, draft, withDraft.Groups["target"].Value.Trim(), cancellationToken).ConfigureAwait(false);
        }

        if (!split.Success)
        {
            // Not two groups to compare ("customers likely to buy electronics"): it is a segment request.
            return await CreateAsync(turn, turn.Perception.CorrectedText, cancellationToken).ConfigureAwait(false);
        }

        if (turn.Warehouse is null)
        {
            return Replies.Answer(turn, skill, $"I can't measure overlaps without the warehouse: {turn.WarehouseProblem}.");
        }

        var baseText = split.Groups["base"].Value.Trim();
        var targetText = split.Groups["target"].Value.Trim();
        var definitions = new List<SegmentDefinition>();
        foreach (var part in new[] { baseText, targetText })
        {
            var (definition, question) = await PlanPartOfMessageAsync(turn, skill, part, cancellationToken).ConfigureAwait(false);
            if (question is not null)
            {
                return question;
            }

            definitions.Add(definition!);
        }

        var result = await _overlap.AnalyzeAsync(definitions[0], definitions[1], turn.Tenant, turn.Warehouse, turn.AsOf, cancellationToken).ConfigureAwait(false);
        var noun = turn.Tenant.Config.Entity.Noun;
        var answer = $"{result.TargetShareWithinBase:P1} of {baseText} also {targetText} ({result.Both:N0} of {result.BaseSize:N0}), against {result.TargetShareOverall:P1} of all {noun} — lift {result.Lift:0.00}, {result.Strength}.";
        return Replies.Answer(turn, skill, answer.Replace(" %", "%", StringComparison.Ordinal));
    }

    private async Task<ChatReply> OverlapWithDraftAsync(TurnContext turn, ResolvedSkill skill, DraftSegment draft, string targetText, CancellationToken cancellationToken)
    {
        var (target, question) = await PlanPartOfMessageAsync(turn, skill, targetText, cancellationToken).ConfigureAwait(false);
        if (question is not null)
        {
            return question;
        }

        var result = await _overlap.AnalyzeAsync(draft.Definition, target!, turn.Tenant, turn.Warehouse!, turn.AsOf, cancellationToken).ConfigureAwait(false);
        var name = draft.Definition.Name ?? "this segment";
        var answer = $"{result.TargetShareWithinBase:P1} of \"{name}\" are also {targetText} ({result.Both:N0} of {result.BaseSize:N0}), against {result.TargetShareOverall:P1} of all {turn.Tenant.Config.Entity.Noun} — lift {result.Lift:0.00}, {result.Strength}.";
        return Replies.Answer(turn, skill, answer.Replace(" %", "%", StringComparison.Ordinal));
    }

    private ChatReply Help(TurnContext turn)
    {
        var skill = Skill("help", turn.Tenant);
        var text = new StringBuilder($"I build customer segments for {turn.Tenant.Config.DisplayName} from plain English, grounded in your catalog of {turn.Tenant.Catalog.Facets.Count} facets. I can:\n");
        foreach (var active in _skills.ActiveSkills().Where(s => s.SkillId != "help"))
        {
            var example = active.Examples.FirstOrDefault(e => e.Tenant is null || e.Tenant == turn.Tenant.Id)?.Input;
            text.Append("- ").Append(active.Description.TrimEnd('.')).Append(example is null ? "" : $" — e.g. \"{example}\"").AppendLine();
        }

        text.Append("Every segment comes with its size, SQL and the assumptions I made; ask \"explain it\" any time.");
        return Replies.Answer(turn, skill, text.ToString());
    }

    private async Task<SavedSegment> FindSavedAsync(TurnContext turn, string reference, CancellationToken cancellationToken)
    {
        var name = Unquote(reference.Trim());
        if (DraftWords().IsMatch(name) && turn.Session.Draft?.SavedAs is { } savedId && await Library(turn).GetAsync(turn.Tenant.Id, savedId, cancellationToken).ConfigureAwait(false) is { } current)
        {
            return current;
        }

        return await Library(turn).GetAsync(turn.Tenant.Id, name, cancellationToken).ConfigureAwait(false)
            ?? await Library(turn).FindByNameAsync(turn.Tenant.Id, name, cancellationToken).ConfigureAwait(false)
            ?? await Library(turn).FindByNameAsync(turn.Tenant.Id, SegmentWord().Replace(name, "").Trim(), cancellationToken).ConfigureAwait(false)
            ?? await Library(turn).FindByNameAsync(turn.Tenant.Id, LeadingArticle().Replace(SegmentWord().Replace(name, ""), "").Trim(), cancellationToken).ConfigureAwait(false)
            ?? throw new SegmentLibraryException($"I couldn't find a saved segment called \"{name}\". Say \"list my segments\" to see them.", SegmentLibraryFailure.NotFound);
    }

    private static string Unquote(string text) => text.Trim().Trim('"', '\'', '“', '”').Trim();

    [GeneratedRegex(@"\b(?:save|store|keep)\b(?:\s+(?:it|this|that|the segment|the draft|this draft|this segment))?(?:\s+(?:as|under(?:\s+the\s+name)?|named|called|with\s+the\s+name)\s+(?<name>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaveRequest();

    [GeneratedRegex(@"\brename\s+(?<old>.+?)\s+(?:to|as)\s+(?<new>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RenameRequest();

    [GeneratedRegex(@"\b(?:duplicate|copy|clone)\s+(?<old>.+?)(?:\s+(?:as|to|named|called)\s+(?<new>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateRequest();

    [GeneratedRegex(@"\b(list|show|what are|which)\b.*\bsegments\b|\bmy segments\b|\bsaved segments\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListRequest();

    // How to explain ("in plain English", "again") is not part of what to explain.
    [GeneratedRegex(@"\b(?:show|open|explain|describe|load)\s+(?:me\s+)?(?:the\s+)?(?:segment\s+)?(?<name>.+?)(?:\s+(?:in\s+(?:plain|simple|simpler)\s+(?:english|terms|words|language)|simply|again|please|for\s+me|briefly))*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShowRequest();

    [GeneratedRegex(@"\b(?:delete|remove|drop|trash|nuke|kill|wipe)\s+(?:the\s+)?(?:segment\s+)?(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeleteRequest();

    [GeneratedRegex(@"^(it|this|that|this one|the segment|the draft|my segment|current( segment)?|the current one|this segment|that segment)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DraftWords();

    [GeneratedRegex(@"\bsegment\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SegmentWord();

    [GeneratedRegex(@"^\s*(?:the|my|our)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"\b(explain|describe|why|what is|what's|how (big|many|large)|size|show|sql|logic|details)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExplainWords();

    [GeneratedRegex(@"^\s*(no|nope|cancel|keep|don't|do not|stop)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoWords();

    [GeneratedRegex(@"^\s*(?:do|does|did|are|is|will|would|how many|what share of|what percentage of)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionLead();

    [GeneratedRegex(@"\boverlap(?:s)?\s+(?:with|between\s+(?:it|this|this segment)\s+and)\s+(?<target>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OverlapWithDraft();

    [GeneratedRegex(@"^(?<base>.+?)\s+(?:also|too|as well|tend to|usually)\s+(?<target>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OverlapSplit();

    [GeneratedRegex(@"\b(?:and|but)\s+(?:also|too)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinedConditions();
}
