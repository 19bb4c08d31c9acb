using System.Text.Json;
using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Promotion;

/// <summary>
/// Reads the gate results the eval harness writes as <c>&lt;directory&gt;/&lt;gate id&gt;.json</c>: only their
/// <c>approval</c> object, a <see cref="GateApproval"/> in snake_case. It lives here rather than in the harness
/// because the host must not depend on the harness (an executable with its own command line) to check an approval.
/// Runs are the harness's <c>&lt;runs directory&gt;/&lt;run id&gt;.json</c>, by default the folder above the gates.
/// </summary>
public sealed partial class FileGateResultSource(string directory, string? runsDirectory = null) : IGateResultSource
{
    /// <summary>The name of the member of a stored gate result that holds its approval.</summary>
    public const string ApprovalProperty = "approval";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The folder the gate results are kept in.</summary>
    public string Directory { get; } = string.IsNullOrWhiteSpace(directory) ? throw new ArgumentException("A gate results directory is required.", nameof(directory)) : Path.GetFullPath(directory);

    /// <summary>The folder the eval runs are kept in.</summary>
    public string RunsDirectory { get; } = Path.GetFullPath(string.IsNullOrWhiteSpace(runsDirectory) ? Path.Combine(directory, "..") : runsDirectory);

    /// <inheritdoc />
    public async Task<bool> RunExistsAsync(string evalRunId, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(RunsDirectory, evalRunId + ".json");
        if (string.IsNullOrWhiteSpace(evalRunId) || !IdPattern().IsMatch(evalRunId) || !File.Exists(path))
        {
            return false;
        }

        try
        {
            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                return document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("run_id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == evalRunId;
            }
        }
        catch (JsonException)
        {
            // A damaged file is no run to rest a decision on.
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<GateApproval?> FindApprovalAsync(string gateOrRunId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(gateOrRunId) || !IdPattern().IsMatch(gateOrRunId) || !System.IO.Directory.Exists(Directory))
        {
            return null;
        }

        var byGate = Path.Combine(Directory, gateOrRunId + ".json");
        if (File.Exists(byGate))
        {
            return await ReadAsync(byGate, cancellationToken).ConfigureAwait(false);
        }

        // Callers of the REST API know the candidate's eval run id; a handful of gate files is cheap to scan.
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*.json"))
        {
            if (await ReadAsync(path, cancellationToken).ConfigureAwait(false) is { } approval && approval.EvalRunId == gateOrRunId)
            {
                return approval;
            }
        }

        return null;
    }

    private static async Task<GateApproval?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(ApprovalProperty, out var approval)
                    ? approval.Deserialize<GateApproval>(Json)
                    : null;
            }
        }
        catch (JsonException)
        {
            // A damaged file approves nothing.
            return null;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
