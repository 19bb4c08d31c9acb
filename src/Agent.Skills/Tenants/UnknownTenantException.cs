namespace SegmentAI.Skills.Tenants;

/// <summary>A tenant id that is not configured or did not load.</summary>
public sealed class UnknownTenantException : Exception
{
    /// <summary>Creates the exception with a message that lists the tenants that do exist.</summary>
    public UnknownTenantException(string tenantId, string message)
        : base(message)
    {
        TenantId = tenantId;
    }

    /// <summary>The id asked for.</summary>
    public string TenantId { get; }
}
