using SegmentAI.Skills.Chat;

namespace SegmentAI.Host.Api.Resources;

/// <summary>A saved segment explained: who is in it in plain English, its SQL, its size today and where it came from.</summary>
/// <param name="Id">Segment id.</param>
/// <param name="Name">Name.</param>
/// <param name="Version">Version explained.</param>
/// <param name="AsOf">Date relative windows were resolved against.</param>
/// <param name="Explanation">Markdown explanation: description, each condition with the words it came from, size, assumptions, SQL.</param>
/// <param name="Description">One-sentence description.</param>
/// <param name="Logic">Boolean structure by condition id.</param>
/// <param name="Sql">SQL runnable as-is on the tenant's warehouse, returning the member keys.</param>
/// <param name="EstimatedSize">Members today.</param>
/// <param name="TotalPopulation">All entities of the tenant.</param>
/// <param name="Conditions">Each condition with its grounding (retrieved or inferred) and confidence.</param>
/// <param name="Assumptions">What was assumed rather than said.</param>
/// <param name="Origin">The conversation turn that saved it, if any.</param>
/// <param name="Trace">Where the turns that built it can be read (null when it was not built in a conversation).</param>
internal sealed record SegmentExplanationResource(
    string Id,
    string Name,
    int Version,
    DateOnly AsOf,
    string Explanation,
    string Description,
    string Logic,
    string Sql,
    long? EstimatedSize,
    long? TotalPopulation,
    IReadOnlyList<ConditionCard> Conditions,
    IReadOnlyList<string> Assumptions,
    SegmentOriginResource? Origin,
    string? Trace);
