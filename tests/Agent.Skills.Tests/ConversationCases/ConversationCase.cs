namespace SegmentAI.Skills.Tests.ConversationCases;

/// <summary>One eval conversation: a fresh session with a tenant, replayed turn by turn.</summary>
/// <param name="Id">Unique case id (kebab-case).</param>
/// <param name="Tenant">Tenant id the session runs against.</param>
/// <param name="AsOf">The session's date; date phrases resolve against it and the tenant's calendar.</param>
/// <param name="User">Enrolled user id of the tenant, or null for the CLI default role.</param>
/// <param name="Tags">What the case covers (single, edit, trap, refusal, ...).</param>
/// <param name="Turns">The user's messages and what each reply must be.</param>
/// <param name="File">The file the case came from.</param>
/// <param name="Line">1-based line where the case starts.</param>
public sealed record ConversationCase(
    string Id,
    string Tenant,
    DateOnly AsOf,
    string? User,
    IReadOnlyList<string> Tags,
    IReadOnlyList<CaseTurn> Turns,
    string File,
    int Line);
