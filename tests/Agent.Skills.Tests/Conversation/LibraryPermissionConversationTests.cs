using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Library;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>
/// Whether a chat command may change the library depends on what it does, not on the intent the classifier picked:
/// a viewer's "rename …" and "duplicate …" are read as questions, and must still be refused.
/// </summary>
public sealed class LibraryPermissionConversationTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private const string Marketer = "marco.marketer@acme";
    private const string Viewer = "hannah.viewer@acme";

    [Fact]
    public async Task A_viewer_cannot_rename_or_copy_a_saved_segment_in_chat()
    {
        var name = await SaveAsync("viewer-rename");

        var rename = await SayAsync($"rename segment {name} to Hacked", "viewer-rename-v", Viewer);
        var duplicate = await SayAsync($"duplicate {name} as Viewer Copy 2", "viewer-rename-v", Viewer);

        Assert.Equal((ReplyKind.Refusal, "permission"), (rename.Kind, rename.Refusal?.Category));
        Assert.Contains("Viewers can look at segments but not edit them", rename.Text, StringComparison.Ordinal);
        Assert.Equal((ReplyKind.Refusal, "permission"), (duplicate.Kind, duplicate.Refusal?.Category));
        var library = engine.Services.GetRequiredService<ISegmentLibrary>();
        var saved = await library.FindByNameAsync("acme-retail", name);
        Assert.Equal(1, saved!.Version);
        Assert.Null(await library.FindByNameAsync("acme-retail", "Hacked"));
        Assert.Null(await library.FindByNameAsync("acme-retail", "Viewer Copy 2"));
    }

    [Fact]
    public async Task A_marketers_rename_is_recorded_as_theirs()
    {
        var name = await SaveAsync("marketer-rename");

        var rename = await SayAsync($"rename segment {name} to {name} renamed", "marketer-rename", Marketer);

        Assert.StartsWith("Renamed", rename.Text, StringComparison.Ordinal);
        var library = engine.Services.GetRequiredService<ISegmentLibrary>();
        var renamed = await library.FindByNameAsync("acme-retail", $"{name} renamed");
        Assert.Equal((2, Marketer), (renamed!.Version, renamed.ChangedBy));
    }

    private async Task<string> SaveAsync(string session)
    {
        var name = $"Q4 list {session}";
        await SayAsync("customers in Ohio", session, Marketer);
        var saved = await SayAsync($"save it as {name}", session, Marketer);
        Assert.StartsWith("Saved as", saved.Text, StringComparison.Ordinal);
        return name;
    }

    private Task<ChatReply> SayAsync(string text, string session, string user) =>
        engine.Engine.HandleAsync(engine.Say(text, session, user) with { TrustUnknownUsers = false });
}
