using System.Diagnostics;
using SegmentAI.Skills.Hosting;

namespace SegmentAI.Host.Tests.CommandLine;

/// <summary>Runs the built host as a separate process from the repository root, as a user would.</summary>
internal static class HostProcess
{
    public static Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(params string[] args) => RunWithInputAsync("", args);

    /// <summary>Runs the host with <paramref name="input"/> on stdin, then end of input.</summary>
    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunWithInputAsync(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryLayout.Discover().Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Agent.Host.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The host may exit (on bad arguments) before reading its input; its output says why.
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
