namespace SegmentAI.Host.Api;

/// <summary>
/// Identifies the caller of every endpoint that touches tenant data (REST, chat, estimation). The default,
/// <see cref="HeaderApiCallerResolver"/>, reads identity headers (<c>Api:Authentication</c> says whether to require
/// the proxy's key with them); a host with its own identity (e.g. validated bearer tokens) registers another
/// implementation in its place.
/// </summary>
internal interface IApiCallerResolver
{
    /// <summary>
    /// The caller, or the 401/403/404 problem to answer with. <paramref name="claim"/> is who the request body says
    /// it is from: it must agree with the caller's identity, and stands for it where the identity mode allows.
    /// </summary>
    ValueTask<ApiCallerResolution> ResolveAsync(HttpContext context, ApiCallerClaim? claim = null, CancellationToken cancellationToken = default);
}
