using System.Net;
using System.Net.Sockets;

namespace SegmentAI.Memory.Tests.Servers;

/// <summary>
/// A loopback TCP relay in front of a real server: clients connect to <see cref="Port"/> and are forwarded to the
/// target. <see cref="Cut"/> closes every relayed connection and stops listening — to the client the server is gone.
/// </summary>
public sealed class TcpRelay : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _connections = [];
    private readonly CancellationTokenSource _stop = new();

    public TcpRelay(string host, int port)
    {
        _target = new IPEndPoint(IPAddress.Parse(host), port);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync();
    }

    public int Port { get; }

    public void Cut()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_connections)
        {
            _connections.ForEach(c => c.Dispose());
            _connections.Clear();
        }
    }

    public void Dispose()
    {
        Cut();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var server = new TcpClient();
            try
            {
                await server.ConnectAsync(_target, _stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException)
            {
                client.Dispose();
                server.Dispose();
                continue;
            }

            lock (_connections)
            {
                _connections.Add(client);
                _connections.Add(server);
            }

            _ = PumpAsync(client, server);
            _ = PumpAsync(server, client);
        }
    }

    private async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), _stop.Token);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Either side closing, or Cut, ends the relay of this connection.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
