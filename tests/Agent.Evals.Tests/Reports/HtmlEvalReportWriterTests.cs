using System.Text.RegularExpressions;
using SegmentAI.Evals.Reports;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Evals.Tests.Reports;

/// <summary>The HTML report of a hand-built run: well-formed, encoded, with its metric table, cases and trend.</summary>
public sealed partial class HtmlEvalReportWriterTests
{
    [Fact]
    public async Task Writes_a_well_formed_page_with_no_unescaped_user_text()
    {
        var html = await WriteAsync(EvalReport.Of(ReportRuns.Run()));

        Assert.Empty(HtmlShape.Problems(html));
        Assert.DoesNotContain(ReportRuns.Hostile, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<vip>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("id=\"case-tricky-&lt;b&gt;&amp;&quot;quotes&quot;\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_the_run_facts_the_gate_verdict_and_the_metric_table()
    {
        var html = await WriteAsync(EvalReport.Of(ReportRuns.Run()));

        Assert.Contains("<title>Eval report: segment_creation@2.0.0 (segment_creation_eval)</title>", html, StringComparison.Ordinal);
        Assert.Contains("segment_creation-2.0.0-20260101T000000Z-abcd1234", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2026-01-01T09:30:00Z\">", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Gate 1 FAIL</strong>: accuracy 50.0% (1/2 cases) is below min_accuracy 90%", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"metrics\">", html, StringComparison.Ordinal);
        Assert.Matches(@"<tr class=""gate""><th scope=""row"">accuracy</th><td class=""num"">0\.5</td><td class=""num"">2</td><td class=""num"">1</td><td><span class=""badge fail"">fail</span> min_accuracy 0\.9</td>", html);
        Assert.Matches(@"<th scope=""row"">execution_accuracy</th><td class=""num"">0\.75</td><td class=""num"">2</td><td class=""num bad"">1</td>", html);
        Assert.Contains("<th scope=\"row\">clarification_recall</th><td class=\"num\">–</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_every_case_with_its_result_failure_reason_and_turns()
    {
        var html = await WriteAsync(EvalReport.Of(ReportRuns.Run()));

        Assert.Contains("<tr class=\"case passed\" id=\"case-vip-customers\" data-result=\"passed\" data-tenant=\"acme-retail\" data-tags=\"|single|\">", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"case failed\" id=\"case-tricky-", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"case known_failure\" id=\"case-lapsed-buyers\"", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"reason\">turn 2 &quot;and lapsed&quot;: execution_accuracy: 3 keys differ</p>", html, StringComparison.Ordinal);
        Assert.Contains("<summary>2 turns: expected vs actual</summary>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"differs\"><th scope=\"row\">kind</th><td>segment</td><td>clarification</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"filter-tag\">Tag</label>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"known_failure\">known_failure</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draws_one_trend_point_per_run_of_the_suite()
    {
        var first = ReportRuns.Run("r1", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), accuracy: 0.6);
        var second = ReportRuns.Run("r2", new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero), accuracy: 0.8);
        var third = ReportRuns.Run("r3", new DateTimeOffset(2026, 1, 3, 0, 0, 0, TimeSpan.Zero), accuracy: 0.95);

        var html = await WriteAsync(new EvalReport(third, [first, second, third], null));

        var accuracy = Regex.Match(html, "<g class=\"series\" data-series=\"accuracy\">(.*?)</g>");
        Assert.True(accuracy.Success);
        Assert.Equal(3, PointPattern().Matches(accuracy.Value).Count);
        Assert.Contains("<svg class=\"trend\"", html, StringComparison.Ordinal);
        Assert.Contains("data-series=\"execution_accuracy\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-series=\"clarification_recall\"", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">95.0%</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_the_suites_expected_conditions_and_sql_beside_the_actual_verdicts()
    {
        var run = ReportRuns.Run();
        var expect = new TurnExpectation
        {
            Kind = ReplyKind.Segment,
            Conditions = [new ExpectedCondition("tier", ConditionOperator.In, ["vip", "gold"], null, null, null, Negated: false, Line: 7)],
            Logic = "C1",
            ReferenceSql = "SELECT customer_id FROM customers WHERE tier <> 'basic'",
        };
        var evalCase = new EvalCase(run.Cases[1].CaseId, "dealflow", new DateOnly(2026, 1, 1), null, ["trap"], [new EvalTurn(ReportRuns.Hostile, expect, 6)], "dealflow.yaml", 5);
        var suite = new EvalSuite("segment_creation_eval", "segment_creation", ["dealflow.yaml"], [evalCase]);

        var html = await WriteAsync(new EvalReport(run, [run], suite));

        Assert.Empty(HtmlShape.Problems(html));
        Assert.Contains("<tr class=\"differs\"><th scope=\"row\">conditions</th><td><ul><li><code>tier in vip, gold</code></li></ul><p>logic: <code>C1</code></p></td><td><span class=\"badge fail\">fail</span> expected tier in &lt;vip&gt; &amp; &quot;gold&quot;</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code>SELECT customer_id FROM customers WHERE tier &lt;&gt; &#39;basic&#39;</code></pre>", html, StringComparison.Ordinal);
    }

    private static async Task<string> WriteAsync(EvalReport report)
    {
        await using var text = new StringWriter();
        await new HtmlEvalReportWriter().WriteAsync(report, text);
        return text.ToString();
    }

    [GeneratedRegex("<circle class=\"point\"")]
    private static partial Regex PointPattern();
}
