using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Contexts;
using SegmentAI.Evals.Evaluation;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Evals.Evaluators;

/// <summary>
/// Checks the segment a reply shows is a valid definition: it rebuilds from the card, survives the JSON schema round
/// trip, and passes the segment validator against the tenant's catalog.
/// </summary>
internal sealed class SchemaValidityEvaluator : IEvaluator
{
    /// <summary>The segment definition is valid.</summary>
    public const string SchemaValidMetric = "schema_valid";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [SchemaValidMetric];

    /// <inheritdoc />
    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var response = AgentReplyContext.From(additionalContext);
        var metric = new BooleanMetric(SchemaValidMetric);
        if (response.Reply.Segment is not { } card)
        {
            return Result(MetricVerdict.NotApplicable(metric, "the reply shows no segment"));
        }

        if (EvaluationContexts.Find<TenantContext>(additionalContext)?.Tenant is not { } tenant)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Error("no tenant context: pass a TenantContext to validate against the catalog"));
            return Result(MetricVerdict.Fail(metric, "cannot validate without the tenant"));
        }

        try
        {
            var definition = SegmentJson.Parse(SegmentJson.Serialize(SegmentCardDefinition.From(card)));
            SegmentValidator.Validate(definition, tenant);
            metric.Value = true;
            return Result(MetricVerdict.Pass(metric, $"valid definition with {definition.Conditions().Count} condition(s)"));
        }
        catch (Exception ex) when (ex is SegmentValidationException or FormatException)
        {
            metric.Value = false;
            var why = ex is SegmentValidationException invalid ? string.Join("; ", invalid.Issues) : ex.Message;
            return Result(MetricVerdict.Fail(metric, $"invalid segment definition: {why}"));
        }
    }

    private static ValueTask<EvaluationResult> Result(EvaluationMetric metric) => ValueTask.FromResult(new EvaluationResult(metric));
}
