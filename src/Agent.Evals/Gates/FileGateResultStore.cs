using System.Text.Json;
using System.Text.RegularExpressions;
using SegmentAI.Evals.Runs;

namespace SegmentAI.Evals.Gates;

/// <summary>
/// Keeps each gate result as <c>&lt;directory&gt;/&lt;gate id&gt;.json</c> (the <c>gates</c> folder beside the eval
/// runs), written to a temporary file and renamed into place so a reader — the host checking an approval with
/// <see cref="Skills.Promotion.FileGateResultSource"/> — never sees half a result.
/// </summary>
public sealed partial class FileGateResultStore(string directory)
{
    /// <summary>The folder gate results are kept in.</summary>
    public string Directory { get; } = string.IsNullOrWhiteSpace(directory) ? throw new ArgumentException("A gate results directory is required.", nameof(directory)) : Path.GetFullPath(directory);

    /// <summary>Stores <paramref name="result"/>; returns where it went.</summary>
    public async Task<string> SaveAsync(GateResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var path = PathOf(result.GateId);
        System.IO.Directory.CreateDirectory(Directory);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(result, EvalRunJson.Options), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return path;
    }

    /// <summary>The gate result with id <paramref name="gateId"/>, or null when there is none (or the id is not one).</summary>
    public async Task<GateResult?> FindAsync(string gateId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(gateId) || !IdPattern().IsMatch(gateId))
        {
            return null;
        }

        var path = PathOf(gateId);
        return File.Exists(path) ? await ReadAsync(path, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>The newest result for <paramref name="skillId"/>@<paramref name="candidateVersion"/> that sent items to review, or null.</summary>
    public async Task<GateResult?> LatestWithReviewsAsync(string skillId, string candidateVersion, CancellationToken cancellationToken = default)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return null;
        }

        GateResult? latest = null;
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*.json"))
        {
            if (await ReadAsync(path, cancellationToken).ConfigureAwait(false) is { } result
                && result.SkillId == skillId && result.CandidateVersion == candidateVersion && result.ReviewItems.Count > 0
                && (latest is null || result.StartedAt > latest.StartedAt))
            {
                latest = result;
            }
        }

        return latest;
    }

    private static async Task<GateResult?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return JsonSerializer.Deserialize<GateResult>(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), EvalRunJson.Options);
        }
        catch (JsonException)
        {
            // A damaged or foreign file is no gate result; it neither approves nor blocks anything.
            return null;
        }
    }

    private string PathOf(string gateId) =>
        IdPattern().IsMatch(gateId)
            ? Path.Combine(Directory, gateId + ".json")
            : throw new ArgumentException($"'{gateId}' is not a gate id (letters, digits, dots, dashes and underscores only).", nameof(gateId));

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
