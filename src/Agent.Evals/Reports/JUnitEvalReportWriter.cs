using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using SegmentAI.Evals.Runs;

namespace SegmentAI.Evals.Reports;

/// <summary>
/// JUnit XML as CI systems read it (the Ant/Jenkins schema): one <c>testsuite</c> per run, one <c>testcase</c> per
/// case, a failed case as <c>failure</c> with the failure reason as message. A failed <c>known_failure</c> case is
/// <c>skipped</c>, since it does not count against the accuracy and must not fail the build.
/// </summary>
internal sealed class JUnitEvalReportWriter : IEvalReportWriter
{
    /// <inheritdoc />
    public string Format => "junit";

    /// <inheritdoc />
    public string FileExtension => ".junit.xml";

    /// <inheritdoc />
    public async Task WriteAsync(EvalReport report, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) };
        await using var writer = XmlWriter.Create(output, settings);
        await Document(report.Run).SaveAsync(writer, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The report as a document.</summary>
    public static XDocument Document(EvalRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var failures = run.Cases.Count(c => !c.Passed && !c.KnownFailure);
        var skipped = run.Cases.Count(c => !c.Passed && c.KnownFailure);
        var seconds = Seconds(run.FinishedAt - run.StartedAt);
        var suite = new XElement("testsuite",
            new XAttribute("name", Clean(run.SuiteId)),
            new XAttribute("id", "0"),
            new XAttribute("package", Clean(run.SkillId)),
            new XAttribute("tests", run.Cases.Count),
            new XAttribute("failures", failures),
            new XAttribute("errors", 0),
            new XAttribute("skipped", skipped),
            new XAttribute("time", seconds),
            new XAttribute("timestamp", run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
            new XAttribute("hostname", "localhost"),
            new XElement("properties",
                Property("run_id", run.RunId),
                Property("skill", $"{run.SkillId}@{run.SkillVersion}"),
                Property("tenant_filter", run.TenantFilter ?? "all"),
                Property("accuracy", run.Accuracy.ToString("0.####", CultureInfo.InvariantCulture)),
                Property("min_accuracy", run.MinAccuracy.ToString("0.####", CultureInfo.InvariantCulture)),
                Property("meets_min_accuracy", run.MeetsMinAccuracy ? "true" : "false")),
            run.Cases.Select(c => Case(run, c)),
            new XElement("system-out", Clean(Summary(run))),
            new XElement("system-err"));
        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("testsuites",
                new XAttribute("name", Clean($"{run.SkillId}@{run.SkillVersion}")),
                new XAttribute("tests", run.Cases.Count),
                new XAttribute("failures", failures),
                new XAttribute("errors", 0),
                new XAttribute("skipped", skipped),
                new XAttribute("time", seconds),
                suite));
    }

    private static XElement Case(EvalRun run, CaseResult result)
    {
        var element = new XElement("testcase",
            new XAttribute("name", Clean(result.CaseId)),
            new XAttribute("classname", Clean($"{run.SuiteId}.{result.Tenant}")),
            new XAttribute("time", Seconds(TimeSpan.FromMilliseconds(result.Turns.SelectMany(t => t.Metrics).Where(m => m.Name == "latency_ms").Sum(m => m.Value ?? 0)))));
        if (!result.Passed)
        {
            var reason = result.FailureReason ?? "failed";
            element.Add(result.KnownFailure
                ? new XElement("skipped", new XAttribute("message", Clean($"known failure: {reason}")))
                : new XElement("failure", new XAttribute("message", Clean(reason)), new XAttribute("type", "eval_failure"), Clean(Details(result))));
        }

        return element;
    }

    private static string Details(CaseResult result)
    {
        var text = new StringBuilder();
        foreach (var turn in result.Turns)
        {
            text.Append(CultureInfo.InvariantCulture, $"turn {turn.Index} \"{turn.Say}\": expected {turn.ExpectedKind}, got {turn.ActualKind}").AppendLine();
            foreach (var metric in turn.Metrics.Where(m => m.Failed))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {metric.Name}: {metric.Reason}").AppendLine();
            }
        }

        return text.ToString();
    }

    private static string Summary(EvalRun run) => string.Create(CultureInfo.InvariantCulture,
        $"{run.SuiteId} for {run.SkillId}@{run.SkillVersion}: {run.PassedCount}/{run.CaseCount - run.KnownFailureCount} passed, accuracy {run.Accuracy:0.####} (min_accuracy {run.MinAccuracy:0.####}); known failures {run.KnownFailurePassedCount}/{run.KnownFailureCount} passed");

    private static XElement Property(string name, string value) => new("property", new XAttribute("name", name), new XAttribute("value", Clean(value)));

    private static string Seconds(TimeSpan span) => Math.Max(0, span.TotalSeconds).ToString("0.###", CultureInfo.InvariantCulture);

    // XML 1.0 cannot carry most control characters even escaped; a reply could hold one.
    private static string Clean(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : string.Concat(text.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD'));
}
