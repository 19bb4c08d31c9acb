using Microsoft.Extensions.AI;
using SegmentAI.Skills.Llm.Caching;

namespace SegmentAI.Skills.Tests.Llm;

public sealed class LlmResponseCachingTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "segmentai-llm-cache-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_same_request_is_answered_from_disk_even_by_a_new_client()
    {
        var model = new ScriptedChatClient().Answer("first answer").Answer("second answer");
        var options = new LlmResponseCacheOptions { Directory = _directory };

        var first = await LlmResponseCaching.Use(model, options, "gpt-test").GetResponseAsync(Ask("gold members in Texas"));
        var again = await LlmResponseCaching.Use(model, options, "gpt-test").GetResponseAsync(Ask("gold members in Texas"));

        Assert.Equal("first answer", first.Text);
        Assert.Equal("first answer", again.Text);
        Assert.Single(model.Requests);
        Assert.Single(Directory.GetFiles(_directory, "*.json"));
    }

    [Fact]
    public async Task Another_message_model_or_salt_is_a_miss()
    {
        var model = new ScriptedChatClient().Answer("a").Answer("b").Answer("c").Answer("d");
        var options = new LlmResponseCacheOptions { Directory = _directory };

        await LlmResponseCaching.Use(model, options, "gpt-test").GetResponseAsync(Ask("gold members"));
        var otherMessage = await LlmResponseCaching.Use(model, options, "gpt-test").GetResponseAsync(Ask("silver members"));
        var otherModel = await LlmResponseCaching.Use(model, options, "gpt-other").GetResponseAsync(Ask("gold members"));
        var otherSalt = await LlmResponseCaching.Use(model, new LlmResponseCacheOptions { Directory = _directory, Salt = "v2" }, "gpt-test")
            .GetResponseAsync(Ask("gold members"));

        Assert.Equal(["b", "c", "d"], [otherMessage.Text, otherModel.Text, otherSalt.Text]);
        Assert.Equal(4, model.Requests.Count);
    }

    [Fact]
    public void Without_a_directory_the_client_is_used_as_it_is()
    {
        var model = new ScriptedChatClient();

        Assert.Same(model, LlmResponseCaching.Use(model, new LlmResponseCacheOptions(), "gpt-test"));
    }

    [Fact]
    public async Task A_removed_entry_is_asked_again()
    {
        var cache = new FileResponseCache(_directory);
        await cache.SetAsync("key", [1, 2, 3], new());

        var stored = await cache.GetAsync("key");
        await cache.RemoveAsync("key");

        Assert.Equal([1, 2, 3], stored);
        Assert.Null(await cache.GetAsync("key"));
        Assert.Empty(Directory.GetFiles(_directory));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static List<ChatMessage> Ask(string text) => [new(ChatRole.System, "You map requests to facets."), new(ChatRole.User, text)];
}
