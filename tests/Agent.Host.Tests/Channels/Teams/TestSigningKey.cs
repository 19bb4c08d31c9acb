using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>An RSA key the tests sign Bot Connector tokens with, served as a JWK with its endorsements.</summary>
internal sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa;

    public TestSigningKey(string id, params string[] endorsements)
        : this(2048, id, endorsements)
    {
    }

    private TestSigningKey(int bits, string id, string[] endorsements)
    {
        _rsa = RSA.Create(bits);
        Id = id;
        Endorsements = endorsements;
    }

    public string Id { get; }

    public IReadOnlyList<string> Endorsements { get; }

    /// <summary>A key of <paramref name="bits"/> bits, e.g. one too weak to be trusted.</summary>
    public static TestSigningKey OfSize(int bits, string id, params string[] endorsements) => new(bits, id, endorsements);

    /// <summary>The public key as the Bot Framework's JWKS lists it (kty, use, kid, n, e, endorsements).</summary>
    public JsonObject Jwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Id,
            ["x5t"] = Id,
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
            ["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)e)]),
        };
    }

    /// <summary>A compact JWT with <paramref name="header"/> and <paramref name="claims"/>, signed RS256 by this key.</summary>
    public string Sign(JsonObject header, JsonObject claims)
    {
        var input = $"{Encode(header)}.{Encode(claims)}";
        var signature = _rsa.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{input}.{Base64Url.EncodeToString(signature)}";
    }

    public void Dispose() => _rsa.Dispose();

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
