using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SegmentAI.Host.Web;

namespace SegmentAI.Host.Tests.Chat;

/// <summary>A failing engine, a bad as_of and a broken endpoint on the web host: never a 500 with exception text.</summary>
public sealed partial class EngineFailureTests : IAsyncLifetime
{
    private readonly EchoConversationEngine _engine = new();
    private readonly RecordingLoggerProvider _logs = new();
    private ChatWebApp _web = null!;

    public async Task InitializeAsync() =>
        _web = await ChatWebApp.StartAsync(_engine, configureServices: services => services.AddSingleton<ILoggerProvider>(_logs));

    [Fact]
    public async Task An_engine_failure_is_a_polite_reply_in_the_same_session_with_a_trace_id_that_is_logged_as_an_error()
    {
        var response = await PostAsync("/api/chat", """{"tenant":"acme-retail","user":"marco.marketer@acme","session":"s-7","text":"fail now"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal("error", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("s-7", json.RootElement.GetProperty("session_id").GetString());
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.StartsWith("Something unexpected went wrong on our side, so nothing was changed. Please try again;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("the engine broke", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        var traceId = TraceId().Match(text).Groups["id"].Value;
        var logged = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException);
        Assert.Contains(traceId, logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_first_turn_still_names_a_session_to_continue_in()
    {
        var response = await PostAsync("/api/chat", """{"tenant":"acme-retail","user":"marco.marketer@acme","text":"fail now"}""");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("s-", json.RootElement.GetProperty("session_id").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_engine_failure_on_the_stream_ends_with_the_polite_reply_and_no_exception_text()
    {
        var response = await PostAsync("/api/chat/stream", """{"tenant":"acme-retail","user":"marco.marketer@acme","session":"s-8","text":"fail now"}""");

        var body = await response.Content.ReadAsStringAsync();
        var events = ServerSentEvents.Parse(body);
        Assert.Equal("typing", events[0].Type);
        var reply = JsonDocument.Parse(Assert.Single(events, e => e.Type == "reply").Data).RootElement;
        Assert.Equal(("error", "s-8"), (reply.GetProperty("kind").GetString(), reply.GetProperty("session_id").GetString()));
        Assert.Matches(TraceId(), reply.GetProperty("text").GetString()!);
        Assert.DoesNotContain("the engine broke", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("1899-12-31")]
    public async Task An_as_of_outside_the_supported_range_is_a_validation_problem_naming_the_field_and_range(string asOf)
    {
        var response = await PostAsync("/api/chat", $$"""{"tenant":"acme-retail","user":"marco.marketer@acme","text":"customers who bought toys","as_of":"{{asOf}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = json.RootElement.GetProperty("errors").GetProperty("as_of")[0].GetString();
        Assert.Contains("between 1900-01-01 and 2199-12-31", message, StringComparison.Ordinal);
        Assert.Contains(asOf, message, StringComparison.Ordinal);
        Assert.Empty(_engine.Requests);
    }

    [Fact]
    public async Task An_unhandled_exception_in_any_endpoint_is_a_problem_without_exception_details_even_in_development()
    {
        var app = AgentWebApplication.Build(["--urls", "http://127.0.0.1:0", "--environment", "Development"]);
        app.MapGet("/test/boom", string () => throw new InvalidOperationException("secret connection detail"));
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

            var response = await client.GetAsync(new Uri("/test/boom", UriKind.Relative));

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("secret connection detail", body, StringComparison.Ordinal);
            Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
            Assert.Equal(500, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    public async Task DisposeAsync() => await _web.DisposeAsync();

    private async Task<HttpResponseMessage> PostAsync(string path, string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        return await _web.Client.PostAsync(path, content);
    }

    [GeneratedRegex("trace id: (?<id>[0-9a-f]{32})\\.$")]
    private static partial Regex TraceId();
}
