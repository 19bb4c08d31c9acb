namespace SegmentAI.Skills.Warehouses.Generation.Dealflow;

/// <summary>
/// Latent negotiation behaviour (truth.user_persona). decisive_closer: few revisions, quick actions, rarely drops;
/// serial_reviser: many revise_offer per session with long pauses; window_shopper: browses deals fast and often
/// drops off without acting; ghost: rare logins that mostly end in drop_off.
/// </summary>
/// <param name="Name">Persona name.</param>
/// <param name="Share">Share of users.</param>
/// <param name="SessionsPerDay">Mean sessions per active day.</param>
/// <param name="MeanGapSeconds">Mean time between consecutive actions in a session.</param>
/// <param name="RevisionsPerSession">Mean revise_offer events per working session.</param>
/// <param name="DropOffProbability">Probability that a session ends in drop_off.</param>
/// <param name="ViewsPerSession">Mean view_deal events per session.</param>
/// <param name="ActProbability">Probability that a non-dropped session works on a term sheet.</param>
internal sealed record DealflowPersona(
    string Name,
    double Share,
    double SessionsPerDay,
    double MeanGapSeconds,
    double RevisionsPerSession,
    double DropOffProbability,
    double ViewsPerSession,
    double ActProbability)
{
    public static IReadOnlyList<DealflowPersona> All { get; } =
    [
        new("decisive_closer", 0.20, 0.50, 45, 0.4, 0.05, 1.5, 0.85),
        new("serial_reviser", 0.25, 0.80, 200, 4.5, 0.15, 1.8, 0.90),
        new("window_shopper", 0.35, 0.35, 25, 0.1, 0.45, 5.0, 0.10),
        new("ghost", 0.20, 0.06, 90, 0.0, 0.80, 0.6, 0.02),
    ];

    public static double[] Shares { get; } = All.Select(p => p.Share).ToArray();
}
