namespace SegmentAI.Host.Api.Resources;

/// <summary>Body of <c>POST /api/skills/{id}/rollback</c>.</summary>
/// <param name="Scope"><c>global</c> (the default) or <c>tenant</c>.</param>
/// <param name="Reason">Why, kept in the history.</param>
internal sealed record RollbackSkillBody(string? Scope, string? Reason);
