using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Library;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>
/// "rename the X segment to Y" in chat: a viewer hears the permission refusal before learning whether X exists, and a
/// marketer's words find X without "the" and "segment".
/// </summary>
[Collection(DemoTenantsEngineCollection.Name)]
public sealed class RenameConversationTests(DemoTenantsEngineFixture engine)
{
    private const string Acme = "acme-retail";
    private const string Marketer = "marco.marketer@acme";
    private const string Viewer = "hannah.viewer@acme";

    [Fact]
    public async Task A_viewers_rename_of_a_segment_that_does_not_exist_is_refused_for_permission()
    {
        var reply = await SayAsync("rename the Spring Gardeners segment to Garden Fans", $"rename-viewer-{Guid.NewGuid():N}", Viewer);

        // Not "I couldn't find ...": a role that may never rename is not told which segments exist.
        Assert.Equal(ReplyKind.Refusal, reply.Kind);
        Assert.Equal("permission", reply.Refusal!.Category);
        Assert.DoesNotContain("couldn't find", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_marketers_rename_the_X_segment_to_Y_finds_the_segment_named_X()
    {
        var session = $"rename-marketer-{Guid.NewGuid():N}";
        var name = $"Garden Club {session[^6..]}";
        await SayAsync("customers in Ohio", session, Marketer);
        var saved = await SayAsync($"save it as {name}", session, Marketer);
        Assert.StartsWith("Saved as", saved.Text, StringComparison.Ordinal);

        var reply = await SayAsync($"rename the {name} segment to {name} Fans", session, Marketer);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal($"Renamed \"{name}\" to \"{name} Fans\".", reply.Text);
        var library = engine.Services.GetRequiredService<ISegmentLibrary>();
        Assert.NotNull(await library.FindByNameAsync(Acme, $"{name} Fans"));
        Assert.Null(await library.FindByNameAsync(Acme, name));
    }

    // Known users only: the roles in tenant.yaml decide, not the default role of unknown users.
    private Task<ChatReply> SayAsync(string text, string session, string user) =>
        engine.SayAsync(Acme, text, session, user, trustUnknownUsers: false);
}
