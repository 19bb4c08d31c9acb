using System.Diagnostics;
using SegmentAI.Skills.Hosting;

namespace SegmentAI.Host.Tests.CommandLine;

/// <summary>Runs the built host as a separate process from the repository root, as a user would.</summary>
internal static class HostProcess
{
    public static Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(params string[] args) => RunWithInputAsync("", args);

    /// <summary>Runs the host with <paramref name="input"/> on stdin, then end of input.</summary>
    public static Task<(int ExitCode, string StdOut, string StdErr)> RunWithInputAsync(string input, params string[] args) =>
        RunInAsync(RepositoryLayout.Discover().Root, new Dictionary<string, string>(), input, args);

    /// <summary>Runs the host from <paramref name="workingDirectory"/> with extra <paramref name="environment"/> variables.</summary>
    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunInAsync(
        string workingDirectory, IReadOnlyDictionary<string, string> environment, string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

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
