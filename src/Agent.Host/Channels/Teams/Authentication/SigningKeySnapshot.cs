using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SegmentAI.Host.Channels.Teams.Authentication;

/// <summary>
/// The keys of one fetch of the Bot Connector's OpenID metadata that tokens may be signed with. Two snapshots are
/// the same fetch only when they are the same instance, which is how a refetch is told from a stale read.
/// </summary>
internal sealed class SigningKeySnapshot
{
    // Bot Connector's keys are 2048-bit; anything weaker in the key set is not trusted.
    private const int MinimumKeySizeInBits = 2048;

    private SigningKeySnapshot(OpenIdConnectConfiguration configuration, IReadOnlyList<JsonWebKey> keys)
    {
        Configuration = configuration;
        Keys = keys;
    }

    /// <summary>The metadata the keys came from.</summary>
    public OpenIdConnectConfiguration Configuration { get; }

    /// <summary>
    /// The trusted keys as the key set lists them: validating with the <see cref="JsonWebKey"/> itself (rather than
    /// the converted <see cref="OpenIdConnectConfiguration.SigningKeys"/>) leaves the key that verified a token
    /// carrying its <c>endorsements</c>.
    /// </summary>
    public IReadOnlyList<JsonWebKey> Keys { get; }

    public static SigningKeySnapshot Of(OpenIdConnectConfiguration configuration) => new(configuration, Trusted(configuration));

    /// <summary>RSA signature keys with a key id and at least 2048 bits; a key set may list others, which are ignored.</summary>
    public static IReadOnlyList<JsonWebKey> Trusted(OpenIdConnectConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.JsonWebKeySet is not { } set
            ? []
            : [.. set.Keys.Where(key => key.Kty == JsonWebAlgorithmsKeyTypes.RSA
                                        && (string.IsNullOrEmpty(key.Use) || key.Use == JsonWebKeyUseNames.Sig)
                                        && !string.IsNullOrEmpty(key.KeyId)
                                        && JsonWebKeyConverter.TryConvertToSecurityKey(key, out var converted)
                                        && converted.KeySize >= MinimumKeySizeInBits)];
    }
}
