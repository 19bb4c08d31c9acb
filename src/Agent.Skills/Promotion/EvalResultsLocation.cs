using Microsoft.Extensions.Configuration;
using SegmentAI.Skills.Hosting;

namespace SegmentAI.Skills.Promotion;

/// <summary>
/// Where eval runs and gate results are kept, so the harness that writes them and the host that checks approvals
/// agree: <c>Evals:ResultsDirectory</c>, else <c>&lt;Memory:StateDirectory&gt;/eval-runs</c>, else
/// <c>data/eval-runs</c>; relative paths are resolved against the repository root.
/// </summary>
public static class EvalResultsLocation
{
    /// <summary>The folder of gate results inside the results folder.</summary>
    public const string GatesFolderName = "gates";

    /// <summary>The folder eval runs are written to.</summary>
    public static string Runs(IConfiguration configuration, RepositoryLayout layout)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(layout);
        var configured = configuration["Evals:ResultsDirectory"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return layout.Resolve(configured);
        }

        var stateDirectory = configuration["Memory:StateDirectory"];
        return Path.Combine(string.IsNullOrWhiteSpace(stateDirectory) ? layout.Data : layout.Resolve(stateDirectory), "eval-runs");
    }

    /// <summary>The folder gate results are written to.</summary>
    public static string Gates(IConfiguration configuration, RepositoryLayout layout) => Path.Combine(Runs(configuration, layout), GatesFolderName);
}
