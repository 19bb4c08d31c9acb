namespace SegmentAI.Host.Api;

/// <summary>How the REST API learns who is calling (<c>Api:Authentication</c>).</summary>
public enum ApiAuthentication
{
    /// <summary>
    /// Embedded and demo hosts: the <c>X-SegmentAI-Tenant</c> and <c>X-SegmentAI-User</c> headers are taken as
    /// given. Anyone who can reach the host can claim any enrolled user, so expose it only on a trusted network.
    /// </summary>
    Headers,

    /// <summary>
    /// Production behind an authenticating proxy (an API gateway or identity-aware proxy that signs users in and
    /// sets the identity headers): the headers are trusted only on requests that also carry
    /// <c>X-SegmentAI-Proxy-Key</c> equal to <c>Api:ProxyKey</c>, a secret only the proxy holds.
    /// </summary>
    Proxy,
}
