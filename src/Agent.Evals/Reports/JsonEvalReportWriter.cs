using SegmentAI.Evals.Runs;

namespace SegmentAI.Evals.Reports;

/// <summary>The run's own JSON (<see cref="EvalRunJson"/>, <c>schema_version</c> 1), for tools that read runs.</summary>
internal sealed class JsonEvalReportWriter : IEvalReportWriter
{
    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public string FileExtension => ".json";

    /// <inheritdoc />
    public async Task WriteAsync(EvalReport report, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(EvalRunJson.Serialize(report.Run).AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
    }
}
