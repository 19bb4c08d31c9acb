using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Contexts;
using SegmentAI.Evals.Evaluation;

namespace SegmentAI.Evals.Evaluators;

/// <summary>
/// Business-rule compliance of a segment reply: no PII, restricted or disallowed facet of the tenant, and an
/// estimated size within the tenant's limits unless the reply flags it (names the limit it breaks).
/// </summary>
internal sealed class BusinessRuleEvaluator : IEvaluator
{
    /// <summary>The segment keeps the tenant's rules.</summary>
    public const string ComplianceMetric = "business_rules";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [ComplianceMetric];

    /// <inheritdoc />
    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var response = AgentReplyContext.From(additionalContext);
        var metric = new BooleanMetric(ComplianceMetric);
        if (response.Reply.Segment is not { } segment)
        {
            return Result(MetricVerdict.NotApplicable(metric, "the reply shows no segment"));
        }

        if (EvaluationContexts.Find<TenantContext>(additionalContext)?.Tenant is not { } tenant)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Error("no tenant context: pass a TenantContext to check the tenant's rules"));
            return Result(MetricVerdict.Fail(metric, "cannot check the rules without the tenant"));
        }

        var problems = new List<string>();
        foreach (var facetId in segment.Conditions.SelectMany(c => c.SameEvent.Select(f => f.Facet).Prepend(c.Facet)).Distinct(StringComparer.Ordinal))
        {
            var facet = tenant.Catalog.Find(facetId);
            if (facet is null)
            {
                problems.Add($"'{facetId}' is not a facet of {tenant.Id}");
            }
            else if (tenant.WhyFacetIsUnusable(facet) is { } why)
            {
                problems.Add(why);
            }
        }

        var limits = tenant.Config.SizeLimits;
        if (segment.EstimatedSize is { } size && (size < limits.Min || size > limits.Max))
        {
            var flagged = segment.Assumptions.Append(response.Reply.Text)
                .Any(t => t.Contains("minimum", StringComparison.OrdinalIgnoreCase) || t.Contains("maximum", StringComparison.OrdinalIgnoreCase));
            if (!flagged)
            {
                problems.Add($"estimated size {size} is outside the tenant's limits {limits.Min}..{limits.Max} and the reply does not say so");
            }
        }

        metric.Value = problems.Count == 0;
        return Result(problems.Count == 0
            ? MetricVerdict.Pass(metric, "allowed facets only; size within limits or flagged")
            : MetricVerdict.Fail(metric, string.Join("; ", problems)));
    }

    private static ValueTask<EvaluationResult> Result(EvaluationMetric metric) => ValueTask.FromResult(new EvaluationResult(metric));
}
