using SegmentAI.Skills.Statistics;

namespace SegmentAI.Skills.Behaviour;

/// <summary>One behavioural persona: who is in it, what sets it apart, and how many of them dropped off.</summary>
/// <param name="Cluster">Its cluster number (0 = largest).</param>
/// <param name="Name">A name made from its two most distinctive traits, the same on every run.</param>
/// <param name="Members">Its users, in the feature table's order.</param>
/// <param name="Share">Its members as a share of the users clustered.</param>
/// <param name="Traits">Every clustering feature, most distinctive first: what the persona was found by.</param>
/// <param name="DropOff">Members who dropped off (see <see cref="PersonaProfiles.DropOffDefinition"/>), with its interval.</param>
internal sealed record PersonaProfile(int Cluster, string Name, IReadOnlyList<string> Members, double Share, IReadOnlyList<PersonaTrait> Traits, Proportion DropOff)
{
    /// <summary>
    /// Every descriptive feature the persona has data for, most distinctive first: what else sets it apart
    /// ("acceptance_rate 12 % vs 40 % overall") without having shaped the clusters.
    /// </summary>
    public IReadOnlyList<PersonaTrait> Descriptions { get; init; } = [];
}
