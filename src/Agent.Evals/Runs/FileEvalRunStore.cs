using System.Text.RegularExpressions;

namespace SegmentAI.Evals.Runs;

/// <summary>
/// Keeps each run as <c>&lt;directory&gt;/&lt;run id&gt;.json</c>, written to a temporary file first and renamed into
/// place, so a reader never sees half a run.
/// </summary>
internal sealed partial class FileEvalRunStore(string directory) : IEvalRunStore
{
    /// <summary>The folder runs are kept in.</summary>
    public string Directory { get; } = string.IsNullOrWhiteSpace(directory) ? throw new ArgumentException("A results directory is required.", nameof(directory)) : Path.GetFullPath(directory);

    /// <inheritdoc />
    public async Task<string> SaveAsync(EvalRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var path = PathOf(run.RunId);
        System.IO.Directory.CreateDirectory(Directory);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllTextAsync(temporary, EvalRunJson.Serialize(run), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return path;
    }

    /// <inheritdoc />
    public async Task<EvalRun?> FindAsync(string runId, CancellationToken cancellationToken = default)
    {
        var path = PathOf(runId);
        return File.Exists(path) ? EvalRunJson.Deserialize(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)) : null;
    }

    private string PathOf(string runId) =>
        RunIdPattern().IsMatch(runId)
            ? Path.Combine(Directory, runId + ".json")
            : throw new ArgumentException($"'{runId}' is not a run id (letters, digits, dots, dashes and underscores only).", nameof(runId));

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RunIdPattern();
}
