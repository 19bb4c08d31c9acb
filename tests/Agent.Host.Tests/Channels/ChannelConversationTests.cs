using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SegmentAI.Host.Admission;
using SegmentAI.Host.Channels;
using SegmentAI.Host.Tests.Chat;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Tests.Channels;

public sealed class ChannelConversationTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "segmentai-channel-" + Guid.NewGuid().ToString("N"));
    private readonly List<ServiceProvider> _providers = [];

    [Fact]
    public async Task Answers_a_teams_sender_as_the_tenant_user_they_are_enrolled_as()
    {
        var engine = new EchoConversationEngine();
        var target = new RecordingReplyTarget();
        var session = ChannelSessions.For(ChannelNames.Teams, ChannelTenants.AcmeTeamsTenant, "19:chat", ChannelTenants.MarcoAad);

        var outcome = await Conversation(engine).HandleAsync(Teams("hello there", session, "a1"), target);

        Assert.Equal(ChannelOutcome.Answered, outcome);
        var request = Assert.Single(engine.Requests);
        Assert.Equal(("acme-retail", "marco.marketer@acme", session, "teams", false), (request.TenantId, request.UserId, request.SessionId, request.Channel, request.TrustUnknownUsers));
        Assert.Equal("echo: hello there", Assert.Single(target.Replies).Text);
    }

    [Fact]
    public async Task A_duplicate_delivery_is_answered_once()
    {
        var engine = new EchoConversationEngine();
        var target = new RecordingReplyTarget();
        var conversation = Conversation(engine);

        var first = await conversation.HandleAsync(Slack(ChannelTenants.MarcoSlack, "hi", "Ev1"), target);
        var retry = await conversation.HandleAsync(Slack(ChannelTenants.MarcoSlack, "hi", "Ev1"), target);

        Assert.Equal((ChannelOutcome.Answered, ChannelOutcome.Duplicate), (first, retry));
        Assert.Single(engine.Requests);
        Assert.Single(target.Replies);
    }

    [Fact]
    public async Task An_unknown_sender_is_told_they_are_not_enrolled_and_nothing_else_happens()
    {
        var engine = new EchoConversationEngine();
        var target = new RecordingReplyTarget();

        var outcome = await Conversation(engine).HandleAsync(Slack("U0STRANGER", "show me big spenders", "Ev2"), target);

        Assert.Equal(ChannelOutcome.NotEnrolled, outcome);
        Assert.Empty(engine.Requests);
        var reply = Assert.Single(target.Replies);
        Assert.Equal(ReplyKind.Refusal, reply.Kind);
        Assert.Equal(ChannelConversation.NotEnrolledCategory, reply.Refusal!.Category);
        Assert.Contains("U0STRANGER", reply.Text, StringComparison.Ordinal);
        Assert.Contains("admin", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enrolled_id_from_a_workspace_the_tenant_does_not_list_is_not_enrolled()
    {
        var engine = new EchoConversationEngine();
        var target = new RecordingReplyTarget();
        var message = Slack(ChannelTenants.MarcoSlack, "hi", "Ev3") with { Workspace = "T0SOMEONEELSE" };

        var outcome = await Conversation(engine).HandleAsync(message, target);

        Assert.Equal(ChannelOutcome.NotEnrolled, outcome);
        Assert.Empty(engine.Requests);
    }

    [Fact]
    public async Task Teams_object_ids_match_whatever_their_letter_case()
    {
        var engine = new EchoConversationEngine();

        var outcome = await Conversation(engine).HandleAsync(
            Teams("hi", "teams-s", "a2") with { SenderId = ChannelTenants.MarcoAad.ToUpperInvariant(), Workspace = ChannelTenants.AcmeTeamsTenant.ToUpperInvariant() },
            new RecordingReplyTarget());

        Assert.Equal(ChannelOutcome.Answered, outcome);
        Assert.Equal("marco.marketer@acme", Assert.Single(engine.Requests).UserId);
    }

    [Fact]
    public async Task A_user_over_their_message_limit_is_told_to_wait_and_other_users_go_on()
    {
        var engine = new EchoConversationEngine();
        var target = new RecordingReplyTarget();
        var conversation = Conversation(engine, ChannelTenants.WithAcmeLimits(_directory, turnsPerMinute: 100, userTurnsPerMinute: 3));

        var outcomes = new List<ChannelOutcome>();
        for (var i = 0; i < 4; i++)
        {
            outcomes.Add(await conversation.HandleAsync(Slack(ChannelTenants.MarcoSlack, "hi", $"Ev-m{i}"), target));
        }

        var other = await conversation.HandleAsync(Slack(ChannelTenants.PriyaSlack, "hi", "Ev-p0"), target);

        Assert.Equal([ChannelOutcome.Answered, ChannelOutcome.Answered, ChannelOutcome.Answered, ChannelOutcome.RateLimited], outcomes);
        Assert.Equal(ChannelOutcome.Answered, other);
        Assert.Equal(4, engine.Requests.Count);
        var limited = target.Replies[3];
        Assert.Equal(ReplyKind.Error, limited.Kind);
        Assert.Matches(@"[Ww]ait about \d+ seconds", limited.Text);
    }

    [Fact]
    public async Task The_tenant_limit_covers_all_its_users_together()
    {
        var engine = new EchoConversationEngine();
        var target = new RecordingReplyTarget();
        var conversation = Conversation(engine, ChannelTenants.WithAcmeLimits(_directory, turnsPerMinute: 2, userTurnsPerMinute: 2));

        var marco = await conversation.HandleAsync(Slack(ChannelTenants.MarcoSlack, "hi", "Ev-t1"), target);
        var priya = await conversation.HandleAsync(Slack(ChannelTenants.PriyaSlack, "hi", "Ev-t2"), target);
        var third = await conversation.HandleAsync(Slack(ChannelTenants.PriyaSlack, "hi", "Ev-t3"), target);

        Assert.Equal((ChannelOutcome.Answered, ChannelOutcome.Answered, ChannelOutcome.RateLimited), (marco, priya, third));
    }

    [Fact]
    public async Task Limits_can_be_switched_off_for_load_tests()
    {
        var engine = new EchoConversationEngine();
        var conversation = Conversation(engine, ChannelTenants.WithAcmeLimits(_directory, turnsPerMinute: 1, userTurnsPerMinute: 1), new ChannelOptions { RateLimitsEnabled = false });

        var outcomes = new List<ChannelOutcome>();
        for (var i = 0; i < 3; i++)
        {
            outcomes.Add(await conversation.HandleAsync(Slack(ChannelTenants.MarcoSlack, "hi", $"Ev-off{i}"), new RecordingReplyTarget()));
        }

        Assert.All(outcomes, o => Assert.Equal(ChannelOutcome.Answered, o));
    }

    [Fact]
    public async Task Progress_is_shown_at_once_and_refreshed_while_the_turn_runs()
    {
        var engine = new GatedConversationEngine();
        var target = new RecordingReplyTarget();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        var conversation = Conversation(engine, time: time);

        var turn = conversation.HandleAsync(Slack(ChannelTenants.MarcoSlack, "slow one", "Ev-slow"), target);
        await engine.Started;
        while (!target.SecondProgress.Task.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(3));
            await Task.Yield();
        }

        var signalsWhileRunning = target.ProgressSignals;
        engine.Release();
        var outcome = await turn;
        time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(ChannelOutcome.Answered, outcome);
        Assert.True(signalsWhileRunning >= 2);
        Assert.Equal(signalsWhileRunning, target.ProgressSignals);
        Assert.Equal("done: slow one", Assert.Single(target.Replies).Text);
    }

    [Fact]
    public async Task An_engine_failure_becomes_a_reply_the_user_can_act_on()
    {
        var target = new RecordingReplyTarget();

        var outcome = await Conversation(new EchoConversationEngine()).HandleAsync(Slack(ChannelTenants.MarcoSlack, "fail now", "Ev-f"), target);

        Assert.Equal(ChannelOutcome.Failed, outcome);
        var reply = Assert.Single(target.Replies);
        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.StartsWith("Something unexpected went wrong on our side, so nothing was changed.", reply.Text, StringComparison.Ordinal);
        Assert.Matches("give your admin this trace id: [0-9a-f]{32}\\.$", reply.Text);
        Assert.DoesNotContain("engine broke", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_that_could_not_be_delivered_lets_the_channel_retry_the_message()
    {
        var engine = new EchoConversationEngine();
        var conversation = Conversation(engine);
        var broken = new RecordingReplyTarget { FailDeliveries = true };
        var working = new RecordingReplyTarget();

        var first = await conversation.HandleAsync(Slack(ChannelTenants.MarcoSlack, "hi", "Ev-r"), broken);
        var retry = await conversation.HandleAsync(Slack(ChannelTenants.MarcoSlack, "hi", "Ev-r"), working);

        Assert.Equal((ChannelOutcome.Failed, ChannelOutcome.Answered), (first, retry));
        Assert.Single(working.Replies);
    }

    [Fact]
    public async Task Web_senders_are_the_tenant_users_they_name()
    {
        var engine = new EchoConversationEngine();

        var known = await Conversation(engine).HandleAsync(new ChannelMessage(ChannelNames.Web, "acme-retail", "priya.marketer@acme", null, "hi"), new RecordingReplyTarget());
        var unknown = await Conversation(engine).HandleAsync(new ChannelMessage(ChannelNames.Web, "acme-retail", "mallory@evil", null, "hi"), new RecordingReplyTarget());

        Assert.Equal((ChannelOutcome.Answered, ChannelOutcome.NotEnrolled), (known, unknown));
        Assert.Equal("priya.marketer@acme", Assert.Single(engine.Requests).UserId);
    }

    [Fact]
    public void Session_ids_separate_people_in_one_conversation_and_hide_channel_ids()
    {
        var marco = ChannelSessions.For(ChannelNames.Teams, "t", "19:meeting@thread.v2", "marco");
        var priya = ChannelSessions.For(ChannelNames.Teams, "t", "19:meeting@thread.v2", "priya");

        Assert.NotEqual(marco, priya);
        Assert.Equal(marco, ChannelSessions.For(ChannelNames.Teams, "t", "19:meeting@thread.v2", "marco"));
        Assert.Matches("^teams-[0-9a-f]{24}$", marco);
    }

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static ChannelMessage Teams(string text, string session, string activity) =>
        new(ChannelNames.Teams, ChannelTenants.AcmeTeamsTenant, ChannelTenants.MarcoAad, session, text, activity);

    private static ChannelMessage Slack(string user, string text, string eventId) =>
        new(ChannelNames.Slack, ChannelTenants.AcmeSlackTeam, user, ChannelSessions.For(ChannelNames.Slack, ChannelTenants.AcmeSlackTeam, "C1:1.0", user), text, eventId);

    private ChannelConversation Conversation(
        IConversationEngine engine, TenantDirectory? tenants = null, ChannelOptions? options = null, TimeProvider? time = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(tenants ?? ChannelTenants.Repository())
            .AddSingleton<IDeliveryLedger>(new InMemoryDeliveryLedger(time))
            .AddSingleton(time ?? TimeProvider.System)
            .AddSingleton(engine)
            .AddConversationAdmission()
            .AddChatChannels();
        services.AddSingleton(Options.Create(options ?? new ChannelOptions()));
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<ChannelConversation>();
    }
}
