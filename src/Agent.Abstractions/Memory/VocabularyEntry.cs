namespace SegmentAI.Skills.Memory;

/// <summary>A phrase a user (or the whole tenant) uses for a condition: "whales" means "lifetime value over $5,000".</summary>
/// <param name="TenantId">Tenant.</param>
/// <param name="UserId">The user it belongs to; null for tenant-wide vocabulary.</param>
/// <param name="Phrase">The phrase, lower case.</param>
/// <param name="Meaning">What it stands for, in words the agent understands.</param>
/// <param name="ConditionJson">The segment node the meaning grounded to, as JSON.</param>
/// <param name="UpdatedAt">When it was last taught.</param>
public sealed record VocabularyEntry(string TenantId, string? UserId, string Phrase, string Meaning, string ConditionJson, DateTimeOffset UpdatedAt);
