namespace SegmentAI.Skills.Tenants;

/// <summary>
/// A phrase people use with different meanings ("recent", "high-value", "frequent"). The ambiguity resolver
/// settles it once per session, from the user's earlier answers, the tenant default or one question.
/// </summary>
/// <param name="Kind">Ambiguity kind; also the key of the user's learned preference.</param>
/// <param name="Phrases">Words that raise it.</param>
/// <param name="Question">The question, with <c>{phrase}</c> standing for the user's word.</param>
/// <param name="Options">Two to four meanings.</param>
/// <param name="DefaultOptionId">The tenant's standard meaning, if it has one (then nobody is asked).</param>
public sealed record VagueTerm(string Kind, IReadOnlyList<string> Phrases, string Question, IReadOnlyList<VagueTermOption> Options, string? DefaultOptionId)
{
    /// <summary>1-based line of the term in tenant.yaml, or 0 when it was not read from a file.</summary>
    public int Line { get; init; }
}
