namespace SegmentAI.Skills.Handlers;

/// <summary>One handler registered for a procedure name, with the options type its skill's parameters bind to.</summary>
internal sealed record SkillHandlerRegistration(string Procedure, Type HandlerType, Type? OptionsType);
