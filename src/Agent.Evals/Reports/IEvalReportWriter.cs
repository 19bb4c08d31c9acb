namespace SegmentAI.Evals.Reports;

/// <summary>Writes a run in one report format.</summary>
public interface IEvalReportWriter
{
    /// <summary>The format's name on the command line (<c>json</c>, <c>html</c>, <c>junit</c>).</summary>
    string Format { get; }

    /// <summary>The file name ending of the format, e.g. <c>.junit.xml</c>.</summary>
    string FileExtension { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    Task WriteAsync(EvalReport report, TextWriter output, CancellationToken cancellationToken = default);
}
