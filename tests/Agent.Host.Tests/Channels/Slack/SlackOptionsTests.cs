using Microsoft.Extensions.Options;
using SegmentAI.Host.Channels.Slack;

namespace SegmentAI.Host.Tests.Channels.Slack;

/// <summary>The Slack options as the host binds them from configuration.</summary>
public sealed class SlackOptionsTests
{
    private static SlackOptions Bind(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddAgentServices(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<SlackOptions>>().Value;
    }

    [Fact]
    public void Configured_response_url_hosts_are_allowed_besides_hooks_slack_com()
    {
        var options = Bind(("Slack:AllowedResponseUrlHosts:0", "slack-test.internal"));

        Assert.True(options.AllowsResponseUrl(new Uri("https://hooks.slack.com/actions/T1/2/3")));
        Assert.True(options.AllowsResponseUrl(new Uri("https://slack-test.internal/actions/T1/2/3")));
        Assert.False(options.AllowsResponseUrl(new Uri("http://slack-test.internal/actions/T1/2/3")));
        Assert.False(options.AllowsResponseUrl(new Uri("https://user:pass@hooks.slack.com/actions/T1/2/3")));
        Assert.False(options.AllowsResponseUrl(new Uri("https://example.com/?hooks.slack.com")));
    }

    [Fact]
    public void Is_configured_only_with_a_signing_secret_and_a_bot_token_while_enabled()
    {
        Assert.False(Bind().IsConfigured);
        Assert.False(Bind(("Slack:SigningSecret", "s")).IsConfigured);
        Assert.True(Bind(("Slack:SigningSecret", "s"), ("Slack:BotToken", "xoxb-1")).IsConfigured);
        Assert.False(Bind(("Slack:SigningSecret", "s"), ("Slack:BotToken", "xoxb-1"), ("Slack:Enabled", "false")).IsConfigured);
    }

    [Theory]
    [InlineData("https://slack.com/api/")]
    [InlineData("https://slack.com/api")]
    public void Web_api_methods_resolve_under_the_base_url_with_or_without_its_slash(string baseUrl) =>
        Assert.Equal(new Uri("https://slack.com/api/chat.postMessage"), Bind(("Slack:ApiBaseUrl", baseUrl)).ApiMethod("chat.postMessage"));

    [Fact]
    public void An_api_base_url_that_is_not_absolute_fails_with_the_setting_named()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Bind(("Slack:ApiBaseUrl", "slack.com/api")));

        Assert.Contains("Slack:ApiBaseUrl must be an absolute http(s) URL", failure.Message, StringComparison.Ordinal);
    }
}
