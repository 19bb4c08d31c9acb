using SegmentAI.Skills.Estimation;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Chat;

/// <summary>Turns a compiled segment (and its estimate) into the card every channel renders.</summary>
public static class SegmentCardBuilder
{
    /// <summary>Confidence below which a segment is marked for human review.</summary>
    public const double HumanReviewConfidence = 0.5;

    /// <summary>
    /// Builds the card; the segment's confidence is its least confident condition, and below
    /// <paramref name="reviewBelow"/> (the skill's <c>human_review_confidence</c>) it is marked for human review.
    /// </summary>
    public static SegmentCard Build(
        string id, CompiledSegment compiled, Tenant tenant, SizeEstimate? estimate, IReadOnlyList<string> extraAssumptions, bool saved = false, double reviewBelow = HumanReviewConfidence)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(extraAssumptions);
        var conditions = compiled.Definition.Conditions().Select(c => Card(c, tenant)).ToList();
        var confidence = conditions.Count == 0 ? 0 : conditions.Min(c => c.Confidence);
        var status = confidence < reviewBelow ? "needs_review" : saved ? "saved" : "draft";
        var assumptions = extraAssumptions.Concat(compiled.Assumptions).ToList();
        if (estimate?.LimitWarning is { } warning)
        {
            assumptions.Add(warning);
        }

        return new SegmentCard
        {
            Id = id,
            Name = compiled.Definition.Name ?? "Untitled segment",
            Status = status,
            Logic = compiled.Logic,
            Description = compiled.Description,
            Conditions = conditions,
            Sql = compiled.DisplaySql,
            EstimatedSize = estimate?.Size,
            TotalPopulation = estimate?.Population,
            Confidence = Math.Round(confidence, 3),
            Assumptions = assumptions,
        };
    }

    private static ConditionCard Card(SegmentCondition condition, Tenant tenant)
    {
        var facet = tenant.Catalog.Find(condition.Facet)!;
        return new ConditionCard
        {
            Id = condition.Id!,
            SourceText = condition.SourceText,
            Facet = facet.Id,
            FacetName = facet.Name,
            Operator = condition.Operator,
            Values = condition.Values,
            Window = condition.Window is { } w ? new WindowCard(w.Start, w.End, w.Expression ?? "default window") : null,
            Frequency = condition.Frequency,
            Aggregate = condition.Aggregate,
            SameEvent = (condition.SameEvent ?? []).Select(f => new EventFilterCard
            {
                Facet = f.Facet,
                FacetName = tenant.Catalog.Find(f.Facet)?.Name ?? f.Facet,
                Operator = f.Operator,
                Values = f.Values,
                SourceText = f.SourceText,
            }).ToList(),
            Grounding = condition.Grounding,
            Confidence = Math.Round(condition.Confidence, 3),
            Description = SegmentDescriber.DescribeCondition(condition, facet, tenant.Catalog, tenant.FiscalCalendar),
        };
    }
}
