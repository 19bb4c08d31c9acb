namespace SegmentAI.Skills.Chat;

/// <summary>One step of a turn, for the audit trail: what ran, what it found, how long it took.</summary>
/// <param name="Step">Step name (perceive, plan, retrieve, resolve_dates, map, verify, estimate, ...).</param>
/// <param name="Detail">What happened, in a sentence.</param>
/// <param name="ElapsedMs">Time the step took.</param>
/// <param name="Data">Structured details (retrieved facets with scores, inferred values, quality, ...).</param>
public sealed record AuditEntry(string Step, string Detail, double ElapsedMs, IReadOnlyDictionary<string, object?>? Data = null);
