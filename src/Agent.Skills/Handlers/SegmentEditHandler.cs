using SegmentAI.Skills.Authoring;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Skills.Handlers;

/// <summary>The <c>edit_segment</c> procedure: the message changes the draft; with no draft yet, it describes a new one.</summary>
[SkillOptions(typeof(SegmentEditOptions))]
internal sealed class SegmentEditHandler(SegmentAuthor author) : ISkillHandler
{
    public async Task<ChatReply?> HandleAsync(SkillContext context, CancellationToken cancellationToken = default) =>
        context.Session.Draft is null
            ? await author.CreateAsync(context.Turn, context.Perception.CorrectedText, cancellationToken).ConfigureAwait(false)
            : await author.EditAsync(context.Turn, cancellationToken).ConfigureAwait(false);
}
