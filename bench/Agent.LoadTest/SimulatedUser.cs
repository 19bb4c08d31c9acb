using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace SegmentAI.LoadTest;

/// <summary>
/// One marketer talking to the host over HTTP: scripted conversations back to back, each message waiting for its
/// reply, until the deadline. Every reply is checked against the session it was sent for.
/// </summary>
internal sealed class SimulatedUser(int number, string run, bool distinctSegments, HttpClient client, Stopwatch clock)
{
    private readonly List<TurnResult> _results = [];

    public IReadOnlyList<TurnResult> Results => _results;

    /// <summary>Messages sent per session, for checking the host's query log afterwards.</summary>
    public Dictionary<string, int> Sessions { get; } = new(StringComparer.Ordinal);

    public async Task RunAsync(TimeSpan until, CancellationToken cancellationToken = default)
    {
        var user = Conversations.Users[number % Conversations.Users.Count];
        for (var conversation = 0; clock.Elapsed < until && !cancellationToken.IsCancellationRequested; conversation++)
        {
            var session = $"{run}-u{number}-c{conversation}";
            var script = Conversations.Scripts[(number + conversation) % Conversations.Scripts.Count];
            var days = distinctSegments ? 7 + ((number * 1009) + conversation) % 3600 : 30;
            for (var turn = 0; turn < script.Count; turn++)
            {
                var scripted = script[turn] with { Text = script[turn].Text.Replace("{days}", days.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) };
                _results.Add(await SendAsync(user, session, turn + 1, scripted, cancellationToken));
                Sessions[session] = turn + 1;
            }
        }
    }

    private async Task<TurnResult> SendAsync(string user, string session, int turn, ScriptedTurn scripted, CancellationToken cancellationToken)
    {
        var sentAt = clock.Elapsed;
        var started = Stopwatch.GetTimestamp();
        var verdict = TurnVerdict.Lost;
        try
        {
            using var response = await client.PostAsJsonAsync(
                "api/chat", new { tenant = Conversations.Tenant, user, session, text = scripted.Text }, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                using var reply = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
                var kind = reply.RootElement.GetProperty("kind").GetString();
                var replySession = reply.RootElement.GetProperty("session_id").GetString();
                verdict = replySession != session ? TurnVerdict.WrongSession
                    : scripted.ExpectedKinds.Contains(kind) ? TurnVerdict.Expected
                    : TurnVerdict.UnexpectedKind;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Counted as lost below.
        }

        return new TurnResult(sentAt, Stopwatch.GetElapsedTime(started).TotalMilliseconds, verdict, session, turn);
    }
}
