using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SegmentAI.Skills.Memory;
using StackExchange.Redis;

namespace SegmentAI.Memory.ShortTerm;

/// <summary>
/// The one connection to the short-term memory server. It connects on first use and never refuses to be created,
/// so the host starts while Redis is down; once connected it reconnects by itself whenever the server returns.
/// Commands issued while disconnected fail at once rather than queue, so a save the caller was told failed is never
/// replayed later.
/// </summary>
public sealed partial class RedisConnection : IAsyncDisposable, IDisposable
{
    private readonly ConfigurationOptions _configuration;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly TimeSpan _operationTimeout;
    private Task<ConnectionMultiplexer>? _connecting;
    private ConnectionMultiplexer? _multiplexer;
    private bool _disposed;

    /// <summary>Prepares the connection (nothing is sent until the first command); throws <see cref="ArgumentException"/> for bad options.</summary>
    public RedisConnection(RedisShortTermOptions options, ILogger<RedisConnection>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _logger = logger ?? NullLogger<RedisConnection>.Instance;
        try
        {
            _configuration = ConfigurationOptions.Parse(options.ConnectionString);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"The Redis connection string '{options.ConnectionString}' is not valid: {ex.Message}", nameof(RedisShortTermOptions.ConnectionString), ex);
        }

        if (_configuration.EndPoints.Count == 0)
        {
            throw new ArgumentException($"The Redis connection string '{options.ConnectionString}' names no server; use host:port, e.g. 127.0.0.1:6379.", nameof(RedisShortTermOptions.ConnectionString));
        }

        _operationTimeout = options.OperationTimeout;
        var timeout = (int)Math.Ceiling(options.OperationTimeout.TotalMilliseconds);
        _configuration.AbortOnConnectFail = false;
        _configuration.BacklogPolicy = BacklogPolicy.FailFast;
        _configuration.ConnectTimeout = timeout;
        _configuration.AsyncTimeout = timeout;
        _configuration.SyncTimeout = timeout;
        _configuration.ReconnectRetryPolicy = new ExponentialRetry(250, 5_000);
        _configuration.SetDefaultPorts();
        Server = string.Join(", ", _configuration.EndPoints.Select(Describe));
    }

    /// <summary>The server(s) of the connection string, for messages.</summary>
    public string Server { get; }

    /// <summary>The database, connecting first if this is the first use; a server that is down makes later commands fail, not this.</summary>
    public async Task<IDatabase> DatabaseAsync(CancellationToken cancellationToken = default)
    {
        Task<ConnectionMultiplexer> connecting;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_multiplexer is not null)
            {
                return _multiplexer.GetDatabase();
            }

            if (_connecting is null || _connecting.IsFaulted || _connecting.IsCanceled)
            {
                _connecting = ConnectAsync();
            }

            connecting = _connecting;
        }

        var multiplexer = await connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
        return multiplexer.GetDatabase();
    }

    /// <summary>
    /// Runs one command; any failure to talk to Redis becomes a <see cref="MemoryUnavailableException"/> that names
    /// the <paramref name="action"/>, what went wrong and what to do, ending with <paramref name="consequence"/>.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> command, string action, string consequence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            var database = await DatabaseAsync(cancellationToken).ConfigureAwait(false);
            return await command(database).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            var problem = ex switch
            {
                RedisConnectionException => $"is not reachable ({FirstLine(ex.Message)})",
                TimeoutException => $"did not answer within {_operationTimeout.TotalMilliseconds:0} ms",
                ObjectDisposedException => "is no longer connected because the host is shutting down",
                _ => $"refused the command ({FirstLine(ex.Message)})",
            };
            throw new MemoryUnavailableException(
                MemoryUnavailableException.ShortTerm,
                $"Short-term memory is unavailable: could not {action} because Redis at {Server} {problem}. " +
                $"Check that redis-server is running and reachable at {Server} (or fix the Redis connection string); {consequence}.",
                ex);
        }
    }

    /// <inheritdoc />
    public void Dispose() => Detach()?.Dispose();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Detach() is { } multiplexer)
        {
            await multiplexer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    private ConnectionMultiplexer? Detach()
    {
        lock (_gate)
        {
            _disposed = true;
            var multiplexer = _multiplexer;
            _multiplexer = null;
            return multiplexer;
        }
    }

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(_configuration.Clone()).ConfigureAwait(false);
        multiplexer.ConnectionFailed += (_, e) => LogConnectionFailed(_logger, Server, e.FailureType, e.Exception);
        multiplexer.ConnectionRestored += (_, _) => LogConnectionRestored(_logger, Server);
        if (!multiplexer.IsConnected)
        {
            LogStartedDisconnected(_logger, Server);
        }

        lock (_gate)
        {
            if (!_disposed)
            {
                _multiplexer = multiplexer;
                return multiplexer;
            }
        }

        // Disposed while connecting: nobody else holds this connection, so it is closed here.
        await multiplexer.DisposeAsync().ConfigureAwait(false);
        throw new ObjectDisposedException(nameof(RedisConnection));
    }

    private static string Describe(EndPoint endPoint) =>
        endPoint switch
        {
            DnsEndPoint dns => $"{dns.Host}:{dns.Port}",
            _ => endPoint.ToString() ?? "?",
        };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Short-term memory lost Redis at {Server} ({FailureType}); sessions are unavailable until it returns")]
    private static partial void LogConnectionFailed(ILogger logger, string server, ConnectionFailureType failureType, Exception? exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Short-term memory reconnected to Redis at {Server}")]
    private static partial void LogConnectionRestored(ILogger logger, string server);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis at {Server} is not reachable yet; short-term memory keeps trying to connect")]
    private static partial void LogStartedDisconnected(ILogger logger, string server);
}
