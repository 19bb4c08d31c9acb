namespace SegmentAI.Evals.Suites;

/// <summary>One eval conversation: a fresh session with a tenant, replayed turn by turn.</summary>
/// <param name="Id">Unique case id (kebab-case).</param>
/// <param name="Tenant">Tenant id the session runs against.</param>
/// <param name="AsOf">The session's date; date phrases resolve against it and the tenant's calendar.</param>
/// <param name="User">Enrolled user id of the tenant, or null for the default role.</param>
/// <param name="Tags">What the case covers (single, edit, trap, refusal, ...).</param>
/// <param name="Turns">The user's messages and what each reply must be.</param>
/// <param name="File">The file the case came from.</param>
/// <param name="Line">1-based line where the case starts.</param>
public sealed record EvalCase(
    string Id,
    string Tenant,
    DateOnly AsOf,
    string? User,
    IReadOnlyList<string> Tags,
    IReadOnlyList<EvalTurn> Turns,
    string File,
    int Line)
{
    /// <summary>The tag of a case that documents a known engine defect: it runs and is reported, apart from the accuracy.</summary>
    public const string KnownFailureTag = "known_failure";

    /// <summary>True when the case documents a known engine defect.</summary>
    public bool KnownFailure => Tags.Contains(KnownFailureTag, StringComparer.Ordinal);
}
