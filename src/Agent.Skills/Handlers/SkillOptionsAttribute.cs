namespace SegmentAI.Skills.Handlers;

/// <summary>
/// Names the options type a skill handler reads its skill's <c>parameters:</c> into. Every parameter the YAML
/// declares must bind to a property of it (<c>min_lift</c> to <c>MinLift</c>), or start-up fails.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class SkillOptionsAttribute(Type optionsType) : Attribute
{
    /// <summary>The options type.</summary>
    public Type OptionsType { get; } = optionsType;
}
