using System.Text.Json;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Exports;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Handlers;

/// <summary>
/// The <c>export_segment</c> procedure: "export it" answers with a CSV download of the member keys, "send it to crm"
/// delivers them to one of the tenant's webhook destinations. Exports are of saved segments, so every file and
/// delivery matches a definition that can be found again.
/// </summary>
[SkillOptions(typeof(SegmentExportOptions))]
internal sealed partial class SegmentExportHandler(SavedSegments saved, SegmentRunner runner, WebhookDelivery delivery, PermissionChecker permissions) : ISkillHandler
{
    public async Task<ChatReply?> HandleAsync(SkillContext context, CancellationToken cancellationToken = default)
    {
        var text = context.Perception.CorrectedText.Trim().TrimEnd('.', '?', '!');
        if (!context.Skill.Skill.Triggers.Any(t => t.Matches(text)))
        {
            return null;
        }

        var turn = context.Turn;
        var sendTo = SendTo().Match(text);
        var named = sendTo.Success ? sendTo.Groups["what"].Value : Export().Match(text) is { Success: true } export ? export.Groups["what"].Value : "";
        SavedSegment segment;
        try
        {
            if (await SegmentOf(turn, named, cancellationToken).ConfigureAwait(false) is not { } found)
            {
                var draftName = turn.Session.Draft?.Definition.Name;
                return Replies.Answer(turn, context.Skill, draftName is null
                    ? $"There's nothing to export yet. Describe the {turn.Tenant.Config.Entity.Noun} you mean, save the segment, then say \"export it\"."
                    : $"I export saved segments, so the file always matches a definition you can find again. Say \"save it as {draftName}\", then \"export it\".");
            }

            segment = found;
        }
        catch (SegmentLibraryException ex) when (ex.Failure == SegmentLibraryFailure.NotFound
            && (context.Perception.Entities.Facets.Count > 0 || context.Perception.NamesAnAudience(turn.Tenant)))
        {
            // "export the gold members in Texas" describes an audience, not a saved name: build it first; the reply
            // offers saving, after which "export it" works.
            return await context.HandOverAsync("segment_creation", cancellationToken).ConfigureAwait(false);
        }
        catch (SegmentLibraryException ex)
        {
            return SavedSegments.Refused(turn, context.Skill, ex);
        }

        var unsaved = turn.Session.Draft is { SavedAs: { } savedId } draft && savedId == segment.Id && !SameDefinition(draft.Definition, segment.Definition)
            ? $" This is the saved version of **{segment.Name}**; the changes you made since are not in it (say \"save it\" to include them)."
            : "";
        return sendTo.Success
            ? await DeliverAsync(context, segment, sendTo.Groups["to"].Value, unsaved, cancellationToken).ConfigureAwait(false)
            : Download(context, segment, unsaved);
    }

    private static ChatReply Download(SkillContext context, SavedSegment segment, string unsaved)
    {
        var file = new FileContent(MemberCsv.FileName(segment.Name), $"api/segments/{Uri.EscapeDataString(segment.Id)}/members.csv", MemberCsv.MediaType);
        var entity = context.Tenant.Config.Entity;
        var text = $"Here are the members of **{segment.Name}** as CSV: [{file.Name}]({file.Url}). The file lists each {entity.Singular}'s {entity.Key}, one per line, and nothing else (no names or contact details).{unsaved}";
        return Replies.Answer(context.Turn, context.Skill, text) with { Contents = [new TextContent(text), file] };
    }

