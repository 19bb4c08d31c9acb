using System.Globalization;
using System.Text;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Handlers;

/// <summary>
/// The <c>manage_segments</c> procedure: lists, shows, saves, renames, duplicates and deletes saved segments.
/// Deleting asks first, and the confirmation that follows is this skill's too.
/// </summary>
[SkillOptions(typeof(SegmentManagementOptions))]
internal sealed class SegmentManagementHandler(SavedSegments library, SegmentExplanations explanations, SkillRegistry skills, TurnJournal journal) : ISkillHandler
{
    private static readonly AmbiguityOption Yes = new("yes", "Yes, delete it", "yes");
    private static readonly AmbiguityOption No = new("no", "No, keep it", "no");

    public async Task<ChatReply?> HandleAsync(SkillContext context, CancellationToken cancellationToken = default) =>
        context.Intent == Intent.Delete ? await DeleteAsync(context.Turn, context.Skill, context.Options<SegmentManagementOptions>().RequireDeleteConfirmation, cancellationToken).ConfigureAwait(false)
        : context.Intent == Intent.Confirm ? await ConfirmAsync(context.Turn, context.Skill, cancellationToken).ConfigureAwait(false)
        : await QueryAsync(context, cancellationToken).ConfigureAwait(false);

    // A command on saved segments; with none said, the list, unless the words are about the draft or an audience
    // (the explanation skill's to answer).
    private async Task<ChatReply?> QueryAsync(SkillContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var skill = context.Skill;
        var text = turn.Perception.CorrectedText.Trim().TrimEnd('.', '?', '!');
        if (!LibraryCommands.IsCommand(text))
        {
            if (turn.Session.Draft is not null || turn.Perception.Entities.Facets.Count > 0)
            {
                return null;
            }

            // "our biggest spenders this quarter" names people through a vague term, not saved segments: build it.
            return turn.Perception.NamesAnAudience(turn.Tenant)
                ? await context.HandOverAsync("segment_creation", cancellationToken).ConfigureAwait(false)
                : await ListAsync(turn, skill, context.Options<SegmentManagementOptions>().ListPageSize, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            if (LibraryCommands.SaveRequest().Match(text) is { Success: true } save)
            {
                return await SaveDraftAsync(turn, skill, save.Groups["name"].Success ? SavedSegments.Unquote(save.Groups["name"].Value) : null, cancellationToken).ConfigureAwait(false);
            }

            if (LibraryCommands.RenameRequest().Match(text) is { Success: true } rename)
            {
                library.For(turn).Demand(TenantPermission.Edit);
                var segment = await library.FindAsync(turn, rename.Groups["old"].Value, cancellationToken).ConfigureAwait(false);
                var renamed = await library.For(turn).RenameAsync(turn.Tenant.Id, segment.Id, SavedSegments.Unquote(rename.Groups["new"].Value), turn.Request.UserId, cancellationToken).ConfigureAwait(false);
                return Replies.Answer(turn, skill, $"Renamed \"{segment.Name}\" to \"{renamed.Name}\".");
            }

            if (LibraryCommands.DuplicateRequest().Match(text) is { Success: true } duplicate)
            {
                library.For(turn).Demand(TenantPermission.Create);
                var segment = await library.FindAsync(turn, duplicate.Groups["old"].Value, cancellationToken).ConfigureAwait(false);
                var name = duplicate.Groups["new"].Success ? SavedSegments.Unquote(duplicate.Groups["new"].Value) : $"{segment.Name} (copy)";
                var copy = await library.For(turn).DuplicateAsync(turn.Tenant.Id, segment.Id, name, turn.Request.UserId, cancellationToken).ConfigureAwait(false);
                return Replies.Answer(turn, skill, $"Copied \"{segment.Name}\" as \"{copy.Name}\" ({copy.Id}).");
            }

            if (LibraryCommands.ListRequest().IsMatch(text))
            {
                return await ListAsync(turn, skill, context.Options<SegmentManagementOptions>().ListPageSize, cancellationToken).ConfigureAwait(false);
            }

            var shown = await library.FindAsync(turn, LibraryCommands.ShowsSaved(text)!, cancellationToken).ConfigureAwait(false);
            return await explanations.ExplainAsync(turn, skills.Resolve("segment_explain", turn.Tenant.Config), shown.Definition, $"Saved segment {shown.Id}, version {shown.Version}.", cancellationToken).ConfigureAwait(false);
        }
        catch (SegmentLibraryException ex) when (ex.Failure == SegmentLibraryFailure.NotFound && turn.Perception.Entities.Facets.Count > 0 && LibraryCommands.ShowRequest().IsMatch(text))
        {
            // "show us founders on the pro plan" names no saved segment but describes an audience: build it.
            return await context.HandOverAsync(turn.Session.Draft is null ? "segment_creation" : "segment_edit", cancellationToken).ConfigureAwait(false);
        }
        catch (SegmentLibraryException ex)
        {
            return SavedSegments.Refused(turn, skill, ex);
        }
    }

    // At most the skill's list_page_size segments; how many more there are is said, never dropped silently.
    private async Task<ChatReply> ListAsync(TurnContext turn, ResolvedSkill skill, int pageSize, CancellationToken cancellationToken)
    {
        var saved = await library.For(turn).ListAsync(turn.Tenant.Id, cancellationToken).ConfigureAwait(false);
        if (saved.Count == 0)
        {
            return Replies.Answer(turn, skill, "No segments are saved in this workspace yet. Build one and say \"save it as …\".");
        }

        var text = new StringBuilder("Saved segments:\n");
        foreach (var segment in saved.Take(pageSize))
        {
            text.Append("- ").Append(segment.Name).Append(" (").Append(segment.Id).Append(", v").Append(segment.Version.ToString(CultureInfo.InvariantCulture))
                .Append(", by ").Append(segment.OwnerId).Append(", ").Append(segment.UpdatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).AppendLine(")");
        }

        if (saved.Count > pageSize)
        {
            text.Append("…and ").Append((saved.Count - pageSize).ToString(CultureInfo.InvariantCulture))
                .Append(" more. Say \"show <name>\" to open one.");
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
            var updated = await library.For(turn).UpdateAsync(turn.Tenant.Id, savedId, draft.Definition, turn.Request.UserId, SavedSegments.Origin(turn), cancellationToken).ConfigureAwait(false);
            await journal.NoteSavedAsync(turn, draft, updated, cancellationToken).ConfigureAwait(false);
            return Replies.Answer(turn, skill, $"Saved \"{updated.Name}\" as version {updated.Version}.");
        }

        var saved = await library.For(turn).SaveAsync(turn.Tenant.Id, turn.Request.UserId, name ?? draft.Definition.Name ?? "Untitled segment", draft.Definition, SavedSegments.Origin(turn), cancellationToken).ConfigureAwait(false);
        await journal.NoteSavedAsync(turn, draft, saved, cancellationToken).ConfigureAwait(false);
        turn.Session = turn.Session with { Draft = draft with { SavedAs = saved.Id, Definition = saved.Definition } };
        return Replies.Answer(turn, skill, $"Saved as \"{saved.Name}\" ({saved.Id}).");
    }

    private async Task<ChatReply> DeleteAsync(TurnContext turn, ResolvedSkill skill, bool confirmFirst, CancellationToken cancellationToken)
    {
        var text = turn.Perception.CorrectedText.Trim().TrimEnd('.', '?', '!');
        var target = LibraryCommands.DeleteRequest().Match(text) is { Success: true } match ? match.Groups["name"].Value : text;
        SavedSegment segment;
        try
        {
            library.For(turn).Demand(TenantPermission.Delete);
            segment = LibraryCommands.DraftWords().IsMatch(target) && turn.Session.Draft?.SavedAs is { } savedId
                ? (await library.For(turn).GetAsync(turn.Tenant.Id, savedId, cancellationToken).ConfigureAwait(false))!
                : await library.FindAsync(turn, target, cancellationToken).ConfigureAwait(false);
        }
        catch (SegmentLibraryException ex)
        {
            return SavedSegments.Refused(turn, skill, ex);
        }

        if (!confirmFirst)
        {
            // A tenant that turned confirmations off (require_delete_confirmation: false) gets the delete at once.
            return await DeleteNowAsync(turn, skill, segment.Id, cancellationToken).ConfigureAwait(false);
        }

        var question = new AmbiguityDecision(new AmbiguitySlot("confirm_delete", segment.Id), AmbiguityAction.Ask, null,
            $"Delete \"{segment.Name}\" ({segment.Id})? This cannot be undone.", [Yes, No], null);
        AmbiguityResolver.RecordAsked(turn.Ambiguities, question, turn.Turn);
        turn.Session = turn.Session with { Pending = new PendingClarification(question.Slot, question.Options, text, skill.SkillId), TaskStep = $"awaiting_delete_confirmation:{segment.Id}" };
        return Replies.Clarification(turn, skill, question);
    }

    private async Task<ChatReply> ConfirmAsync(TurnContext turn, ResolvedSkill skill, CancellationToken cancellationToken)
    {
        const string Prefix = "awaiting_delete_confirmation:";
        if (turn.Session.TaskStep.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var id = turn.Session.TaskStep[Prefix.Length..];
            var refused = LibraryCommands.NoWords().IsMatch(turn.Perception.NormalizedText);
            turn.Session = turn.Session with { Pending = null, TaskStep = "idle" };
            if (refused)
            {
                return Replies.Answer(turn, skill, "Kept it; nothing was deleted.");
            }

            return await DeleteNowAsync(turn, skill, id, cancellationToken).ConfigureAwait(false);
        }

        if (turn.Session.Draft is not null)
        {
            return Replies.Answer(turn, skills.Resolve("segment_creation", turn.Tenant.Config), "Great — the segment is ready. Say \"save it as …\" to keep it, or keep refining it.");
        }

        return Replies.Answer(turn, skill, "There's nothing waiting for a confirmation.");
    }

    private async Task<ChatReply> DeleteNowAsync(TurnContext turn, ResolvedSkill skill, string id, CancellationToken cancellationToken)
    {
        var deleted = await library.For(turn).DeleteAsync(turn.Tenant.Id, id, turn.Request.UserId, cancellationToken).ConfigureAwait(false);
        if (turn.Session.Draft?.SavedAs == id)
        {
            turn.Session = turn.Session with { Draft = turn.Session.Draft with { SavedAs = null } };
        }

        return Replies.Answer(turn, skill, deleted ? $"Deleted {id}." : $"{id} was already gone.");
    }
}
