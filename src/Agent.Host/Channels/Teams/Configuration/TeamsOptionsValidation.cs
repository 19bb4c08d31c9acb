using Microsoft.Extensions.Options;

namespace SegmentAI.Host.Channels.Teams.Configuration;

/// <summary>Checks the <c>Teams</c> section at start-up when the channel is enabled, naming every setting that is wrong.</summary>
internal sealed class TeamsOptionsValidation : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!options.Authentication.Disabled)
        {
            if (string.IsNullOrWhiteSpace(options.AppId))
            {
                failures.Add("Teams:AppId is required: the bot's Microsoft App ID from its Azure Bot registration (or set Teams:Authentication:Disabled=true for local development).");
            }

            if (string.IsNullOrWhiteSpace(options.AppPassword))
            {
                failures.Add("Teams:AppPassword is required: a client secret of the bot's app registration, used to obtain tokens for replies.");
            }
        }

        RequireMetadataUrl(failures, "Teams:OpenIdMetadataUrl", options.OpenIdMetadataUrl);
        if (!string.IsNullOrWhiteSpace(options.TokenEndpoint))
        {
            RequireUrl(failures, "Teams:TokenEndpoint", options.TokenEndpoint);
        }

        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            failures.Add($"Teams:Issuer must not be empty (Bot Connector tokens are issued by {TeamsOptions.BotFrameworkIssuer}).");
        }

        RequirePositive(failures, "Teams:HttpTimeout", options.HttpTimeout, "00:00:15");
        RequirePositive(failures, "Teams:SigningKeyRefreshInterval", options.SigningKeyRefreshInterval, "1.00:00:00");
        RequireNotNegative(failures, "Teams:SigningKeyMinimumRefreshInterval", options.SigningKeyMinimumRefreshInterval, "00:05:00");
        RequireNotNegative(failures, "Teams:ClockSkew", options.ClockSkew, "00:05:00");
        RequireNotNegative(failures, "Teams:ConnectorRetryDelay", options.ConnectorRetryDelay, "00:00:01");
        if (options.ConnectorRetries is < 0 or > 10)
        {
            failures.Add("Teams:ConnectorRetries must be between 0 and 10.");
        }

        if (options.Workers is < 1 or > 64)
        {
            failures.Add("Teams:Workers must be between 1 and 64.");
        }

        if (options.QueueCapacity < options.Workers)
        {
            failures.Add("Teams:QueueCapacity must be at least Teams:Workers.");
        }

        if (options.MaxActivityBytes < 1024)
        {
            failures.Add("Teams:MaxActivityBytes must be at least 1024.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireUrl(List<string> failures, string key, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key} must be an absolute http(s) URL, got '{value}'.");
        }
    }

    /// <summary>The signing keys come from here, so it must be https; http only on loopback, where the tests serve it.</summary>
    private static void RequireMetadataUrl(List<string> failures, string key, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key} must be an absolute http(s) URL, got '{value}'.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            failures.Add($"{key} must be an https URL: the Bot Connector signing keys are not fetched over plain http except from a loopback host, got '{value}'.");
        }
    }

    private static void RequirePositive(List<string> failures, string key, TimeSpan value, string example)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{key} must be a positive duration, e.g. {example}.");
        }
    }

    private static void RequireNotNegative(List<string> failures, string key, TimeSpan value, string example)
    {
        if (value < TimeSpan.Zero)
        {
            failures.Add($"{key} must not be negative, e.g. {example}.");
        }
    }
}
