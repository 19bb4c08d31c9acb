using System.Globalization;
using System.Net;
using System.Text;
using SegmentAI.Evals.Evaluators;
using SegmentAI.Evals.Runs;
using SegmentAI.Evals.Suites;

namespace SegmentAI.Evals.Reports;

/// <summary>
/// One self-contained HTML page a reviewer reads: the run's facts, the Gate 1 verdict, the metric table, the trend of
/// the suite's runs as an inline SVG chart, and every case with its turns' expected against actual in
/// <c>&lt;details&gt;</c>. No external resource (works offline, attaches to a CI build), every text HTML-encoded, and
/// printable (details open for print).
/// </summary>
public sealed class HtmlEvalReportWriter : IEvalReportWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string FileExtension => ".html";

    /// <inheritdoc />
    public async Task WriteAsync(EvalReport report, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(Render(report), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The whole page, for writers that want it in memory.</summary>
    public static StringBuilder Render(EvalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var run = report.Run;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(Invariant, $"<title>Eval report: {E(run.SkillId)}@{E(run.SkillVersion)} ({E(run.SuiteId)})</title>\n<style>{Style}</style>\n</head>\n<body>\n");
        Header(html, run);
        html.Append("<main>\n");
        Metrics(html, run);
        Trend(html, report.Trend.Count == 0 ? [run] : report.Trend);
        Cases(html, run, report.Suite);
        html.Append("</main>\n");
        html.Append(Invariant, $"<script>{Script}</script>\n</body>\n</html>\n");
        return html;
    }

    private static void Header(StringBuilder html, EvalRun run)
    {
        var counted = run.CaseCount - run.KnownFailureCount;
        html.Append(Invariant, $"<header>\n<h1>Eval report: {E(run.SkillId)} <span class=\"version\">@{E(run.SkillVersion)}</span></h1>\n<dl class=\"facts\">");
        html.Append(Invariant, $"<div><dt>Suite</dt><dd>{E(run.SuiteId)}</dd></div>");
        html.Append(Invariant, $"<div><dt>Run</dt><dd><code>{E(run.RunId)}</code></dd></div>");
        html.Append(Invariant, $"<div><dt>Date</dt><dd><time datetime=\"{run.StartedAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}\">{run.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC</time></dd></div>");
        html.Append(Invariant, $"<div><dt>Tenants</dt><dd>{E(run.TenantFilter ?? "all")}</dd></div>");
        html.Append(Invariant, $"<div><dt>Cases</dt><dd>{run.CaseCount} ({run.KnownFailureCount} known failure{(run.KnownFailureCount == 1 ? "" : "s")})</dd></div></dl>\n");
        html.Append(Invariant, $"<p class=\"verdict {(run.MeetsMinAccuracy ? "pass" : "fail")}\"><strong>Gate 1 {(run.MeetsMinAccuracy ? "PASS" : "FAIL")}</strong>: accuracy {run.Accuracy:0.0%} ({run.PassedCount}/{counted} cases) {(run.MeetsMinAccuracy ? "reaches" : "is below")} min_accuracy {run.MinAccuracy:0.#%}; known failures {run.KnownFailurePassedCount}/{run.KnownFailureCount} passed.</p>\n</header>\n");
    }

    private static void Metrics(StringBuilder html, EvalRun run)
    {
        var counted = run.CaseCount - run.KnownFailureCount;
        html.Append("<section aria-labelledby=\"metrics-heading\">\n<h2 id=\"metrics-heading\">Metrics</h2>\n<table class=\"metrics\">\n<caption>Every metric over the run; Gate 1 compares accuracy with min_accuracy</caption>\n");
        html.Append("<thead><tr><th scope=\"col\">Metric</th><th scope=\"col\" class=\"num\">Mean</th><th scope=\"col\" class=\"num\">Count</th><th scope=\"col\" class=\"num\">Failed</th><th scope=\"col\">Gate 1</th></tr></thead>\n<tbody>\n");
        html.Append(Invariant, $"<tr class=\"gate\"><th scope=\"row\">accuracy</th><td class=\"num\">{run.Accuracy:0.###}</td><td class=\"num\">{counted}</td><td class=\"num\">{counted - run.PassedCount}</td>");
        html.Append(Invariant, $"<td>{Badge(run.MeetsMinAccuracy)} min_accuracy {run.MinAccuracy:0.###}</td></tr>\n");
        foreach (var metric in run.Metrics)
        {
            html.Append(Invariant, $"<tr><th scope=\"row\">{E(metric.Name)}</th><td class=\"num\">{(metric.Mean is { } mean ? mean.ToString("0.###", Invariant) : "–")}</td><td class=\"num\">{metric.Count}</td>");
            html.Append(Invariant, $"<td class=\"num{(metric.FailedCount > 0 ? " bad" : "")}\">{metric.FailedCount}</td><td></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Trend(StringBuilder html, IReadOnlyList<EvalRun> runs)
    {
        html.Append(Invariant, $"<section aria-labelledby=\"trend-heading\">\n<h2 id=\"trend-heading\">Trend <span class=\"muted\">(last {runs.Count} run{(runs.Count == 1 ? "" : "s")} of this suite)</span></h2>\n<figure>");
        TrendChart.Append(html, runs);
        html.Append("</figure>\n<details class=\"trend-table\"><summary>Trend as a table</summary>\n<table>\n<thead><tr><th scope=\"col\">Run</th><th scope=\"col\">Date</th><th scope=\"col\">Version</th>");
        var series = TrendChart.Series(runs);
        foreach (var (name, _) in series)
        {
            html.Append(Invariant, $"<th scope=\"col\" class=\"num\">{E(name)}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var run in runs)
        {
            html.Append(Invariant, $"<tr><th scope=\"row\"><code>{E(run.RunId)}</code></th><td>{run.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm}</td><td>{E(run.SkillVersion)}</td>");
            foreach (var (_, value) in series)
            {
                html.Append(Invariant, $"<td class=\"num\">{(value(run) is { } v ? v.ToString("0.0%", Invariant) : "–")}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</details>\n</section>\n");
    }

    private static void Cases(StringBuilder html, EvalRun run, EvalSuite? suite)
    {
        html.Append("<section aria-labelledby=\"cases-heading\">\n<h2 id=\"cases-heading\">Cases</h2>\n<form class=\"filters\" aria-label=\"Filter cases\">");
        Select(html, "filter-result", "Result", [("failed", "failed"), ("passed", "passed"), ("known_failure", "known failure")]);
        Select(html, "filter-tenant", "Tenant", [.. run.Cases.Select(c => c.Tenant).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(t => (t, t))]);
        Select(html, "filter-tag", "Tag", [.. run.Cases.SelectMany(c => c.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(t => (t, t))]);
        html.Append("<output id=\"filter-count\" aria-live=\"polite\"></output></form>\n");
        html.Append("<table class=\"cases\">\n<caption>Every case in suite order; open a case to compare each turn's expected and actual reply</caption>\n");
        html.Append("<thead><tr><th scope=\"col\">Case</th><th scope=\"col\">Tenant</th><th scope=\"col\">Tags</th><th scope=\"col\">Result</th><th scope=\"col\">Failure reason and turns</th></tr></thead>\n<tbody>\n");
        foreach (var result in run.Cases)
        {
            var status = result.KnownFailure ? "known_failure" : result.Passed ? "passed" : "failed";
            html.Append(Invariant, $"<tr class=\"case {status}\" id=\"case-{E(result.CaseId)}\" data-result=\"{status}\" data-tenant=\"{E(result.Tenant)}\" data-tags=\"{E("|" + string.Join('|', result.Tags) + "|")}\">");
            html.Append(Invariant, $"<th scope=\"row\"><code>{E(result.CaseId)}</code></th><td>{E(result.Tenant)}</td><td>{string.Join(' ', result.Tags.Select(t => $"<span class=\"tag\">{E(t)}</span>"))}</td>");
            html.Append(Invariant, $"<td>{Badge(result.Passed)}{(result.KnownFailure ? " <span class=\"tag known\">known failure</span>" : "")}</td><td>");
            if (result.FailureReason is { } reason)
            {
                html.Append(Invariant, $"<p class=\"reason\">{E(reason)}</p>");
            }

            var evalCase = suite?.Cases.FirstOrDefault(c => c.Id == result.CaseId && c.Tenant == result.Tenant);
            html.Append(Invariant, $"<details><summary>{result.Turns.Count} turn{(result.Turns.Count == 1 ? "" : "s")}: expected vs actual</summary>");
            foreach (var turn in result.Turns)
            {
                Turn(html, turn, evalCase);
            }

            html.Append("</details></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Select(StringBuilder html, string id, string label, IReadOnlyList<(string Value, string Text)> options)
    {
        html.Append(Invariant, $"<label for=\"{id}\">{label}</label><select id=\"{id}\"><option value=\"\">all</option>");
        foreach (var (value, text) in options)
        {
            html.Append(Invariant, $"<option value=\"{E(value)}\">{E(text)}</option>");
        }

        html.Append("</select>");
    }

    private static void Turn(StringBuilder html, TurnResult turn, EvalCase? evalCase)
    {
        // The suite may have changed since the run; its expectation is only shown for the same message.
        var expect = evalCase?.Turns.ElementAtOrDefault(turn.Index - 1) is { } suiteTurn && suiteTurn.Say == turn.Say ? suiteTurn.Expect : null;
        html.Append(Invariant, $"<table class=\"turn\"><caption>{Badge(turn.Passed)} Turn {turn.Index}: “{E(turn.Say)}”</caption>");
        html.Append("<thead><tr><th scope=\"col\">Aspect</th><th scope=\"col\">Expected</th><th scope=\"col\">Actual</th></tr></thead><tbody>");
        Row(html, "kind", E(turn.ExpectedKind), E(turn.ActualKind), turn.ExpectedKind != turn.ActualKind);
        Row(html, "skill", "–", E(turn.Skill ?? "none (answered before any skill)"), false);
        if (expect is not null)
        {
            if (expect.Conditions is { } conditions)
            {
                Row(html, "conditions", List(conditions.Select(ExpectationText.Condition)) + (expect.Logic is { } logic ? $"<p>logic: <code>{E(logic)}</code></p>" : ""), Outcome(turn, ConditionMatchEvaluator.ConditionsMetric), Failed(turn, ConditionMatchEvaluator.ConditionsMetric));
            }
            else if (expect.Facets is { } facets)
            {
                Row(html, "facets", List(facets), Outcome(turn, FacetOverlapEvaluator.F1Metric), Failed(turn, FacetOverlapEvaluator.F1Metric));
            }

            Optional(html, turn, "slot", expect.Slot, ExpectedReplyEvaluator.SlotMetric);
            Optional(html, turn, "refusal category", expect.Category, ExpectedReplyEvaluator.CategoryMetric);
            Optional(html, turn, "text contains", expect.TextContains, ExpectedReplyEvaluator.TextMetric);
            if (expect.ReferenceSql is { } sql)
            {
                Row(html, "SQL", $"<pre><code>{E(sql)}</code></pre>", Outcome(turn, ExecutionAccuracyEvaluator.ExecutionAccuracyMetric), Failed(turn, ExecutionAccuracyEvaluator.ExecutionAccuracyMetric));
            }
        }
        else if (evalCase is not null)
        {
            html.Append("<tr><td colspan=\"3\" class=\"muted\">The suite's case has changed since this run; its expectation is not shown.</td></tr>");
        }

        html.Append("</tbody></table>");
        html.Append(Invariant, $"<details class=\"metrics-of-turn\"><summary>{turn.Metrics.Count} metrics</summary><table><thead><tr><th scope=\"col\">Metric</th><th scope=\"col\" class=\"num\">Value</th><th scope=\"col\">Rating</th><th scope=\"col\">Result</th><th scope=\"col\">Reason</th></tr></thead><tbody>");
        foreach (var metric in turn.Metrics)
        {
            var value = metric.Value is { } number ? number.ToString("0.###", Invariant) : E(metric.Text ?? "–");
            html.Append(Invariant, $"<tr><th scope=\"row\">{E(metric.Name)}</th><td class=\"num\">{value}</td><td>{E(metric.Rating)}</td><td>{(metric.Failed ? Badge(false) : metric.Rating == "inconclusive" ? "<span class=\"muted\">n/a</span>" : Badge(true))}</td><td>{E(metric.Reason ?? "")}</td></tr>");
        }

        html.Append("</tbody></table></details>");
    }

    private static void Optional(StringBuilder html, TurnResult turn, string aspect, string? expected, string metric)
    {
        if (expected is not null)
        {
            Row(html, aspect, E(expected), Outcome(turn, metric), Failed(turn, metric));
        }
    }

    private static void Row(StringBuilder html, string aspect, string expected, string actual, bool differs) =>
        html.Append(Invariant, $"<tr{(differs ? " class=\"differs\"" : "")}><th scope=\"row\">{E(aspect)}</th><td>{expected}</td><td>{actual}</td></tr>");

    // The run keeps each metric's verdict and reason, not the reply itself; the reason says what differed.
    private static string Outcome(TurnResult turn, string metricName) =>
        turn.Metrics.FirstOrDefault(m => m.Name == metricName) is not { } metric
            ? "<span class=\"muted\">not checked</span>"
            : metric.Failed
                ? $"{Badge(false)} {E(metric.Reason ?? "differs")}"
                : metric.Rating == "inconclusive" ? $"<span class=\"muted\">not checked: {E(metric.Reason ?? "")}</span>" : $"{Badge(true)} {E(metric.Reason ?? "as expected")}";

    private static bool Failed(TurnResult turn, string metricName) => turn.Metrics.Any(m => m.Name == metricName && m.Failed);

    private static string List(IEnumerable<string> items) => "<ul>" + string.Concat(items.Select(i => $"<li><code>{E(i)}</code></li>")) + "</ul>";

    private static string Badge(bool passed) => passed ? "<span class=\"badge pass\">pass</span>" : "<span class=\"badge fail\">fail</span>";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        :root{color-scheme:light;--pass:#166534;--pass-bg:#dcfce7;--fail:#991b1b;--fail-bg:#fee2e2;--line:#d4d4d8;--muted:#52525b}
        *{box-sizing:border-box}
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#18181b;background:#fafafa;margin:0;padding:24px}
        header,main{max-width:1180px;margin:0 auto}
        h1{font-size:1.6rem;margin:0 0 .5rem}h1 .version{color:var(--muted);font-weight:500}
        h2{font-size:1.2rem;margin:2rem 0 .6rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
        .muted{color:var(--muted);font-weight:400}
        .facts{display:flex;flex-wrap:wrap;gap:.4rem 2rem;margin:0 0 .8rem}.facts div{display:flex;gap:.4rem}.facts dt{font-weight:600}.facts dd{margin:0}
        .verdict{padding:.6rem .9rem;border-radius:6px;border-left:6px solid;margin:.6rem 0}
        .verdict.pass{background:var(--pass-bg);border-color:var(--pass)}.verdict.fail{background:var(--fail-bg);border-color:var(--fail)}
        table{border-collapse:collapse;width:100%;background:#fff}
        caption{text-align:left;color:var(--muted);padding:.3rem 0;font-size:.9rem}
        th,td{border:1px solid var(--line);padding:.35rem .55rem;text-align:left;vertical-align:top}
        thead th{background:#f4f4f5}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        .metrics{max-width:720px}.metrics tr.gate{background:#eff6ff;font-weight:600}.bad{color:var(--fail);font-weight:600}
        .badge{display:inline-block;padding:0 .45rem;border-radius:999px;font-size:.8rem;font-weight:700;text-transform:uppercase}
        .badge.pass{background:var(--pass-bg);color:var(--pass)}.badge.fail{background:var(--fail-bg);color:var(--fail)}
        .tag{display:inline-block;background:#f4f4f5;border:1px solid var(--line);border-radius:4px;padding:0 .3rem;margin:1px;font-size:.8rem}
        .tag.known{background:#fef3c7;border-color:#d97706}
        table.cases>tbody>tr>th,table.cases>tbody>tr>td:nth-child(2){white-space:nowrap}
        tr.case.failed>th{border-left:4px solid var(--fail)}tr.case.passed>th{border-left:4px solid var(--pass)}tr.case.known_failure>th{border-left:4px solid #d97706}
        .reason{margin:0 0 .3rem;color:var(--fail);overflow-wrap:anywhere}
        details summary{cursor:pointer;color:#1d4ed8}
        table.turn{margin:.5rem 0 .2rem;font-size:.9rem}table.turn caption{color:#18181b;font-weight:600}
        table.turn th[scope=row]{width:9rem}table.turn tr.differs td{background:#fff1f2}
        table.turn ul{margin:0;padding-left:1.1rem}
        pre{margin:0;white-space:pre-wrap;overflow-wrap:anywhere;font-size:.82rem}
        code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em}
        .metrics-of-turn table{font-size:.85rem}
        figure{margin:0;background:#fff;border:1px solid var(--line);border-radius:6px;padding:.5rem}
        svg.trend{width:100%;max-width:760px;height:auto;display:block}
        svg .grid{stroke:#e4e4e7;stroke-width:1}svg .threshold{stroke:#dc2626;stroke-width:1.5;stroke-dasharray:6 4}
        svg .axis{font-size:11px;fill:#52525b;font-family:system-ui,sans-serif}
        .legend{list-style:none;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;padding:0;margin:.4rem 0 0;font-size:.88rem}
        .swatch{display:inline-block;width:14px;height:4px;margin-right:.35rem;vertical-align:middle}.swatch.dashed{border-top:2px dashed #dc2626;height:0}
        .trend-table{margin-top:.5rem}
        .filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:.3rem 0 .6rem}
        .filters label{font-weight:600}.filters select{margin-left:.3rem;font:inherit}
        @media print{body{background:#fff;padding:0}.filters{display:none}details summary{color:#18181b}tr,table.turn{break-inside:avoid}}
        """;

    // Filters rows by data attributes and opens every <details> while printing, so paper shows the turns.
    private const string Script = """
        (function(){
          var rows=[].slice.call(document.querySelectorAll('tr.case'));
          var f={result:document.getElementById('filter-result'),tenant:document.getElementById('filter-tenant'),tag:document.getElementById('filter-tag')};
          var count=document.getElementById('filter-count');
          function apply(){
            var shown=0;
            rows.forEach(function(r){
              var ok=(!f.result.value||r.dataset.result===f.result.value)&&(!f.tenant.value||r.dataset.tenant===f.tenant.value)&&(!f.tag.value||r.dataset.tags.indexOf('|'+f.tag.value+'|')>=0);
              r.hidden=!ok;if(ok)shown++;
            });
            count.textContent=shown+' of '+rows.length+' cases';
          }
          Object.keys(f).forEach(function(k){f[k].addEventListener('change',apply);});
          apply();
          var closed=[];
          window.addEventListener('beforeprint',function(){closed=[].slice.call(document.querySelectorAll('details:not([open])'));closed.forEach(function(d){d.open=true;});});
          window.addEventListener('afterprint',function(){closed.forEach(function(d){d.open=false;});});
        })();
        """;
}
