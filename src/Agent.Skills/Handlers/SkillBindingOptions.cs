namespace SegmentAI.Skills.Handlers;

/// <summary>
/// Carries no settings: validating it on start is what binds every skill to its handler before the first turn
/// (see <see cref="SkillBindingValidation"/>).
/// </summary>
internal sealed class SkillBindingOptions;
