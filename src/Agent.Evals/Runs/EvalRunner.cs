using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Contexts;
using SegmentAI.Evals.Evaluation;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Evals.Runs;

/// <summary>
/// Plays a suite's cases through the real conversation engine, each in a fresh session, in file order, and evaluates
/// every reply with the evaluator. A case passes when every turn passes; it stops at its first failing turn, since
/// later turns build on a reply that was already wrong. Pass/fail depends only on the replies, never on timing.
/// With <paramref name="preferences"/>, what the case's user taught the engine in earlier cases is forgotten first,
/// so a case never passes or fails because of the order of the files (an answer learned in one case skipping the
/// question another case expects).
/// </summary>
public sealed class EvalRunner(IConversationEngine engine, TenantDirectory tenants, EvalWarehouses warehouses, IEvaluator evaluator, TimeProvider time, IUserPreferenceSource? preferences = null)
{
    private const string TurnsToSuccessMetric = "turns_to_success";
    private const string ClarificationPrecisionMetric = "clarification_precision";
    private const string ClarificationRecallMetric = "clarification_recall";

    /// <summary>Runs <paramref name="suite"/> for version <paramref name="skillVersion"/> of its skill.</summary>
    /// <param name="suite">The suite.</param>
    /// <param name="skillVersion">The version under test (the engine must be built to use it).</param>
    /// <param name="minAccuracy">The skill's minimum accuracy, recorded with the run.</param>
    /// <param name="tenantFilter">Only this tenant's cases, or null for all.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public async Task<EvalRun> RunAsync(EvalSuite suite, string skillVersion, double minAccuracy, string? tenantFilter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentException.ThrowIfNullOrWhiteSpace(skillVersion);
        var startedAt = time.GetUtcNow();
        var runId = string.Create(CultureInfo.InvariantCulture, $"{suite.SkillId}-{skillVersion}-{startedAt:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..8]}");
        var cases = suite.Cases.Where(c => tenantFilter is null || c.Tenant == tenantFilter).ToList();
        var results = new List<CaseResult>();
        foreach (var evalCase in cases)
        {
            results.Add(await RunCaseAsync(runId, evalCase, cancellationToken).ConfigureAwait(false));
        }

