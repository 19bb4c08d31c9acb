using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using SegmentAI.Host.CommandLine.Chat;
using SegmentAI.Host.Tests.Api;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Sessions;
using Xunit.Abstractions;

namespace SegmentAI.Host.Tests.Chat;

/// <summary>
/// A bounded fuzz run (fixed seed) over POST /api/chat and the <c>chat --json</c> path with the real engine: random
/// Unicode and control characters, very long tokens, deep JSON, wrong types, huge numbers and dates at the edges.
/// Whatever comes in: never a 500, never exception text in a reply, never a stored value longer than the limits.
/// </summary>
public sealed class ChatFuzzTests(RestApiFixture api, ITestOutputHelper output) : IClassFixture<RestApiFixture>
{
    private const int Seed = 20_261_206;
    private const int HttpInputs = 2_000;
    private const int CommandLineInputs = 600;
    private const int MaxStoredText = 2_000;
    private const string Tenant = "acme-retail";
    private const string User = "marco.marketer@acme";

    private static readonly string[] Words =
    [
        "customers", "gold", "silver", "members", "in", "Ohio", "Texas", "who", "bought", "toys", "diapers", "baby", "products", "last",
        "days", "weeks", "months", "years", "more", "than", "$", "at", "least", "twice", "a", "week", "not", "never", "or", "and",
        "only", "online", "orders", "since", "before", "between", "explain", "it", "save", "as", "rename", "to", "delete", "list",
        "segments", "how", "many", "Black", "Friday", "Q4", "fiscal", "next", "quarter", "spent", "high-value", "recent", "email",
    ];

    private static readonly string[] Edges =
    [
        "customers who bought toys in the last 3000 years", "last 999999999 days", "next 9000 years", "spent more than 1e308 dollars",
        "more than $99999999999999999999999", "bought 2147483648 times", "since 0001-01-01", "before 9999-12-31", "in the year 10000",
        "in the last -5 days", "between 2026-02-30 and 2026-13-01", "top 0 customers", "more than $-1", "at least 1.7976931348623157E+309 orders",
        "customers in Texas\u0000 who bought toys", "\u202Egold members\u202C", "ｇｏｌｄ　ｍｅｍｂｅｒｓ", "gold members 👶🧸", "c\u0301ustomers",
    ];

    private static readonly string[] AsOfs = ["0001-01-01", "9999-12-31", "2026-02-30", "1900-01-01", "2200-01-01", "not a date", "2026-11-22"];

