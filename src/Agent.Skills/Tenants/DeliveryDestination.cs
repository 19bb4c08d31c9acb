namespace SegmentAI.Skills.Tenants;

/// <summary>
/// Where a tenant's segments can be sent (<c>destinations:</c> in tenant.yaml): a webhook that receives the member
/// keys as signed JSON.
/// </summary>
/// <param name="Id">The name users say ("send it to crm").</param>
/// <param name="Url">The https endpoint (plain http only on a loopback host).</param>
/// <param name="Secret">The shared HMAC secret, or <c>env:VARIABLE</c> naming the environment variable that holds it.</param>
/// <param name="Description">What the destination is, for people.</param>
public sealed record DeliveryDestination(string Id, Uri Url, string Secret, string? Description)
{
    /// <summary>The secret itself, read from the environment when configured as <c>env:VARIABLE</c>; null when that variable is not set.</summary>
    public string? ResolveSecret()
    {
        const string Prefix = "env:";
        return Secret.StartsWith(Prefix, StringComparison.Ordinal)
            ? Environment.GetEnvironmentVariable(Secret[Prefix.Length..]) is { Length: > 0 } value ? value : null
            : Secret;
    }
}
