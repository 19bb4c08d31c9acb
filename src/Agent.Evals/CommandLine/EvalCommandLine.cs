using System.CommandLine;
using Spectre.Console;

namespace SegmentAI.Evals.CommandLine;

/// <summary>The command tree of the eval harness: <c>run</c>, <c>check</c>, <c>gate</c>, <c>promote</c>, <c>rollback</c>, <c>report</c>, <c>optimize</c>, <c>generalization</c>.</summary>
internal static class EvalCommandLine
{
    public static RootCommand Build(IAnsiConsole? console = null)
    {
        var root = new RootCommand("SegmentAI eval harness: run eval suites, gate candidate versions, promote and roll back, write reports.");
        var output = console ?? AnsiConsole.Console;
        root.Subcommands.Add(RunCommand.Build(output));
        root.Subcommands.Add(CheckCommand.Build(output));
        root.Subcommands.Add(GateCommand.Build(output));
        root.Subcommands.Add(PromoteCommand.BuildPromote(output));
        root.Subcommands.Add(PromoteCommand.BuildRollback(output));
        root.Subcommands.Add(ReportCommand.Build(output));
        root.Subcommands.Add(OptimizeCommand.Build(output));
        root.Subcommands.Add(GeneralizationCommand.Build(output));
        return root;
    }
}