    [Fact]
    public async Task No_input_over_http_or_the_command_line_gets_a_500_exception_text_or_an_oversized_stored_value()
    {
        var logs = new RecordingLoggerProvider();
        await using var host = await RestApiHost.StartAsync(
            api.Root, new Dictionary<string, string> { ["Channels:RateLimitsEnabled"] = "false" }, services => services.AddSingleton<ILoggerProvider>(logs));
        var random = new Random(Seed);
        var failures = new List<string>();
        var statuses = new Dictionary<HttpStatusCode, int>();

        for (var i = 0; i < HttpInputs; i++)
        {
            var body = Body(random, i);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var response = await host.Client.PostAsync(i % 5 == 0 ? "/api/chat/stream" : "/api/chat", content);
            var text = await response.Content.ReadAsStringAsync();
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            if ((int)response.StatusCode >= 500 || LooksLikeExceptionText(text))
            {
                failures.Add($"http #{i} → {(int)response.StatusCode}: {Shorten(text)} for {Shorten(Encoding.UTF8.GetString(body))}");
            }
        }

        var engine = host.App.Services.GetRequiredKeyedService<IConversationEngine>(AdmissionServiceCollectionExtensions.PipelineKey);
        var lines = string.Join('\n', Enumerable.Range(0, CommandLineInputs).Select(i => Message(random, i).ReplaceLineEndings(" ")));
        var replies = new StringWriter { NewLine = "\n" };
        var conversation = new CommandLineConversation(engine, Tenant, "cli-fuzzer@acme", "cli-fuzz", new DateOnly(2026, 11, 22), null);
        Assert.Equal(0, await JsonLinesChat.RunAsync(conversation, new StringReader(lines), replies));
        foreach (var line in replies.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var reply = JsonDocument.Parse(line).RootElement;
            if (LooksLikeExceptionText(reply.GetProperty("text").GetString() ?? ""))
            {
                failures.Add($"cli → {Shorten(line)}");
            }
        }

        var stored = await host.App.Services.GetRequiredService<IInteractionLog>().RecentAsync(Tenant, DateTimeOffset.MinValue, 100_000);
        failures.AddRange(stored.Where(t => t.Query.Length > MaxStoredText || t.SessionId.Length > ConversationIds.MaxLength || t.UserId.Length > ConversationIds.MaxLength)
            .Select(t => $"stored turn of {t.Query.Length:N0} characters in session '{Shorten(t.SessionId)}'"));
        foreach (var session in stored.Select(t => t.SessionId).Distinct())
        {
            if (await host.App.Services.GetRequiredService<ISessionStore>().LoadAsync(Tenant, session) is { } state)
            {
                failures.AddRange(state.Turns.Where(t => t.Text.Length > MaxStoredText && t.Speaker == "user").Select(t => $"session {session} keeps a message of {t.Text.Length:N0} characters"));
            }
        }

        output.WriteLine($"{HttpInputs} HTTP inputs (seed {Seed}): {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key} × {s.Value}"))}; "
            + $"{CommandLineInputs} command-line lines; {stored.Count} turns reached the engine and were logged; {failures.Count} failures");

        // A polite reply can hide a crash: every exception logged as an error is a failure of its own.
        failures.AddRange(logs.Entries.Where(e => e.Level >= LogLevel.Error && e.Exception is not null)
            .Select(e => $"logged {e.Exception!.GetType().Name}: {Shorten(e.Exception.Message)} at {Shorten(e.Exception.StackTrace ?? "")}"));
        Assert.True(failures.Count == 0, $"{failures.Count} of {HttpInputs + CommandLineInputs} inputs failed:\n{string.Join('\n', failures.Take(20))}");
        Assert.True(stored.Count > 100, $"only {stored.Count} fuzz turns reached the engine; statuses: {string.Join(", ", statuses.Select(s => $"{(int)s.Key}×{s.Value}"))}");
    }

    // Stack traces and .NET exception names never belong in a reply.
    private static bool LooksLikeExceptionText(string text) =>
        text.Contains("Exception", StringComparison.Ordinal) || text.Contains("   at ", StringComparison.Ordinal) || text.Contains("System.", StringComparison.Ordinal)
        || text.Contains("Npgsql", StringComparison.Ordinal) || text.Contains("SQLite Error", StringComparison.Ordinal) || text.Contains("DuckDB", StringComparison.Ordinal);

    private static byte[] Body(Random random, int index) => (index % 10) switch
    {
        0 => Encoding.UTF8.GetBytes(Deep(random)),
        1 => Encoding.UTF8.GetBytes(WrongTypes(random)),
        2 => Junk(random),
        3 => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { tenant = Tenant, user = User, session = Session(random), text = Message(random, index), as_of = AsOfs[random.Next(AsOfs.Length)] })),
        _ => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { tenant = Tenant, user = User, session = Session(random), text = Message(random, index) })),
    };

    private static string Message(Random random, int index) => (index % 7) switch
    {
        0 => RandomUnicode(random, random.Next(1, 200)),
        1 => Edges[random.Next(Edges.Length)],
        2 => new string((char)random.Next('a', 'z' + 1), random.Next(1_000, 6_000)),
        3 => string.Join(' ', Enumerable.Range(0, random.Next(1, 40)).Select(_ => Words[random.Next(Words.Length)])) + " " + random.NextInt64().ToString(CultureInfo.InvariantCulture),
        4 => string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => (char)random.Next(0, 32))) + Words[random.Next(Words.Length)],
        _ => string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => Words[random.Next(Words.Length)])),
    };

    private static string Session(Random random) => random.Next(4) switch
    {
        0 => $"fuzz-{random.Next(50)}",
        1 => null!,
        2 => $"fuzz-{random.Next(1_000)}",
        _ => $"fuzz-{random.Next(10)}",
    };

    private static string RandomUnicode(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(6) switch
            {
                0 => (char)random.Next(0xD800, 0xE000),
                1 => (char)random.Next(0, 0x20),
                2 => char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF)),
                3 => (char)random.Next(0x0590, 0x08FF),
                4 => (char)random.Next(0xFFF0, 0x10000),
                _ => (char)random.Next(0x20, 0x7F),
            });
        }

        return text.ToString();
    }

    private static string Deep(Random random)
    {
        var depth = random.Next(60, 2_000);
        var nested = new string('[', depth) + "1" + new string(']', depth);
        return random.Next(2) == 0
            ? $$"""{"tenant": "{{Tenant}}", "user": "{{User}}", "text": {{nested}}}"""
            : $$"""{"tenant": "{{Tenant}}", "user": "{{User}}", "text": "gold", "extra": {{nested}}}""";
    }

    private static string WrongTypes(Random random)
    {
        object[] values = [5, true, new { a = 1 }, new[] { "x" }, 1e308, -0.0, long.MaxValue, "", "   ", new string('u', 3_000)];
        string Pick() => JsonSerializer.Serialize(values[random.Next(values.Length)]);
        return random.Next(5) switch
        {
            0 => $$"""{"tenant": {{Pick()}}, "user": "{{User}}", "text": "gold members"}""",
            1 => $$"""{"tenant": "{{Tenant}}", "user": {{Pick()}}, "text": "gold members"}""",
            2 => $$"""{"tenant": "{{Tenant}}", "user": "{{User}}", "text": {{Pick()}}}""",
            3 => $$"""{"tenant": "{{Tenant}}", "user": "{{User}}", "text": "gold members", "session": {{Pick()}}}""",
            _ => $$"""{"tenant": "{{Tenant}}", "user": "{{User}}", "text": "gold members", "as_of": {{Pick()}}, "message_id": {{Pick()}}}""",
        };
    }

    private static byte[] Junk(Random random) => random.Next(6) switch
    {
        0 => [],
        1 => Encoding.UTF8.GetBytes("null"),
        2 => Encoding.UTF8.GetBytes("""{"tenant": "acme-retail", "user": "marco.marketer@acme", "text": "gold"""),
        3 => [.. Enumerable.Range(0, random.Next(1, 500)).Select(_ => (byte)random.Next(256))],
        4 => Encoding.UTF8.GetBytes($$"""{"tenant": "{{Tenant}}", "user": "{{User}}", "text": "\ud800 gold \udfff"}"""),
        _ => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { tenant = Tenant, user = User, text = "gold", session = new string('s', random.Next(129, 5_000)) })),
    };

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
