using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Host.CommandLine;

/// <summary>
/// Runs a command body and turns every expected failure into one clear error line on stderr and exit code 1,
/// so scripts (and the evals) can rely on "non-zero exit, one line saying what is wrong".
/// </summary>
internal static class CommandRunner
{
    public const int Failed = 1;

    public static async Task<int> RunAsync(Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (Describe(ex) is { } message)
        {
            await Console.Error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
            return Failed;
        }
    }

    private static string? Describe(Exception ex) =>
        ex switch
        {
            CommandFailedException failed => failed.Message,
            SegmentValidationException invalid => "invalid segment definition: " + string.Join("; ", invalid.Issues),
            UnknownTenantException unknown => unknown.Message,
            ConfigurationException config => config.Message,
            WarehouseUnavailableException warehouse => warehouse.Message,
            RepositoryFolderNotFoundException folder => folder.Message,
            OperationCanceledException => "cancelled",
            _ => null,
        };
}
