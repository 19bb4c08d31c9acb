using Microsoft.Extensions.Options;
using SegmentAI.Host.Web;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>The Teams section is checked at start-up when the channel is enabled.</summary>
public sealed class TeamsOptionsTests
{
    [Fact]
    public async Task Enabling_the_channel_without_credentials_fails_at_start_naming_the_settings()
    {
        await using var app = AgentWebApplication.Build(["--urls", "http://127.0.0.1:0", "--Teams:Enabled=true"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Teams:AppId is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("Teams:AppPassword is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_urls_and_durations_are_named()
    {
        await using var app = AgentWebApplication.Build(
        [
            "--urls", "http://127.0.0.1:0", "--Teams:Enabled=true", "--Teams:AppId=a", "--Teams:AppPassword=p",
            "--Teams:OpenIdMetadataUrl=login.botframework.com/v1", "--Teams:HttpTimeout=00:00:00", "--Teams:Workers=0",
        ]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Teams:OpenIdMetadataUrl must be an absolute http(s) URL", error.Message, StringComparison.Ordinal);
        Assert.Contains("Teams:HttpTimeout must be a positive duration", error.Message, StringComparison.Ordinal);
        Assert.Contains("Teams:Workers must be between 1 and 64", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("http://10.0.0.7/v1/.well-known/openidconfiguration")]
    public async Task An_openid_metadata_url_over_plain_http_off_loopback_is_refused_at_start(string url)
    {
        await using var app = AgentWebApplication.Build(
            ["--urls", "http://127.0.0.1:0", "--Teams:Enabled=true", "--Teams:AppId=a", "--Teams:AppPassword=p", $"--Teams:OpenIdMetadataUrl={url}"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Teams:OpenIdMetadataUrl must be an https URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_mode_needs_no_credentials()
    {
        await using var app = AgentWebApplication.Build(["--urls", "http://127.0.0.1:0", "--Teams:Enabled=true", "--Teams:Authentication:Disabled=true"]);

        await app.StartAsync();
        await app.StopAsync();
    }
}
