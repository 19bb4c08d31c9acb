using System.Net;

namespace SegmentAI.Host.Tests.Chat;

public sealed class ChatEndpointWithoutEngineTests : IAsyncLifetime
{
    private ChatWebApp _web = null!;

    public async Task InitializeAsync() => _web = await ChatWebApp.StartAsync(engine: null);

    [Theory]
    [InlineData("/api/chat")]
    [InlineData("/api/chat/stream")]
    public async Task Without_an_engine_chat_is_a_problem_details_503(string path)
    {
        using var content = new StringContent("""{"tenant":"acme-retail","user":"u","text":"hi"}""");

        var response = await _web.Client.PostAsync(path, content);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("conversation engine", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    public async Task DisposeAsync() => await _web.DisposeAsync();
}
