using SegmentAI.Skills.Segments;

namespace SegmentAI.Evals.Suites;

/// <summary>A filter an expected condition must hold on the same event (an order that was online and over $150).</summary>
/// <param name="Facet">Facet id of the tenant's catalog.</param>
/// <param name="Operator">The operator.</param>
/// <param name="Values">The values; empty for booleans.</param>
public sealed record ExpectedEventFilter(string Facet, ConditionOperator Operator, IReadOnlyList<string> Values);
