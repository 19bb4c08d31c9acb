using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Contexts;
using SegmentAI.Evals.Evaluation;
using SegmentAI.Evals.Metrics;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Evals.Evaluators;

/// <summary>
/// Execution accuracy: runs the agent's segment SQL and the turn's reference SQL on the same DuckDB warehouse and
/// compares the entity keys they return. The agent's SQL is the card's display SQL — what SegmentCompiler produced
/// for the reply's definition and what a user copies — so the comparison covers exactly what was shown.
/// </summary>
internal sealed class ExecutionAccuracyEvaluator : IEvaluator
{
    /// <summary>Both queries return the same keys.</summary>
    public const string ExecutionAccuracyMetric = "execution_accuracy";

    /// <summary>Jaccard similarity of the two key sets.</summary>
    public const string JaccardMetric = "member_jaccard";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [ExecutionAccuracyMetric, JaccardMetric];

    /// <inheritdoc />
    public async ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var response = AgentReplyContext.From(additionalContext);
        var accuracy = new BooleanMetric(ExecutionAccuracyMetric);
        var jaccard = new NumericMetric(JaccardMetric);
        var reference = EvaluationContexts.Find<ExpectationContext>(additionalContext)?.Expectation.ReferenceSql;
        if (reference is null)
        {
            return new EvaluationResult(
                MetricVerdict.NotApplicable(accuracy, "the turn has no reference SQL"),
                MetricVerdict.NotApplicable(jaccard, "the turn has no reference SQL"));
        }

        if (response.Reply.Segment is not { } segment)
        {
            accuracy.Value = false;
            jaccard.Value = 0;
            return new EvaluationResult(MetricVerdict.Fail(accuracy, "no segment to run"), MetricVerdict.Fail(jaccard, "no segment to run"));
        }

        if (EvaluationContexts.Find<WarehouseContext>(additionalContext) is not { } warehouse)
        {
            accuracy.AddDiagnostics(EvaluationDiagnostic.Error("no warehouse context: pass a WarehouseContext naming the DuckDB file"));
            return new EvaluationResult(MetricVerdict.Fail(accuracy, "no warehouse to run the SQL on"), MetricVerdict.Fail(jaccard, "no warehouse to run the SQL on"));
        }

        await using var connection = await Warehouse.DuckDb(warehouse.Path).OpenAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<string> expected;
        try
        {
            expected = await KeysAsync(connection, reference, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException ex)
        {
            accuracy.AddDiagnostics(EvaluationDiagnostic.Error($"the reference SQL does not run: {ex.Message}; fix reference_sql in the suite"));
            return new EvaluationResult(MetricVerdict.Fail(accuracy, "the reference SQL does not run"), MetricVerdict.Fail(jaccard, "the reference SQL does not run"));
        }

        IReadOnlyList<string> actual;
        try
        {
            actual = await KeysAsync(connection, segment.Sql, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException ex)
        {
            accuracy.Value = false;
            jaccard.Value = 0;
            accuracy.AddDiagnostics(EvaluationDiagnostic.Error($"the agent's SQL does not run: {ex.Message}"));
            return new EvaluationResult(MetricVerdict.Fail(accuracy, "the agent's SQL does not run"), MetricVerdict.Fail(jaccard, "the agent's SQL does not run"));
        }

        var comparison = MemberSetComparison.Compare(expected, actual);
        accuracy.Value = comparison.ExactMatch;
        jaccard.Value = comparison.Jaccard;
        var reason = comparison.ToString();
        return new EvaluationResult(
            comparison.ExactMatch ? MetricVerdict.Pass(accuracy, reason) : MetricVerdict.Fail(accuracy, reason),
            comparison.ExactMatch ? MetricVerdict.Pass(jaccard, reason) : MetricVerdict.Fail(jaccard, reason));
    }

    private static async Task<IReadOnlyList<string>> KeysAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var keys = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? "");
        }

        return keys;
    }
}
