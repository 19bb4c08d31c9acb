using System.Xml.Linq;
using SegmentAI.Evals.Reports;

namespace SegmentAI.Evals.Tests.Reports;

/// <summary>The JUnit XML of a hand-built run, read back with XDocument.</summary>
public sealed class JUnitEvalReportWriterTests
{
    [Fact]
    public async Task Writes_one_testsuite_with_a_testcase_per_case_and_counts_ci_reads()
    {
        var document = await WriteAsync();

        var suites = document.Root!;
        var suite = Assert.Single(suites.Elements("testsuite"));
        Assert.Equal("testsuites", suites.Name.LocalName);
        Assert.Equal(("segment_creation_eval", "3", "1", "0", "1", "42"), ((string)suite.Attribute("name")!, (string)suite.Attribute("tests")!, (string)suite.Attribute("failures")!, (string)suite.Attribute("errors")!, (string)suite.Attribute("skipped")!, (string)suite.Attribute("time")!));
        Assert.Equal("2026-01-01T09:30:00", (string)suite.Attribute("timestamp")!);
        Assert.Equal(3, suite.Elements("testcase").Count());
        Assert.All(suite.Elements("testcase"), c => Assert.NotNull(c.Attribute("classname")));
        Assert.Equal("0.5", suite.Element("properties")!.Elements("property").Single(p => (string)p.Attribute("name")! == "accuracy").Attribute("value")!.Value);
    }

    [Fact]
    public async Task A_failed_case_carries_its_failure_reason_unmangled_and_a_known_failure_is_skipped()
    {
        var document = await WriteAsync();

        var cases = document.Root!.Element("testsuite")!.Elements("testcase").ToDictionary(c => (string)c.Attribute("name")!);
        Assert.Empty(cases["vip-customers"].Elements());
        Assert.Equal("1.5", (string)cases["vip-customers"].Attribute("time")!);
        var failure = Assert.Single(cases["tricky-<b>&\"quotes\""].Elements("failure"));
        Assert.Equal($"turn 1 \"{ReportRuns.Hostile}\": conditions_match: expected tier in <vip> & \"gold\"", (string)failure.Attribute("message")!);
        Assert.Contains("expected segment, got clarification", failure.Value, StringComparison.Ordinal);
        Assert.Equal("known failure: turn 2 \"and lapsed\": execution_accuracy: 3 keys differ", (string)Assert.Single(cases["lapsed-buyers"].Elements("skipped")).Attribute("message")!);
        Assert.Empty(cases["lapsed-buyers"].Elements("failure"));
    }

    private static async Task<XDocument> WriteAsync()
    {
        await using var text = new StringWriter();
        await new JUnitEvalReportWriter().WriteAsync(EvalReport.Of(ReportRuns.Run()), text);
        return XDocument.Parse(text.ToString());
    }
}