        var counted = results.Where(r => !r.KnownFailure).ToList();
        var passed = counted.Count(r => r.Passed);
        return new EvalRun
        {
            RunId = runId,
            SuiteId = suite.Id,
            SkillId = suite.SkillId,
            SkillVersion = skillVersion,
            TenantFilter = tenantFilter,
            MinAccuracy = minAccuracy,
            StartedAt = startedAt,
            FinishedAt = time.GetUtcNow(),
            CaseCount = results.Count,
            PassedCount = passed,
            Accuracy = counted.Count == 0 ? 0 : (double)passed / counted.Count,
            KnownFailureCount = results.Count(r => r.KnownFailure),
            KnownFailurePassedCount = results.Count(r => r.KnownFailure && r.Passed),
            Metrics = Summaries(results),
            Cases = results,
        };
    }

    private async Task<CaseResult> RunCaseAsync(string runId, EvalCase evalCase, CancellationToken cancellationToken)
    {
        var tenant = tenants.Get(evalCase.Tenant);
        var warehouse = await warehouses.EnsureAsync(evalCase.Tenant, cancellationToken).ConfigureAwait(false);
        var user = evalCase.User ?? $"eval-{evalCase.Id}";
        var session = $"eval-{runId}-{evalCase.Id}";
        if (preferences is not null)
        {
            foreach (var learned in await preferences.ListAsync(evalCase.Tenant, user, cancellationToken).ConfigureAwait(false))
            {
                await preferences.ForgetAsync(evalCase.Tenant, user, learned.Kind, cancellationToken).ConfigureAwait(false);
            }
        }

        var messages = new List<ChatMessage>();
        var replies = new List<ChatReply>();
        var turns = new List<TurnResult>();
        int? turnsToSuccess = null;
        for (var i = 0; i < evalCase.Turns.Count; i++)
        {
            var turn = evalCase.Turns[i];
            messages.Add(new ChatMessage(ChatRole.User, turn.Say));
            var started = time.GetTimestamp();
            var reply = await engine.HandleAsync(new ChatRequest(evalCase.Tenant, user, session, turn.Say, "eval", TrustUnknownUsers: true, AsOf: evalCase.AsOf, Warehouse: warehouse), cancellationToken).ConfigureAwait(false);
            var response = Response(reply, time.GetElapsedTime(started));
            List<EvaluationContext> contexts = [response, new ExpectationContext(turn.Expect), new TenantContext(tenant), new ConversationHistoryContext([.. replies])];
            if (warehouse is not null)
            {
                contexts.Add(new WarehouseContext(warehouse));
            }

            var evaluation = await evaluator.EvaluateAsync(messages, response.Response, additionalContext: contexts, cancellationToken: cancellationToken).ConfigureAwait(false);

            // The library turns an evaluator's cancellation into an error metric like any other exception; a
            // cancelled run stops instead of recording failures it never measured.
            cancellationToken.ThrowIfCancellationRequested();
            messages.Add(new ChatMessage(ChatRole.Assistant, reply.Text));
            replies.Add(reply);
            var failed = evaluation.Metrics.Values.Where(MetricFailures.Failed).ToList();
            var failure = failed.Count == 0 ? null : string.Join("; ", failed.Select(m => $"{m.Name}: {MetricFailures.Reason(m)}"));
            turns.Add(new TurnResult(
                i + 1,
                turn.Say,
                SnakeCase.From(turn.Expect.Kind.ToString()),
                SnakeCase.From(reply.Kind.ToString()),
                reply.Skill is { } skill ? $"{skill.Id}@{skill.Version}" : null,
                failure is null,
                failure,
                [.. evaluation.Metrics.Values.Select(ToResult)]));
            if (failure is not null)
            {
                return new CaseResult(evalCase.Id, evalCase.Tenant, evalCase.Tags, evalCase.KnownFailure, false, $"turn {i + 1} \"{turn.Say}\": {failure}", null, turns);
            }

            if (turnsToSuccess is null && reply.Kind != ReplyKind.Clarification)
            {
                turnsToSuccess = i + 1;
            }
        }

        return new CaseResult(evalCase.Id, evalCase.Tenant, evalCase.Tags, evalCase.KnownFailure, true, null, turnsToSuccess ?? evalCase.Turns.Count, turns);
    }

    // What the turn's model calls used comes with the reply, typed.
    private static AgentReplyContext Response(ChatReply reply, TimeSpan latency) =>
        new(reply, latency, reply.Usage?.LlmCalls ?? 0, (int)((reply.Usage?.InputTokens ?? 0) + (reply.Usage?.OutputTokens ?? 0)), reply.Usage?.CostUsd ?? 0m);

    private static MetricResult ToResult(EvaluationMetric metric)
    {
        var (type, value, text) = metric switch
        {
            NumericMetric numeric => ("numeric", numeric.Value, (string?)null),
            BooleanMetric boolean => ("boolean", boolean.Value is { } flag ? (flag ? 1.0 : 0.0) : (double?)null, null),
            StringMetric label => ("string", null, label.Value),
            _ => ("unknown", null, null),
        };
        var interpretation = metric.Interpretation ?? new EvaluationMetricInterpretation();
        return new MetricResult(
            metric.Name,
            type,
            value,
            text,
            SnakeCase.From(interpretation.Rating.ToString()),
            MetricFailures.Failed(metric),
            MetricFailures.Reason(metric),
            [.. (metric.Diagnostics ?? []).Select(d => $"{SnakeCase.From(d.Severity.ToString())}: {MetricFailures.FirstLine(d.Message)}")]);
    }

    private static List<MetricSummary> Summaries(IReadOnlyList<CaseResult> cases)
    {
        var metrics = cases.SelectMany(c => c.Turns).SelectMany(t => t.Metrics).ToList();
        var summaries = metrics.GroupBy(m => m.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var values = g.Where(m => m.Value is not null).Select(m => m.Value!.Value).ToList();
                return new MetricSummary(g.Key, values.Count == 0 ? null : values.Average(), values.Count, g.Count(m => m.Failed));
            })
            .ToList();

        var turns = cases.SelectMany(c => c.Turns).ToList();
        const string Clarification = "clarification";
        var asked = turns.Where(t => t.ActualKind == Clarification).ToList();
        var expected = turns.Where(t => t.ExpectedKind == Clarification).ToList();
        summaries.Add(Rate(ClarificationPrecisionMetric, asked.Count(t => t.ExpectedKind == Clarification), asked.Count));
        summaries.Add(Rate(ClarificationRecallMetric, expected.Count(t => t.ActualKind == Clarification), expected.Count));
        var successes = cases.Where(c => c.TurnsToSuccess is not null).Select(c => (double)c.TurnsToSuccess!.Value).ToList();
        summaries.Add(new MetricSummary(TurnsToSuccessMetric, successes.Count == 0 ? null : successes.Average(), successes.Count, cases.Count(c => !c.Passed)));
        return summaries;
    }

    private static MetricSummary Rate(string name, int hits, int total) =>
        new(name, total == 0 ? null : (double)hits / total, total, total - hits);
}
