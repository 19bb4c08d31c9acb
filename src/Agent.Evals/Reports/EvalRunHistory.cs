using System.Text.Json;
using SegmentAI.Evals.Runs;

namespace SegmentAI.Evals.Reports;

/// <summary>
/// The runs kept in a results folder (<see cref="FileEvalRunStore"/>'s layout), for the latest run of a skill and a
/// suite's trend. Files that are not runs (other tools' results, a newer schema) are passed over, not fatal: one odd
/// file must not hide every report.
/// </summary>
public sealed class EvalRunHistory(string directory)
{
    /// <summary>How many runs a trend shows at most.</summary>
    public const int TrendLength = 20;

    /// <summary>The folder read.</summary>
    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>Every readable run, oldest first.</summary>
    public async Task<IReadOnlyList<EvalRun>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        var runs = new List<EvalRun>();
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.json"))
        {
            try
            {
                runs.Add(EvalRunJson.Deserialize(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false)));
            }
            catch (JsonException)
            {
                // Not a run of this schema: see the class remarks.
            }
        }

        return [.. runs.OrderBy(r => r.StartedAt).ThenBy(r => r.RunId, StringComparer.Ordinal)];
    }

    /// <summary>The most recent run of <paramref name="skillId"/>, or null when it has none.</summary>
    public async Task<EvalRun?> LatestAsync(string skillId, CancellationToken cancellationToken = default) =>
        (await ReadAllAsync(cancellationToken).ConfigureAwait(false)).LastOrDefault(r => r.SkillId == skillId);

    /// <summary>
    /// The runs of <paramref name="run"/>'s suite over the same tenants (so the numbers compare) up to and including
    /// it, oldest first, at most <see cref="TrendLength"/>.
    /// </summary>
    public async Task<IReadOnlyList<EvalRun>> TrendAsync(EvalRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var earlier = (await ReadAllAsync(cancellationToken).ConfigureAwait(false))
            .Where(r => r.SuiteId == run.SuiteId && r.TenantFilter == run.TenantFilter && r.RunId != run.RunId && r.StartedAt <= run.StartedAt)
            .ToList();
        return [.. earlier.Skip(Math.Max(0, earlier.Count - (TrendLength - 1))), run];
    }
}
