using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>Full Teams turns against the real engine and a generated acme-retail warehouse.</summary>
public sealed class TeamsRealEngineTests : IClassFixture<AcmeRepositoryFixture>, IAsyncLifetime
{
    private readonly AcmeRepositoryFixture _repository;
    private TeamsWebApp _web = null!;

    public TeamsRealEngineTests(AcmeRepositoryFixture repository)
    {
        _repository = repository;
    }

    private string ServiceUrl => _web.Connector.ServiceUrl;

    public async Task InitializeAsync() => _web = await TeamsWebApp.StartAsync(engine: null, _repository.Settings);

    public async Task DisposeAsync() => await _web.DisposeAsync();

    [Fact]
    public async Task A_channel_request_becomes_a_segment_card_whose_facts_list_the_grounded_conditions()
    {
        var response = await _web.PostAsync(TeamsActivities.ChannelMention(ServiceUrl, "gold members in Texas"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await _web.Connector.WaitForMessagesAsync(1));
        var card = reply.Card;
        var facts = FactsOf(card);
        Assert.Collection(facts,
            f => Assert.Equal("C1 Loyalty Tier", f.Title),
            f => Assert.Equal("C2 Home State", f.Title),
            f => Assert.Equal("Logic", f.Title));
        Assert.Contains("Gold", facts[0].Value, StringComparison.Ordinal);
        Assert.Contains("retrieved from the catalog", facts[0].Value, StringComparison.Ordinal);
        Assert.Contains(TextsOf(card), t => t.StartsWith("**Size:** ", StringComparison.Ordinal) && t.Contains(" of 1,500 customers (", StringComparison.Ordinal));
        Assert.Contains("Gold", reply.Text, StringComparison.Ordinal);
        Assert.Equal(TeamsActivities.ChannelThread, reply.ConversationId);
    }

    [Fact]
    public async Task A_clarification_is_answered_by_clicking_an_option_and_the_segment_card_comes_back_in_the_invoke_response()
    {
        await _web.PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "customers who bought something recently", id: "1"));
        var question = Assert.Single(await _web.Connector.WaitForMessagesAsync(1)).Card;
        var option = question.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == "the last 30 days");

        var response = await _web.PostAsync(TeamsActivities.CardAction(
            ServiceUrl, option.GetProperty("verb").GetString()!, JsonNode.Parse(option.GetProperty("data").GetRawText())!.AsObject(), id: "2"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        var card = body.RootElement.GetProperty("value");
        Assert.Equal("Customers who bought something recently", TextsOf(card)[0]);
        var fact = Assert.Single(FactsOf(card));
        Assert.Equal("C1 Made a Purchase", fact.Title);
        Assert.Contains("23 Oct 2026 to 21 Nov 2026", fact.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_save_button_of_a_card_saves_the_segment_under_its_suggested_name()
    {
        await _web.PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "gold members in Texas", id: "1"));
        var card = Assert.Single(await _web.Connector.WaitForMessagesAsync(1)).Card;
        var save = card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Save");

        // A client without Universal Actions sends the fallback's data as an Action.Submit message.
        await _web.PostAsync(TeamsActivities.SubmitMessage(ServiceUrl, JsonNode.Parse(save.GetProperty("fallback").GetProperty("data").GetRawText())!.AsObject(), id: "2"));

        var saved = (await _web.Connector.WaitForMessagesAsync(2))[1];
        Assert.StartsWith("Saved as \"Gold members in Texas\"", saved.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_outside_the_tenant_is_told_they_are_not_enrolled()
    {
        await _web.PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "gold members", aadObjectId: "9d4c3b2a-1111-4222-8333-444455556666"));

        var reply = Assert.Single(await _web.Connector.WaitForMessagesAsync(1));
        Assert.StartsWith("Hi! I can't help you yet: you're not enrolled in SegmentAI yet.", reply.Text, StringComparison.Ordinal);
    }

    private static List<(string Title, string Value)> FactsOf(JsonElement card) =>
        [.. card.GetProperty("body").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "FactSet").GetProperty("facts").EnumerateArray()
            .Select(f => (f.GetProperty("title").GetString()!, f.GetProperty("value").GetString()!))];

    private static List<string> TextsOf(JsonElement card) =>
        [.. card.GetProperty("body").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "TextBlock").Select(b => b.GetProperty("text").GetString()!)];
}
