using SegmentAI.Skills.Chat;

namespace SegmentAI.Skills.Handlers;

/// <summary>
/// The <c>explain_segment</c> procedure: explains the draft. Words that name catalog terms instead describe an
/// audience (handed to creation, or to editing when there is a draft); saved-segment commands are management's.
/// </summary>
[SkillOptions(typeof(SegmentExplainOptions))]
internal sealed class SegmentExplainHandler(SegmentExplanations explanations) : ISkillHandler
{
    public async Task<ChatReply?> HandleAsync(SkillContext context, CancellationToken cancellationToken = default)
    {
        var text = context.Perception.CorrectedText.Trim().TrimEnd('.', '?', '!');
        if (LibraryCommands.IsCommand(text))
        {
            return null;
        }

        var draft = context.Session.Draft;
        if (draft is not null && LibraryCommands.ExplainWords().IsMatch(text))
        {
            return await explanations.ExplainAsync(context.Turn, context.Skill, draft.Definition, null, cancellationToken).ConfigureAwait(false);
        }

        if (context.Perception.Entities.Facets.Count > 0)
        {
            // "lapsed customers", "pet owners": naming catalog terms without a library command asks for a segment.
            return await context.HandOverAsync(draft is null ? "segment_creation" : "segment_edit", cancellationToken).ConfigureAwait(false);
        }

        return draft is null ? null : await explanations.ExplainAsync(context.Turn, context.Skill, draft.Definition, null, cancellationToken).ConfigureAwait(false);
    }
}
