using System.CommandLine;
using Spectre.Console;

namespace SegmentAI.Evals.CommandLine;

/// <summary>The command tree of the eval harness: <c>run</c>.</summary>
internal static class EvalCommandLine
{
    public static RootCommand Build(IAnsiConsole? console = null)
    {
        var root = new RootCommand("SegmentAI eval harness: run a skill's eval suite through the real engine.");
        root.Subcommands.Add(RunCommand.Build(console ?? AnsiConsole.Console));
        root.Subcommands.Add(ReportCommand.Build(console ?? AnsiConsole.Console));
        return root;
    }
}
