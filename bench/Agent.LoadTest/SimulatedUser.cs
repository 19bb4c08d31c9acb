using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace SegmentAI.LoadTest;

/// <summary>
/// One marketer talking to the hosts over HTTP: scripted conversations back to back, each message waiting for its
/// reply, until the deadline. Messages go to the hosts in turn, so one conversation's turns are spread over all of
/// them; every message carries an idempotency key, and one that gets no reply (a host died) is sent again with the
/// same key to the next host. Every reply is checked against the session it was sent for.
/// </summary>
internal sealed class SimulatedUser(int number, string run, bool distinctSegments, IReadOnlyList<HttpClient> hosts, Stopwatch clock)
{
    private const int MaxAttempts = 4;

    private readonly List<TurnResult> _results = [];
    // Where this user's next message goes; users start on different hosts so each host gets first turns too.
    private int _next;

    public IReadOnlyList<TurnResult> Results => _results;

    /// <summary>Messages sent per session, for checking the host's query log afterwards.</summary>
    public Dictionary<string, int> Sessions { get; } = new(StringComparer.Ordinal);

    public async Task RunAsync(TimeSpan until, CancellationToken cancellationToken = default)
    {
        var user = Conversations.Users[number % Conversations.Users.Count];
        _next = number;
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
        var key = $"{session}-t{turn}";
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var host = _next++ % hosts.Count;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "api/chat")
                {
                    Content = JsonContent.Create(new { tenant = Conversations.Tenant, user, session, text = scripted.Text }),
                };
                request.Headers.Add("Idempotency-Key", key);
                using var response = await hosts[host].SendAsync(request, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    continue;
                }

                using var reply = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
                var kind = reply.RootElement.GetProperty("kind").GetString();
                var replySession = reply.RootElement.GetProperty("session_id").GetString();
                var verdict = replySession != session ? TurnVerdict.WrongSession
                    : scripted.ExpectedKinds.Contains(kind) ? TurnVerdict.Expected
                    : TurnVerdict.UnexpectedKind;
                return new TurnResult(sentAt, Stopwatch.GetElapsedTime(started).TotalMilliseconds, verdict, session, turn, host, attempt);
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // No reply from this host: the same message, with the same key, goes to the next one.
            }
        }

        return new TurnResult(sentAt, Stopwatch.GetElapsedTime(started).TotalMilliseconds, TurnVerdict.Lost, session, turn, -1, MaxAttempts);
    }
}
