using DuckDB.NET.Data;
using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Contexts;
using SegmentAI.Evals.Evaluators;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Evals.Tests.Evaluators;

/// <summary>Execution accuracy on a tiny hand-built DuckDB warehouse of five customers.</summary>
public sealed class ExecutionAccuracyEvaluatorTests : IAsyncLifetime
{
    private const string AgentSql = "SELECT customer_id FROM customers WHERE state = 'CA'";

    private readonly string _folder = Directory.CreateTempSubdirectory("exec-").FullName;

    private string Warehouse => Path.Combine(_folder, "tiny.duckdb");

    public async Task InitializeAsync()
    {
        await using var connection = new DuckDBConnection($"Data Source={Warehouse}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE customers (customer_id INTEGER, state VARCHAR);
            INSERT INTO customers VALUES (1, 'CA'), (2, 'CA'), (3, 'OR'), (4, 'TX'), (5, 'OR');
            """;
        await command.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Differently_written_sql_with_the_same_members_is_accurate()
    {
        var result = await EvaluateAsync("SELECT c.customer_id FROM customers c WHERE c.state IN ('CA') ORDER BY 1 DESC");

        Assert.True(result.Get<BooleanMetric>(ExecutionAccuracyEvaluator.ExecutionAccuracyMetric).Value);
        Assert.Equal(1.0, result.Get<NumericMetric>(ExecutionAccuracyEvaluator.JaccardMetric).Value);
    }

    [Fact]
    public async Task A_partial_overlap_fails_and_reports_the_jaccard_and_the_missing_members()
    {
        var result = await EvaluateAsync("SELECT customer_id FROM customers WHERE state IN ('CA', 'OR')");

        var accuracy = result.Get<BooleanMetric>(ExecutionAccuracyEvaluator.ExecutionAccuracyMetric);
        Assert.False(accuracy.Value);
        Assert.Equal(0.5, result.Get<NumericMetric>(ExecutionAccuracyEvaluator.JaccardMetric).Value);
        Assert.Equal("expected 4, got 2, 2 in common (Jaccard 0.500); missing e.g. [3, 5], extra e.g. []", accuracy.Reason);
    }

    [Fact]
    public async Task Reference_sql_that_does_not_run_fails_with_an_error_diagnostic()
    {
        var result = await EvaluateAsync("SELECT customer_id FROM no_such_table");

        var accuracy = result.Get<BooleanMetric>(ExecutionAccuracyEvaluator.ExecutionAccuracyMetric);
        Assert.True(accuracy.Interpretation!.Failed);
        Assert.True(accuracy.ContainsDiagnostics(d => d.Severity == EvaluationDiagnosticSeverity.Error));
        Assert.Contains("fix reference_sql", Assert.Single(accuracy.Diagnostics!).Message, StringComparison.Ordinal);
    }

    private async Task<EvaluationResult> EvaluateAsync(string referenceSql)
    {
        var reply = Replies.Segment("C1", AgentSql, conditions: [Replies.Condition("C1", "state", Skills.Segments.ConditionOperator.In, ["CA"])]);
        var expect = new TurnExpectation { Kind = ReplyKind.Segment, ReferenceSql = referenceSql };
        return await new ExecutionAccuracyEvaluator().EvaluateAsync([], Replies.Response(reply), Replies.Contexts(expect, new WarehouseContext(Warehouse)));
    }
}
