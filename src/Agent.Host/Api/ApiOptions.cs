namespace SegmentAI.Host.Api;

/// <summary>Settings of the REST API, bound from the <c>Api</c> section.</summary>
public sealed class ApiOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Api";

    /// <summary>How callers are identified; <see cref="ApiAuthentication.Headers"/> unless configured.</summary>
    public ApiAuthentication Authentication { get; set; } = ApiAuthentication.Headers;

    /// <summary>The secret the authenticating proxy sends with every request, required with <see cref="ApiAuthentication.Proxy"/>.</summary>
    public string? ProxyKey { get; set; }

    /// <summary>
    /// Who holds the platform role: the users (as <c>tenant-id/user-id</c>) who may change the skill version every
    /// tenant gets (scope <c>global</c>). Empty by default, so no tenant user can; a tenant's admins pin versions for
    /// their own tenant only.
    /// </summary>
    public IList<string> PlatformAdmins { get; } = [];

    /// <summary>Whether <paramref name="userId"/> of <paramref name="tenantId"/> holds the platform role.</summary>
    public bool IsPlatformAdmin(string tenantId, string userId) =>
        PlatformAdmins.Any(a => string.Equals(a.Trim(), $"{tenantId}/{userId}", StringComparison.Ordinal));

    /// <summary>Largest chat request body (<c>/api/chat</c>, <c>/api/chat/stream</c>) read, in bytes; a larger one is answered 413.</summary>
    public int MaxChatBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Largest body of the other JSON endpoints (segment definitions, skill activation), in bytes; a larger one is answered 413.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Largest event export accepted by <c>POST /api/tenants/{tenant}/events</c>, in bytes (4 GiB unless configured); the
    /// body is streamed into the warehouse, so this bounds the upload, not memory.
    /// </summary>
    public long MaxEventUploadBytes { get; set; } = 4L * 1024 * 1024 * 1024;
}
