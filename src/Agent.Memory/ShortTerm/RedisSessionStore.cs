using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Privacy;
using SegmentAI.Skills.Sessions;
using StackExchange.Redis;

namespace SegmentAI.Memory.ShortTerm;

/// <summary>
/// Short-term memory in Redis. Each session is one hash under its tenant's keys (see <see cref="RedisSessionKeys"/>)
/// that lives <see cref="RedisShortTermOptions.TimeToLive"/> after its last save. Saving, deleting and erasing are
/// each one Lua script, so a version check and the writes it guards happen together or not at all. Any failure to
/// talk to Redis becomes a <see cref="MemoryUnavailableException"/> that says what to do.
/// </summary>
public sealed partial class RedisSessionStore : ISessionStore, IPersonalDataEraser
{
    private static readonly RedisValue[] LoadFields = ["version", "user", "state"];

    private readonly RedisConnection _connection;
    private readonly RedisSessionKeys _keys;
    private readonly long _timeToLiveMs;
    private readonly TimeSpan _operationTimeout;
    private readonly ILogger _logger;

    /// <summary>Creates the store over <paramref name="connection"/>; throws <see cref="ArgumentException"/> for bad options.</summary>
    public RedisSessionStore(RedisConnection connection, RedisShortTermOptions options, ILogger<RedisSessionStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _connection = connection;
        _keys = new RedisSessionKeys(options.KeyPrefix);
        _timeToLiveMs = (long)Math.Ceiling(options.TimeToLive.TotalMilliseconds);
        _operationTimeout = options.OperationTimeout;
        _logger = logger ?? NullLogger<RedisSessionStore>.Instance;
    }

    /// <inheritdoc />
    /// <remarks>
    /// A stored session that cannot be read back (hand-edited, or written by an incompatible version) is logged and
    /// returned as a fresh session of the same user that carries the stored version, so the conversation goes on
    /// and its next save replaces the unreadable one.
    /// </remarks>
    public async Task<SessionState?> LoadAsync(string tenantId, string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        var key = _keys.Session(tenantId, sessionId);
        var fields = await RunAsync(db => db.HashGetAsync(key, LoadFields), "load the session", cancellationToken).ConfigureAwait(false);
        if (fields.All(f => f.IsNull))
        {
            return null;
        }

        var version = long.TryParse((string?)fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var stored) ? stored : 0;
        var user = (string?)fields[1] ?? "";
        try
        {
            var state = SessionStateJson.Deserialize((string?)fields[2] ?? throw new JsonException("the session has no state"));
            if (state.TenantId != tenantId || state.SessionId != sessionId)
            {
                throw new JsonException($"the stored state belongs to session '{state.SessionId}' of tenant '{state.TenantId}'");
            }

            return state with { Version = version };
        }
        catch (JsonException ex)
        {
            LogUnreadableSession(_logger, tenantId, sessionId, version, ex);
            return SessionState.Start(tenantId, user, sessionId) with { Version = version };
        }
    }

    /// <inheritdoc />
    public async Task<SessionState> SaveAsync(SessionState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentException.ThrowIfNullOrWhiteSpace(state.TenantId, nameof(state));
        ArgumentException.ThrowIfNullOrWhiteSpace(state.SessionId, nameof(state));
        ArgumentNullException.ThrowIfNull(state.UserId, nameof(state));
        if (state.Version < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(state), state.Version, "A session version is 0 (never saved) or the version it was loaded with.");
        }

        // The deadline goes to the server so a save that arrives after the caller gave up (a paused or overloaded
        // server) is refused there instead of landing behind the caller's back.
        var deadline = DateTimeOffset.UtcNow.Add(_operationTimeout).ToUnixTimeMilliseconds();
        var saved = state with { Version = state.Version + 1 };
        RedisKey[] keys = [_keys.Session(state.TenantId, state.SessionId), _keys.UserSessions(state.TenantId, state.UserId)];
        RedisValue[] values =
        [
            state.Version, SessionStateJson.Serialize(saved), state.UserId, _timeToLiveMs, RedisSessionKeys.Encode(state.SessionId), deadline,
        ];
        var result = (RedisResult[])(await RunAsync(db => db.ScriptEvaluateAsync(RedisSessionScripts.Save, keys, values), "save the session", cancellationToken)
            .ConfigureAwait(false))!;
        switch ((long)result[0])
        {
            case RedisSessionScripts.Saved:
                return saved;
            case RedisSessionScripts.Conflict:
                throw new SessionConflictException(state.SessionId, state.Version, (long)result[1]);
            default:
                throw new MemoryUnavailableException(
                    MemoryUnavailableException.ShortTerm,
                    $"Short-term memory is unavailable: Redis at {_connection.Server} ran the save of session '{state.SessionId}' after its " +
                    $"{_operationTimeout.TotalMilliseconds:0} ms budget, so it was refused and nothing was saved. The server is overloaded or paused " +
                    "(or its clock is far from this host's); the conversation resumes once it answers in time.");
        }
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string tenantId, string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        RedisKey[] keys = [_keys.Session(tenantId, sessionId)];
        RedisValue[] values = [RedisSessionKeys.Encode(sessionId)];
        var deleted = await RunAsync(db => db.ScriptEvaluateAsync(RedisSessionScripts.Delete, keys, values), "delete the session", cancellationToken)
            .ConfigureAwait(false);
        return (long)deleted == 1;
    }

    /// <inheritdoc />
    public async Task<ErasureReport> EraseUserAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        RedisKey[] keys = [_keys.UserSessions(tenantId, userId)];
        RedisValue[] values = [_keys.SessionPrefix(tenantId), userId];
        var removed = await RunAsync(db => db.ScriptEvaluateAsync(RedisSessionScripts.EraseUser, keys, values), "erase the user's sessions", cancellationToken)
            .ConfigureAwait(false);
        return new ErasureReport(new Dictionary<string, int> { [Erasure.Sessions] = (int)removed });
    }

    private Task<T> RunAsync<T>(Func<IDatabase, Task<T>> command, string action, CancellationToken cancellationToken) =>
        _connection.RunAsync(command, action, "sessions resume once it is back", cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {TenantId}/{SessionId} (version {Version}) in Redis is unreadable; it starts over and its next save replaces it")]
    private static partial void LogUnreadableSession(ILogger logger, string tenantId, string sessionId, long version, Exception exception);
}
