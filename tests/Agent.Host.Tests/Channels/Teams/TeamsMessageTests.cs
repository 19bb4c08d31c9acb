using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SegmentAI.Host.Tests.Chat;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>Activities through /api/messages to the Bot Connector stub, with a stand-in engine that shows what it was asked.</summary>
public sealed class TeamsMessageTests : IAsyncLifetime
{
    private readonly EchoConversationEngine _engine = new();
    private TeamsWebApp _web = null!;

    private string ServiceUrl => _web.Connector.ServiceUrl;

    public async Task InitializeAsync() => _web = await TeamsWebApp.StartAsync(_engine);

    public async Task DisposeAsync() => await _web.DisposeAsync();

    [Fact]
    public async Task A_personal_message_reaches_the_engine_as_the_enrolled_tenant_user()
    {
        var response = await _web.PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "gold members in Texas"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _web.Connector.WaitForMessagesAsync(1);
        var request = Assert.Single(_engine.Requests);
        Assert.Equal("acme-retail", request.TenantId);
        Assert.Equal("marco.marketer@acme", request.UserId);
        Assert.Equal("teams", request.Channel);
        Assert.Equal("gold members in Texas", request.Text);
        Assert.StartsWith("teams-", request.SessionId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reply_goes_to_the_activity_in_its_conversation_as_the_bot_with_a_connector_token()
    {
        await _web.PostAsync(TeamsActivities.ChannelMention(ServiceUrl, "hello", id: "1481567603816"));

        var reply = Assert.Single(await _web.Connector.WaitForMessagesAsync(1));
        Assert.Equal(
            "/amer/v3/conversations/19%3Ad7a1e0e7f1a84c1f9b3e4e0f6c1c7a2b%40thread.tacv2%3Bmessageid%3D1481567603816/activities/1481567603816",
            reply.RawTarget);
        Assert.Equal("Bearer token-1", reply.Authorization);
        Assert.Equal("message", reply.Type);
        Assert.Equal(TeamsActivities.BotId, reply.Body.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(TeamsActivities.MarcoAad, reply.Body.GetProperty("recipient").GetProperty("aadObjectId").GetString());
        Assert.Equal(TeamsActivities.ChannelThread, reply.ConversationId);
        Assert.Equal("1481567603816", reply.Body.GetProperty("replyToId").GetString());
        Assert.Equal("markdown", reply.Body.GetProperty("textFormat").GetString());
        var tokenRequest = Assert.Single(_web.Connector.TokenRequests);
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal(TeamsWebApp.AppId, tokenRequest["client_id"]);
        Assert.Equal(TeamsWebApp.AppPassword, tokenRequest["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);
    }

    [Fact]
    public async Task Strips_the_bot_mention_using_entities_and_keeps_other_mentions()
    {
        var activity = TeamsActivities.ChannelMention(ServiceUrl, "segment for <at>Priya Natarajan</at>: gold members");
        activity["entities"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Priya Natarajan</at>",
            ["mentioned"] = new JsonObject { ["id"] = "29:1PriyaN", ["name"] = "Priya Natarajan" },
        });

        await _web.PostAsync(activity);

        await _web.Connector.WaitForMessagesAsync(1);
        Assert.Equal("segment for <at>Priya Natarajan</at>: gold members", Assert.Single(_engine.Requests).Text);
    }

    [Fact]
    public async Task A_mention_of_the_bot_in_the_middle_of_the_text_is_removed_too()
    {
        var activity = TeamsActivities.ChannelMention(ServiceUrl, "").With("text", "hey <at>SegmentAI</at>&nbsp;gold members\n");

        await _web.PostAsync(activity);

        await _web.Connector.WaitForMessagesAsync(1);
        Assert.Equal("hey gold members", Assert.Single(_engine.Requests).Text);
    }

    [Fact]
    public async Task A_bare_mention_asks_for_help()
    {
        await _web.PostAsync(TeamsActivities.ChannelMention(ServiceUrl, ""));

        await _web.Connector.WaitForMessagesAsync(1);
        Assert.Equal("help", Assert.Single(_engine.Requests).Text);
    }

    [Fact]
    public async Task Each_person_in_a_channel_thread_has_their_own_session()
    {
        await _web.PostAsync(TeamsActivities.ChannelMention(ServiceUrl, "gold members", id: "1"));
        var priya = TeamsActivities.ChannelMention(ServiceUrl, "VIP customers", id: "2");
        priya["from"]!["aadObjectId"] = "fe71684c-6b6d-49fe-bc36-3efa24256c7c";
        await _web.PostAsync(priya);

        await _web.Connector.WaitForMessagesAsync(2);
        var requests = _engine.Requests;
        Assert.Equal(["marco.marketer@acme", "priya.marketer@acme"], requests.Select(r => r.UserId).Order());
        Assert.NotEqual(requests[0].SessionId, requests[1].SessionId);
    }

    [Fact]
    public async Task A_breakdown_reply_carries_its_table_and_its_chart_as_a_png_inside_the_card()
    {
        await _web.PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "profile of baby buyers"));

        var reply = Assert.Single(await _web.Connector.WaitForMessagesAsync(1));
        Assert.Contains("| South | 800 | 64.8% |", reply.Text, StringComparison.Ordinal);
        var body = reply.Card.GetProperty("body").EnumerateArray().ToList();
        var table = Assert.Single(body, b => b.GetProperty("type").GetString() == "Table");
        Assert.Equal(3, table.GetProperty("rows").GetArrayLength());
        Assert.Equal("800", table.GetProperty("rows")[1].GetProperty("cells")[1].GetProperty("items")[0].GetProperty("text").GetString());
        var image = Assert.Single(body, b => b.GetProperty("type").GetString() == "Image");
        var url = image.GetProperty("url").GetString()!;
        Assert.StartsWith("data:image/png;base64,", url, StringComparison.Ordinal);
        var png = Convert.FromBase64String(url["data:image/png;base64,".Length..]);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        Assert.Equal("Baby buyers by Home Region", image.GetProperty("altText").GetString());
        var folder = Path.Combine(SegmentAI.Skills.Hosting.RepositoryLayout.Discover().Root, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "teams-chart.png"), png);
    }

    [Fact]
    public async Task A_segment_reply_carries_an_adaptive_card_and_the_markdown_text()
    {
        await _web.PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "segment of baby buyers"));

