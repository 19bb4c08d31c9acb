using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace SegmentAI.Host.Channels.Teams.Authentication;

/// <summary>
/// Refuses metadata that lists no key a token could be verified with, so the configuration manager treats it as a
/// failed fetch: before any keys are known that is "keys unavailable" (503), afterwards the keys in use are kept.
/// Without it every token would be a 401 for a key the metadata "does not list".
/// </summary>
internal sealed class SigningKeySetValidator : IConfigurationValidator<OpenIdConnectConfiguration>
{
    public ConfigurationValidationResult Validate(OpenIdConnectConfiguration configuration) =>
        configuration is not null && SigningKeySnapshot.Trusted(configuration).Count > 0
            ? new ConfigurationValidationResult { Succeeded = true }
            : new ConfigurationValidationResult { ErrorMessage = "the OpenID metadata's jwks_uri lists no RSA signing key of 2048 bits or more with a key id" };
}
