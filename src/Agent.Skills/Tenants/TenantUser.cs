namespace SegmentAI.Skills.Tenants;

/// <summary>A person enrolled in exactly one tenant, with the channel identities that map to them.</summary>
/// <param name="Id">User id, unique across all tenants.</param>
/// <param name="DisplayName">Name shown in replies.</param>
/// <param name="Role">Name of the user's role.</param>
/// <param name="TeamsAadObjectId">Microsoft Entra (AAD) object id used by Teams, if enrolled there.</param>
/// <param name="SlackUserId">Slack user id, if enrolled there.</param>
public sealed record TenantUser(string Id, string DisplayName, string Role, string? TeamsAadObjectId, string? SlackUserId)
{
    /// <summary>1-based line of the user's entry in tenant.yaml, or 0 when it was not read from a file.</summary>
    public int Line { get; init; }
}