        var reply = Assert.Single(await _web.Connector.WaitForMessagesAsync(1));
        Assert.StartsWith("**Baby buyers**", reply.Text, StringComparison.Ordinal);
        var card = reply.Card;
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal("Baby buyers", card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Contains(card.GetProperty("body").EnumerateArray(), b => b.GetProperty("type").GetString() == "FactSet");
    }

    [Fact]
    public async Task A_clarification_reply_offers_one_action_per_option()
    {
        await _web.PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "ask me"));

        var card = Assert.Single(await _web.Connector.WaitForMessagesAsync(1)).Card;
        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(["last 30 days", "last 90 days"], actions.Select(a => a.GetProperty("title").GetString()));
        Assert.All(actions, a => Assert.Equal("Action.Execute", a.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task A_refusal_or_answer_is_plain_text_without_a_card()
    {
        await _web.PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "what can you do"));

        var reply = Assert.Single(await _web.Connector.WaitForMessagesAsync(1));
        Assert.Equal("echo: what can you do", reply.Text);
        Assert.False(reply.Body.TryGetProperty("attachments", out _));
    }

    [Fact]
    public async Task Someone_not_enrolled_is_told_so_and_the_engine_is_not_asked()
    {
        await _web.PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "gold members", aadObjectId: "0f0e0d0c-0000-4000-8000-00000000abcd"));

        var reply = Assert.Single(await _web.Connector.WaitForMessagesAsync(1));
        Assert.Contains("not enrolled", reply.Text, StringComparison.Ordinal);
        Assert.Contains("0f0e0d0c-0000-4000-8000-00000000abcd", reply.Text, StringComparison.Ordinal);
        Assert.Empty(_engine.Requests);
    }

    [Fact]
    public async Task An_enrolled_user_writing_from_another_entra_tenant_is_not_enrolled()
    {
        var activity = TeamsActivities.PersonalMessage(ServiceUrl, "gold members");
        activity["channelData"]!["tenant"]!["id"] = "11111111-2222-4333-8444-555555555555";

        await _web.PostAsync(activity);

        Assert.Contains("not enrolled", Assert.Single(await _web.Connector.WaitForMessagesAsync(1)).Text, StringComparison.Ordinal);
        Assert.Empty(_engine.Requests);
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_is_answered_once()
    {
        var conversation = TeamsActivities.PersonalConversation("dup");
        var activity = TeamsActivities.PersonalMessage(ServiceUrl, "first", id: "1700000000001", conversationId: conversation);

        Assert.Equal(HttpStatusCode.OK, (await _web.PostAsync(activity)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _web.PostAsync(activity)).StatusCode);
        // Messages of one conversation are answered in order, so once this one is answered the retry was handled.
        await _web.PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "second", id: "1700000000002", conversationId: conversation));

        var replies = await _web.Connector.WaitForAsync(all => all.Any(a => a.Text == "echo: second"));
        Assert.Equal(["echo: first", "echo: second"], replies.Where(a => a.Type == "message").Select(a => a.Text));
        Assert.Equal(["first", "second"], _engine.Requests.Select(r => r.Text));
    }

    [Fact]
    public async Task The_same_activity_id_in_another_conversation_is_a_new_message()
    {
        await _web.PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "one", id: "42", conversationId: TeamsActivities.PersonalConversation("a")));
        await _web.PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "two", id: "42", conversationId: TeamsActivities.PersonalConversation("b")));

        await _web.Connector.WaitForMessagesAsync(2);
        Assert.Equal(["one", "two"], _engine.Requests.Select(r => r.Text).Order());
    }

    [Fact]
    public async Task An_action_submit_message_becomes_the_chat_text_of_its_button()
    {
        await _web.PostAsync(TeamsActivities.SubmitMessage(ServiceUrl, new JsonObject { ["verb"] = "save", ["name"] = "Baby buyers" }, id: "1"));
        await _web.PostAsync(TeamsActivities.SubmitMessage(ServiceUrl, new JsonObject { ["verb"] = "explain" }, id: "2"));
        await _web.PostAsync(TeamsActivities.SubmitMessage(ServiceUrl, new JsonObject { ["verb"] = "rate", ["rating"] = "down" }, id: "3"));

        await _web.Connector.WaitForMessagesAsync(3);
        Assert.Equal(["save it as \"Baby buyers\"", "explain it", "👎"], _engine.Requests.Select(r => r.Text));
    }

    [Fact]
    public async Task An_action_submit_with_data_that_is_no_segmentai_action_is_a_400()
    {
        var response = await _web.PostAsync(TeamsActivities.SubmitMessage(ServiceUrl, new JsonObject { ["verb"] = "launch_rockets" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a SegmentAI card action", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_engine.Requests);
    }

    [Fact]
    public async Task An_action_execute_invoke_is_answered_in_the_response_with_the_reply_card()
    {
        var response = await _web.PostAsync(TeamsActivities.CardAction(ServiceUrl, "answer", new JsonObject { ["verb"] = "answer", ["option"] = "segment please" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Baby buyers", body.RootElement.GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("segment please", Assert.Single(_engine.Requests).Text);
        Assert.Empty(_web.Connector.Activities);
    }

    [Fact]
    public async Task An_invoke_whose_reply_is_text_answers_with_a_card_holding_the_text()
    {
        var response = await _web.PostAsync(TeamsActivities.CardAction(ServiceUrl, "rate", new JsonObject { ["verb"] = "rate", ["rating"] = "up" }));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("echo: 👍", body.RootElement.GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_invoke_with_an_unknown_verb_is_a_400_naming_the_action()
    {
        var response = await _web.PostAsync(TeamsActivities.CardAction(ServiceUrl, "teleport", new JsonObject()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("value.action", out _));
    }

    [Fact]
    public async Task Installing_the_bot_posts_a_welcome_with_example_prompts()
    {
        var response = await _web.PostAsync(TeamsActivities.MembersAdded(ServiceUrl, TeamsActivities.BotId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(await _web.Connector.WaitForMessagesAsync(1));
        Assert.Contains("SegmentAI", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("- customers who buy baby products at least twice a week", welcome.Text, StringComparison.Ordinal);
        Assert.Equal("/amer/v3/conversations/19%3Aefa9296d959346209fea44151c742e73%40thread.tacv2/activities/f%3A5f85c2ad", welcome.RawTarget);
        Assert.Empty(_engine.Requests);
    }

    [Fact]
    public async Task Someone_else_joining_gets_no_welcome()
    {
        var joined = TeamsActivities.MembersAdded(ServiceUrl, "29:1NewColleague");
        Assert.Equal(HttpStatusCode.OK, (await _web.PostAsync(joined)).StatusCode);
        var conversation = joined["conversation"]!["id"]!.GetValue<string>();
        var after = TeamsActivities.ChannelMention(ServiceUrl, "hello");
        after["conversation"]!["id"] = conversation;

        await _web.PostAsync(after);

        var replies = await _web.Connector.WaitForMessagesAsync(1);
        Assert.Equal("echo: hello", Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("installationUpdate")]
    public async Task Other_activity_types_are_acknowledged_and_ignored(string type)
    {
        var activity = TeamsActivities.PersonalMessage(ServiceUrl, "hello").With("type", type);

        var response = await _web.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_engine.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("""{"type": "message", "id": 17""")]
    [InlineData("""{"type": "message", "entities": "mention"}""")]
    public async Task Malformed_json_is_a_400_problem_saying_what_is_wrong(string body)
    {
        var response = await _web.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("invalid activity JSON", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_missing_required_fields_is_a_400_naming_each()
    {
        var activity = TeamsActivities.PersonalMessage(ServiceUrl, "hello");
        activity.Remove("conversation");
        activity.Remove("channelData");
        activity["from"]!.AsObject().Remove("id");

        var response = await _web.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal(["channelData.tenant.id", "conversation.id", "from.id"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Empty(_engine.Requests);
    }

    [Fact]
    public async Task An_activity_from_another_channel_than_teams_is_a_400()
    {
        var response = await _web.PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "hello").With("channelId", "webchat"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("channelId must be \"msteams\"", problem.RootElement.GetProperty("errors").GetProperty("channelId")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_replies_share_one_connector_token()
    {
        for (var i = 0; i < 6; i++)
        {
            await _web.PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, $"message {i}", id: $"{i}", conversationId: TeamsActivities.PersonalConversation($"c{i}")));
        }

        var replies = await _web.Connector.WaitForMessagesAsync(6);

        // A token request the resilience pipeline retried under load is still one token for every reply.
        Assert.StartsWith("Bearer token-", Assert.Single(replies.Select(r => r.Authorization).Distinct()), StringComparison.Ordinal);
        Assert.True(_web.Connector.TokenRequests.Count < replies.Count, $"{_web.Connector.TokenRequests.Count} token requests for {replies.Count} replies");
    }

    [Fact]
    public async Task A_reply_the_connector_refuses_with_503_is_retried_until_delivered()
    {
        _web.Connector.FailNextActivities(2, StatusCodes.Status503ServiceUnavailable);

        await _web.PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "hello"));

        await _web.Connector.WaitForAsync(all => all.Any(a => a.Text == "echo: hello"));
        Assert.True(_web.Connector.ActivityAttempts >= 3);
    }
}
