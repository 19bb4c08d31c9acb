namespace SegmentAI.Skills.Chat;

/// <summary>Why a request was refused.</summary>
/// <param name="Reason">Short reason shown to the user.</param>
/// <param name="Category">pii, protected_attribute, prompt_injection, permission, rate_limit, ...</param>
public sealed record RefusalCard(string Reason, string Category);
