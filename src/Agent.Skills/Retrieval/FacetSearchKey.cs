using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace SegmentAI.Skills.Retrieval;

/// <summary>What a facet search depends on, and so what its cached hits are filed under.</summary>
/// <param name="TenantId">Tenant searched.</param>
/// <param name="IndexFingerprint">
/// Fingerprint of what the tenant's index holds: the embedding model and every indexed catalog text. A changed
/// catalog or model changes it, so a rebuilt index is never answered from entries of the old one.
/// </param>
/// <param name="Kind">Facet or value records.</param>
/// <param name="FacetId">The facet whose values were searched, for value searches.</param>
/// <param name="Top">Maximum number of hits.</param>
/// <param name="Vector">The query embedding.</param>
public sealed record FacetSearchKey(string TenantId, string IndexFingerprint, FacetRecordKind Kind, string? FacetId, int Top, ReadOnlyMemory<float> Vector)
{
    // Bump when the cached shape changes, so entries written by older code are never read.
    private const string Version = "v1";

    /// <summary>The cache key; the vector enters as a hash of its bytes, so keys stay short.</summary>
    public string CacheKey => string.Create(
        CultureInfo.InvariantCulture,
        $"facet-search:{Version}:{TenantId}:{IndexFingerprint}:{(Kind == FacetRecordKind.Facet ? "facet" : "value")}:{FacetId ?? "*"}:{Top}:{Hash(Vector.Span)}");

    private static string Hash(ReadOnlySpan<float> vector) => Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(vector)));
}
