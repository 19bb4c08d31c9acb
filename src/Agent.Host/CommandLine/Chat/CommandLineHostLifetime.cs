namespace SegmentAI.Host.CommandLine.Chat;

/// <summary>
/// Host lifetime of the <c>chat</c> command: the command line's own cancellation handles Ctrl+C. The default
/// console lifetime would swallow SIGTERM while the chat loop waits on stdin, leaving the process running.
/// </summary>
internal sealed class CommandLineHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
