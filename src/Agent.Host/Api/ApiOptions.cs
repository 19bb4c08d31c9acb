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
}
