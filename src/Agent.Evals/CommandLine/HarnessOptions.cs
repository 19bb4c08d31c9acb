using System.CommandLine;
using Microsoft.Extensions.Configuration;
using SegmentAI.Evals.Hosting;

namespace SegmentAI.Evals.CommandLine;

/// <summary>The options every gate and promotion command shares: where the repository, the memory and the results are.</summary>
internal sealed class HarnessOptions
{
    public Option<string?> Root { get; } = new("--root") { Description = "Repository root holding skills/ and tenants/; found from the working directory when omitted." };

    public Option<string?> StateDirectory { get; } = new("--state-dir") { Description = "State directory of long-term memory (Memory:StateDirectory), as the host's --state-dir." };

    public Option<string?> Output { get; } = new("--out") { Description = "Folder of eval runs and gate results (Evals:ResultsDirectory; default <state dir>/eval-runs)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Root);
        command.Options.Add(StateDirectory);
        command.Options.Add(Output);
    }

    public IConfiguration Configuration(ParseResult result) =>
        EvalHosts.Configuration(result.GetValue(Root), result.GetValue(StateDirectory), result.GetValue(Output));
}
