namespace SegmentAI.Skills.Warehouses.Generation.AcmeRetail;

/// <summary>
/// Latent shopper persona. Every observable attribute and behaviour of a customer is drawn from these
/// parameters, so segments over observable columns recover the personas only approximately, as in real data.
/// </summary>
/// <param name="Name">Persona name written to truth.customer_persona.</param>
/// <param name="Share">Share of the customer base.</param>
/// <param name="OrdersPerYear">Mean order frequency while active.</param>
/// <param name="AgeMean">Mean age in years.</param>
/// <param name="AgeStdDev">Age spread in years.</param>
/// <param name="ChildrenProbability">Probability of has_children.</param>
/// <param name="PetsProbability">Probability of has_pets.</param>
/// <param name="Electronics">Mean electronics affinity.</param>
/// <param name="Beauty">Mean beauty affinity.</param>
/// <param name="Outdoor">Mean outdoor (sports, camping) affinity.</param>
/// <param name="Coupon">Mean coupon propensity.</param>
/// <param name="EmailEngagement">Mean email engagement (open/click propensity).</param>
/// <param name="AppProbability">Probability of having the app installed.</param>
/// <param name="StoreShare">Share of orders placed in store.</param>
/// <param name="BasketScale">Multiplier of basket size.</param>
/// <param name="FemaleProbability">Probability of gender 'female'.</param>
internal sealed record AcmePersona(
    string Name,
    double Share,
    double OrdersPerYear,
    double AgeMean,
    double AgeStdDev,
    double ChildrenProbability,
    double PetsProbability,
    double Electronics,
    double Beauty,
    double Outdoor,
    double Coupon,
    double EmailEngagement,
    double AppProbability,
    double StoreShare,
    double BasketScale,
    double FemaleProbability)
{
    public const string Lapsed = "lapsed";
    public const string YoungParent = "young_parent";
    public const string HighValueVip = "high_value_vip";

    /// <summary>
    /// The ten Acme personas. young_parent and loyal_family_shopper drive Baby/Toys; pet_owner drives Pets;
    /// tech_enthusiast drives Electronics/Video Games; bargain_hunter lives on coupons with small baskets;
    /// occasional_shopper buys a few times a year; lapsed shopped normally and stopped 4–13 months before as-of;
    /// high_value_vip orders weekly with large baskets; beauty_lover and outdoor_enthusiast skew their departments.
    /// </summary>
    public static IReadOnlyList<AcmePersona> All { get; } =
    [
        new(YoungParent, 0.12, 22, 31, 5, 1.00, 0.25, 0.25, 0.30, 0.20, 0.50, 0.50, 0.60, 0.45, 1.10, 0.60),
        new("pet_owner", 0.12, 16, 45, 13, 0.25, 1.00, 0.20, 0.25, 0.30, 0.35, 0.40, 0.35, 0.60, 1.00, 0.55),
        new("tech_enthusiast", 0.10, 10, 33, 9, 0.25, 0.25, 0.85, 0.15, 0.30, 0.20, 0.45, 0.75, 0.30, 1.20, 0.30),
        new("bargain_hunter", 0.14, 15, 42, 15, 0.35, 0.30, 0.25, 0.30, 0.20, 0.90, 0.65, 0.45, 0.55, 0.70, 0.55),
        new("loyal_family_shopper", 0.12, 26, 42, 8, 0.85, 0.40, 0.30, 0.35, 0.30, 0.45, 0.55, 0.45, 0.60, 1.25, 0.60),
        new("occasional_shopper", 0.16, 3.5, 45, 17, 0.30, 0.30, 0.25, 0.25, 0.20, 0.25, 0.15, 0.15, 0.60, 0.90, 0.50),
        new(Lapsed, 0.10, 12, 47, 15, 0.35, 0.30, 0.25, 0.25, 0.20, 0.35, 0.10, 0.20, 0.55, 0.95, 0.50),
        new(HighValueVip, 0.04, 45, 48, 10, 0.50, 0.45, 0.50, 0.45, 0.40, 0.15, 0.60, 0.60, 0.50, 2.00, 0.55),
        new("beauty_lover", 0.06, 14, 30, 8, 0.30, 0.30, 0.25, 0.90, 0.15, 0.45, 0.60, 0.60, 0.45, 1.00, 0.88),
        new("outdoor_enthusiast", 0.04, 11, 38, 11, 0.35, 0.45, 0.35, 0.15, 0.90, 0.25, 0.35, 0.40, 0.60, 1.30, 0.35),
    ];

    public static double[] Shares { get; } = All.Select(p => p.Share).ToArray();
}
