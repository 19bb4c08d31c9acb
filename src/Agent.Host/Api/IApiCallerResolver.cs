namespace SegmentAI.Host.Api;

/// <summary>
/// Identifies the caller of a REST request. The default, <see cref="HeaderApiCallerResolver"/>, reads identity
/// headers (<c>Api:Authentication</c> says whether to require the proxy's key with them); a host with its own
/// identity (e.g. validated bearer tokens) registers another implementation in its place.
/// </summary>
internal interface IApiCallerResolver
{
    /// <summary>The caller, or the 401/403/404 problem to answer with.</summary>
    ValueTask<ApiCallerResolution> ResolveAsync(HttpContext context, CancellationToken cancellationToken = default);
}
