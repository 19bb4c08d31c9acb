using System.Text.Json.Serialization;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Evals.Suites;

/// <summary>
/// One condition a segment reply must hold. Values are the facet's catalog values (or numbers, or dates);
/// a null window is not checked, a null frequency or aggregate must be absent, and the same-event filters must be
/// exactly those of the actual condition (none when null).
/// </summary>
/// <param name="Facet">Facet id of the tenant's catalog.</param>
/// <param name="Operator">The operator.</param>
/// <param name="Values">The values; empty for booleans and <c>within</c>.</param>
/// <param name="Window">Half-open window, or null when not checked (usually the tenant default).</param>
/// <param name="Frequency">Required frequency, or null when the condition has none.</param>
/// <param name="Aggregate">Required amount threshold, or null when the condition has none.</param>
/// <param name="Negated">True when the condition sits under NOT.</param>
/// <param name="Line">1-based line of the condition.</param>
public sealed record ExpectedCondition(
    string Facet,
    ConditionOperator Operator,
    IReadOnlyList<string> Values,
    TimeWindow? Window,
    Frequency? Frequency,
    AggregateThreshold? Aggregate,
    bool Negated,
    int Line)
{
    /// <summary>Filters the condition must hold on the same event, order-insensitive; null when it must have none.</summary>
    /// <remarks>Left out of JSON when null, so the fingerprints of frozen cases written before it stay the same.</remarks>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ExpectedEventFilter>? SameEvent { get; init; }
}
