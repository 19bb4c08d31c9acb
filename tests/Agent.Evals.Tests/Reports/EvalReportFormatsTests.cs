using SegmentAI.Evals.Reports;
using SegmentAI.Evals.Runs;

namespace SegmentAI.Evals.Tests.Reports;

/// <summary>Format names on the command line, and the JSON writer being the run's own JSON.</summary>
public sealed class EvalReportFormatsTests
{
    [Fact]
    public void Parses_a_comma_separated_list_once_each_in_order()
    {
        var writers = EvalReportFormats.Parse(" HTML, junit ,html");

        Assert.Equal(["html", "junit"], writers.Select(w => w.Format));
    }

    [Fact]
    public void An_unknown_format_is_refused_naming_the_formats()
    {
        var error = Assert.Throws<ArgumentException>(() => EvalReportFormats.Parse("html,pdf"));

        Assert.Equal("unknown report format 'pdf'; formats: json, html, junit", error.Message);
    }

    [Fact]
    public async Task The_json_report_reads_back_as_the_same_run()
    {
        var run = ReportRuns.Run();
        await using var text = new StringWriter();

        await new JsonEvalReportWriter().WriteAsync(EvalReport.Of(run), text);

        var read = EvalRunJson.Deserialize(text.ToString());
        Assert.Equal((run.RunId, run.Accuracy, run.Cases.Count), (read.RunId, read.Accuracy, read.Cases.Count));
        Assert.Equal(run.Cases[1].FailureReason, read.Cases[1].FailureReason);
    }
}
