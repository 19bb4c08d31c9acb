using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Tests.Tenants;

public sealed class TenantDestinationTests : IDisposable
{
    private const string Acme = "acme-retail";
    private readonly TenantsCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void A_webhook_destination_is_read_with_its_url_secret_and_description()
    {
        Append("""
            destinations:
              crm:
                url: https://hooks.example.com/segmentai
                secret: env:ACME_CRM_WEBHOOK_SECRET
                description: Acme CRM audience import
            """);

        var destination = Assert.Single(_copy.Load().Get(Acme).Config.Destinations);

        Assert.Equal(("crm", "https://hooks.example.com/segmentai", "env:ACME_CRM_WEBHOOK_SECRET", "Acme CRM audience import"),
            (destination.Id, destination.Url.ToString(), destination.Secret, destination.Description));
    }

    [Theory]
    [InlineData("http://hooks.example.com/segmentai", "a-long-enough-shared-secret", "destinations.crm.url", "must use https")]
    [InlineData("ftp://hooks.example.com/", "a-long-enough-shared-secret", "destinations.crm.url", "is not an http(s) address")]
    [InlineData("https://hooks.example.com/", "short", "destinations.crm.secret", "at least 16 characters")]
    public void A_destination_that_would_leak_keys_or_signatures_is_refused_with_the_field_named(string url, string secret, string field, string message)
    {
        Append($"""
            destinations:
              crm: {"{"} url: "{url}", secret: "{secret}" {"}"}
            """);

        var issue = Assert.Single(Assert.Single(_copy.Load().Failures, f => f.TenantId == Acme).Issues);

        Assert.Equal(field, issue.Field);
        Assert.Contains(message, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_is_accepted_for_a_loopback_receiver()
    {
        Append("""
            destinations:
              local: { url: "http://127.0.0.1:8787/hook", secret: "a-long-enough-shared-secret" }
            """);

        Assert.Equal("local", Assert.Single(_copy.Load().Get(Acme).Config.Destinations).Id);
    }

    private void Append(string yaml) =>
        File.AppendAllText(_copy.PathOf(Acme, TenantDirectory.TenantFileName), "\n" + yaml + "\n");
}
