namespace SegmentAI.Host.Api;

/// <summary>
/// Endpoint metadata: the JSON body an endpoint reads itself (to answer malformed input with problem details
/// rather than a bare 400 or 415), so the OpenAPI document can still describe it.
/// </summary>
/// <param name="BodyType">The body's shape.</param>
internal sealed record JsonRequestBody(Type BodyType);
