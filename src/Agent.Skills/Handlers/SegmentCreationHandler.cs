using SegmentAI.Skills.Authoring;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Skills.Handlers;

/// <summary>The <c>create_segment</c> procedure: the message describes an audience, which becomes the new draft.</summary>
[SkillOptions(typeof(SegmentCreationOptions))]
internal sealed class SegmentCreationHandler(SegmentAuthor author) : ISkillHandler
{
    public async Task<ChatReply?> HandleAsync(SkillContext context, CancellationToken cancellationToken = default) =>
        await author.CreateAsync(context.Turn, context.Perception.CorrectedText, cancellationToken).ConfigureAwait(false);
}