    private async Task<ChatReply> DeliverAsync(SkillContext context, SavedSegment segment, string to, string unsaved, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var options = context.Options<SegmentExportOptions>();
        if (options.DeliveryNeedsCreate
            && permissions.Check(turn.Tenant.Config, turn.Request.UserId, TenantPermission.Create, turn.Request.TrustUnknownUsers) is { Allowed: false } denied)
        {
            return Replies.Refusal(turn, context.Skill, denied.Message ?? "Your role can view segments but not send them to other systems.", "permission");
        }

        var destinations = turn.Tenant.Config.Destinations;
        var wanted = to.Trim();
        var destination = destinations.FirstOrDefault(d => string.Equals(d.Id, wanted, StringComparison.OrdinalIgnoreCase))
            ?? destinations.FirstOrDefault(d => d.Description is { } description && description.Contains(wanted, StringComparison.OrdinalIgnoreCase));
        if (destination is null)
        {
            return Replies.Answer(turn, context.Skill, destinations.Count == 0
                ? $"This workspace has no destinations to send segments to. An admin can add a webhook under `destinations:` in tenant.yaml; meanwhile, say \"export it\" for a CSV of **{segment.Name}**."
                : $"There's no destination called \"{wanted}\". This workspace can send to: {string.Join(", ", destinations.Take(options.MaxDestinationsListed).Select(Name))}.");
        }

        var run = await runner.PrepareAsync(segment.Definition, turn.Tenant, turn.AsOf, turn.Request.Warehouse, cancellationToken).ConfigureAwait(false);
        var result = await delivery.SendAsync(destination, run, segment.Id, segment.Name, cancellationToken).ConfigureAwait(false);
        var noun = result.Keys == 1 ? turn.Tenant.Config.Entity.Singular : turn.Tenant.Config.Entity.Noun;
        var text = result.Delivered
            ? $"Sent the {turn.Tenant.Config.Entity.Key} of all {result.Keys:N0} {noun} in **{segment.Name}** to {Name(destination)}, in {result.Parts} signed request{(result.Parts == 1 ? "" : "s")}{(result.Attempts > result.Parts ? $" ({result.Attempts} attempts: the receiver asked for retries)" : "")}.{unsaved}"
            : $"I couldn't deliver **{segment.Name}** to {Name(destination)}: {result.Problem}. Try again later, or say \"export it\" for a CSV.";
        return Replies.Answer(turn, context.Skill, text);
    }

    private async Task<SavedSegment?> SegmentOf(TurnContext turn, string named, CancellationToken cancellationToken)
    {
        var reference = SavedSegments.Unquote(named);
        if (reference.Length > 0 && !LibraryCommands.DraftWords().IsMatch(reference) && !Pronoun().IsMatch(reference))
        {
            return await saved.FindAsync(turn, reference, cancellationToken).ConfigureAwait(false);
        }

        return turn.Session.Draft?.SavedAs is { } savedId
            ? await saved.For(turn).GetAsync(turn.Tenant.Id, savedId, cancellationToken).ConfigureAwait(false)
            : null;
    }

    private static bool SameDefinition(SegmentDefinition draft, SegmentDefinition saved) =>
        JsonSerializer.Serialize(draft.Root, SegmentJson.Options) == JsonSerializer.Serialize(saved.Root, SegmentJson.Options);

    private static string Name(DeliveryDestination destination) =>
        destination.Description is { } description ? $"{destination.Id} ({description})" : destination.Id;

    // "send it to crm", "push gold buyers to the crm webhook", "deliver this segment to braze"
    [GeneratedRegex(@"\b(?:send|push|deliver|sync)\s+(?<what>.*?)\s+(?:over\s+)?to\s+(?:the\s+|our\s+)?(?<to>[\w .-]+?)(?:\s+(?:destination|webhook|endpoint))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SendTo();

    // "export it", "export gold buyers as csv", "download the member list of gold buyers"
    [GeneratedRegex(@"\b(?:export|download)\s+(?:the\s+)?(?:members?\s+(?:list\s+)?(?:of\s+)?|member\s+keys\s+(?:of\s+)?|list\s+(?:of\s+)?)?(?<what>.*?)(?:\s+(?:as|to)\s+(?:a\s+)?(?:csv|file|spreadsheet))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Export();

    [GeneratedRegex(@"^(?:it|this|that|them|these|those|this one|(?:the|this|that)\s+(?:segment|audience|list)|(?:the\s+)?(?:members?\s+)?(?:list|keys)|the members|members|(?:a\s+)?csv)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();
}
