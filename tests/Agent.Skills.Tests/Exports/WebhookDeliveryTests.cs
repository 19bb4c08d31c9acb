using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SegmentAI.Skills.Exports;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Tests.Conversation;
using SegmentAI.Skills.Tests.Tenants;
using SegmentAI.Skills.Tests.Warehouses;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Tests.Exports;

/// <summary>Member keys delivered to a webhook: signed, split into parts, retried with back-off, against a loopback receiver.</summary>
public sealed class WebhookDeliveryTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private const string Secret = "a-shared-secret-of-some-length";

    [Fact]
    public async Task Every_member_key_arrives_once_in_signed_parts()
    {
        // Arrange
        await using var receiver = new LoopbackWebhookReceiver();
        var delivery = Delivery(keysPerPost: 100);

        // Act
        var result = await delivery.SendAsync(Destination(receiver.Url), await GoldMembersAsync(), "seg-0001", "Gold members");

        // Assert
        var expected = WarehouseQuery.Scalar<long>(engine.AcmeWarehouse, "SELECT COUNT(*) FROM customers WHERE loyalty_tier = 'gold'");
        Assert.True(result.Delivered, result.Problem);
        Assert.Equal(expected, result.Keys);
        Assert.Equal((int)Math.Ceiling(expected / 100.0), result.Parts);
        var posts = receiver.Received.ToList();
        Assert.Equal(result.Parts, posts.Count);
        var keys = new List<string>();
        foreach (var post in posts)
        {
            var timestamp = long.Parse(post.Headers[WebhookSignature.TimestampHeader], CultureInfo.InvariantCulture);
            Assert.True(WebhookSignature.Verify(Secret, timestamp, post.Body, post.Headers[WebhookSignature.SignatureHeader]));
            Assert.False(WebhookSignature.Verify("another-secret-entirely", timestamp, post.Body, post.Headers[WebhookSignature.SignatureHeader]));
            using var json = JsonDocument.Parse(post.Body);
            Assert.Equal("acme-retail", json.RootElement.GetProperty("tenant").GetString());
            Assert.Equal("customer_id", json.RootElement.GetProperty("key_column").GetString());
            Assert.Equal(expected, json.RootElement.GetProperty("total").GetInt64());
            Assert.Equal("Gold members", json.RootElement.GetProperty("segment").GetProperty("name").GetString());
            keys.AddRange(json.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetString()!));
        }

        Assert.Equal(expected, keys.Distinct().Count());
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public async Task A_receiver_that_is_briefly_unavailable_gets_the_same_delivery_again()
    {
        // Arrange: two 503s, then the receiver accepts
        await using var receiver = new LoopbackWebhookReceiver(503, 503);
        var delivery = Delivery();

        // Act
        var result = await delivery.SendAsync(Destination(receiver.Url), await GoldMembersAsync(), "seg-0001", "Gold members");

        // Assert
        Assert.True(result.Delivered, result.Problem);
        Assert.Equal((1, 3), (result.Parts, result.Attempts));
        var posts = receiver.Received.ToList();
        Assert.Equal(3, posts.Count);
        Assert.Single(posts.Select(p => p.Headers[WebhookSignature.DeliveryHeader]).Distinct());
        Assert.Single(posts.Select(p => Convert.ToBase64String(p.Body)).Distinct());
    }

    [Fact]
    public async Task A_refusal_is_not_retried_and_is_reported()
    {
        // Arrange
        await using var receiver = new LoopbackWebhookReceiver(400);
        var delivery = Delivery();

        // Act
        var result = await delivery.SendAsync(Destination(receiver.Url), await GoldMembersAsync(), "seg-0001", "Gold members");

        // Assert
        Assert.False(result.Delivered);
        Assert.Equal(1, result.Attempts);
        Assert.Contains("answered 400 (BadRequest)", result.Problem, StringComparison.Ordinal);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task A_receiver_that_never_answers_is_tried_once_more_per_retry_then_reported()
    {
        // Arrange: nothing listens on the port
        var url = new Uri($"http://127.0.0.1:{LoopbackWebhookReceiver.FreePort()}/hooks/");
        var delivery = Delivery();

        // Act
        var result = await delivery.SendAsync(Destination(url), await GoldMembersAsync(), "seg-0001", "Gold members");

        // Assert
        Assert.False(result.Delivered);
        Assert.Equal(3, result.Attempts);
        Assert.Contains("did not answer", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secret_named_from_a_missing_environment_variable_sends_nothing()
    {
        // Arrange
        await using var receiver = new LoopbackWebhookReceiver();
        var destination = Destination(receiver.Url) with { Secret = "env:SEGMENTAI_TEST_SECRET_THAT_IS_NOT_SET" };

        // Act
        var result = await Delivery().SendAsync(destination, await GoldMembersAsync(), "seg-0001", "Gold members");

        // Assert
        Assert.False(result.Delivered);
        Assert.Contains("SEGMENTAI_TEST_SECRET_THAT_IS_NOT_SET", result.Problem, StringComparison.Ordinal);
        Assert.Empty(receiver.Received);
    }

    private static DeliveryDestination Destination(Uri url) => new("crm", url, Secret, "Test CRM");

    private static WebhookDelivery Delivery(int keysPerPost = 10_000) =>
        new(
            new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>(),
            Options.Create(new WebhookOptions { KeysPerPost = keysPerPost, Retries = 2, FirstRetryDelay = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(10) }),
            NullLogger<WebhookDelivery>.Instance,
            TimeProvider.System);

    private async Task<SegmentRun> GoldMembersAsync()
    {
        var tenant = RepositoryTenants.Directory.Get("acme-retail");
        var definition = new SegmentDefinition
        {
            Tenant = tenant.Id,
            Root = new SegmentCondition { SourceText = "gold members", Facet = "loyalty_tier", Operator = ConditionOperator.In, Values = ["gold"] },
        };
        return await new SegmentRunner(RepositoryLayout.Discover(), TimeProvider.System).PrepareAsync(definition, tenant, EngineFixture.AsOf, engine.AcmeWarehouse);
    }
}
