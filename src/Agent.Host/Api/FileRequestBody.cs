namespace SegmentAI.Host.Api;

/// <summary>
/// Endpoint metadata: the file an endpoint streams from its body, in one of <paramref name="MediaTypes"/>. Declaring
/// them with <c>Accepts</c> would make routing answer other content types with a bare 415; the handler answers
/// them with problem details instead, and the OpenAPI document still lists the types.
/// </summary>
/// <param name="MediaTypes">The content types the endpoint reads.</param>
internal sealed record FileRequestBody(IReadOnlyList<string> MediaTypes);
