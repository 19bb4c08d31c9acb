namespace SegmentAI.Skills.Warehouses.Generation.AcmeRetail;

internal sealed record AcmeCustomerRow(
    long CustomerId,
    string FirstName,
    string LastName,
    string Email,
    DateOnly BirthDate,
    string AgeBand,
    string Gender,
    string State,
    string City,
    string Region,
    string Zip,
    DateOnly SignupDate,
    string LoyaltyTier,
    bool AcmePlusMember,
    short HouseholdSize,
    bool HasChildren,
    bool HasPets,
    bool EmailOptIn,
    bool SmsOptIn,
    bool PushOptIn,
    string PreferredChannel,
    double ChurnScore,
    double ElectronicsAffinity,
    string IncomeBand,
    bool HomeOwner,
    bool AcmeCreditCard,
    bool AppInstalled,
    double BabyAffinity,
    double PetAffinity,
    double BeautyAffinity,
    double CouponPropensity,
    double PredictedClv,
    double EngagementScore);

internal readonly record struct AcmeOrderRow(
    long OrderId, long CustomerId, DateTime OrderTs, string Channel, string? StoreState, decimal TotalAmount, int ItemCount, bool UsedCoupon);

internal readonly record struct AcmeOrderItemRow(long OrderId, int LineNo, string Department, string Category, int Quantity, decimal Amount);

internal readonly record struct AcmeEmailEventRow(long CustomerId, string CampaignId, DateTime EventTs, string EventType);

internal readonly record struct AcmeWebEventRow(long CustomerId, DateTime EventTs, string EventType, string Department, string Device);

internal readonly record struct AcmeReturnRow(long ReturnId, long OrderId, long CustomerId, DateTime ReturnTs, decimal Amount, string Reason);

internal sealed class AcmeChunk
{
    public List<AcmeCustomerRow> Customers { get; } = [];

    public List<string> Personas { get; } = [];

    public List<AcmeOrderRow> Orders { get; } = [];

    public List<AcmeOrderItemRow> Items { get; } = [];

    public List<AcmeEmailEventRow> EmailEvents { get; } = [];

    public List<AcmeWebEventRow> WebEvents { get; } = [];

    public List<AcmeReturnRow> Returns { get; } = [];
}
