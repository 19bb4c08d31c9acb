using SegmentAI.Skills.Chat;

namespace SegmentAI.Skills.Handlers;

/// <summary>
/// Runs one skill procedure for one turn. A skill's YAML names its <c>procedure</c>; the handler registered under
/// that name with <see cref="Microsoft.Extensions.DependencyInjection.SkillHandlerServiceCollectionExtensions.AddSkillHandler{THandler}"/> runs it.
/// </summary>
public interface ISkillHandler
{
    /// <summary>
    /// The skill's reply to the turn, or null when the words are not this skill's to answer (another skill serving
    /// the same intent is asked next).
    /// </summary>
    Task<ChatReply?> HandleAsync(SkillContext context, CancellationToken cancellationToken = default);
}
