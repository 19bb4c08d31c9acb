using System.Globalization;

namespace SegmentAI.Evals.Optimizer;

/// <summary>
/// Tunes <c>facet_acceptance_threshold</c>. Replies that asked where a segment was expected, and expected conditions
/// that are missing, say the threshold turns good facet matches away: lower it. Segments where a question was
/// expected, and unexpected conditions, say it lets weak matches in: raise it. The larger side wins. Candidates are,
/// in order: the values other loaded versions use on that side (the last known-good setting first), then steps of
/// 0.1 from the live value, kept within the parameter's bounds.
/// </summary>
internal sealed class ParameterProposer : ICandidateProposer
{
    /// <summary>The tuned parameter.</summary>
    public const string Parameter = "facet_acceptance_threshold";

    private const double Step = 0.1;

    /// <inheritdoc />
    public string Name => "parameters";

    /// <inheritdoc />
    public Task<IReadOnlyList<CandidateChange>> ProposeAsync(ProposalContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Live.Parameters.TryGetValue(Parameter, out var parameter) || parameter.Default is not double current)
        {
            return Task.FromResult<IReadOnlyList<CandidateChange>>([]);
        }

        var lower = context.Clusters.Where(c => SaysLower(c)).Sum(c => c.Items.Count);
        var higher = context.Clusters.Where(c => SaysHigher(c)).Sum(c => c.Items.Count);
        if (lower == higher)
        {
            return Task.FromResult<IReadOnlyList<CandidateChange>>([]);
        }

        var direction = lower > higher ? -1 : 1;
        var minimum = parameter.Minimum ?? 0.05;
        var maximum = parameter.Maximum ?? 0.99;
        var known = context.Others
            .Select(s => s.Parameters.TryGetValue(Parameter, out var p) && p.Default is double value ? value : double.NaN)
            .Where(v => !double.IsNaN(v) && Math.Sign(v - current) == direction)
            .Reverse();
        var steps = Enumerable.Range(1, context.Count).Select(i => Math.Round(current + (direction * Step * i), 2));
        var values = known.Concat(steps)
            .Where(v => v >= minimum && v <= maximum)
            .Distinct()
            .Take(context.Count);
        var changes = new List<CandidateChange>();
        foreach (var value in values)
        {
            if (SkillText.WithParameterDefault(context.LiveText, Parameter, value) is { } text)
            {
                changes.Add(new CandidateChange(Name, string.Create(CultureInfo.InvariantCulture, $"{Parameter} {current:0.0#} -> {value:0.0#}"), text));
            }
        }

        return Task.FromResult<IReadOnlyList<CandidateChange>>(changes);
    }

    private static bool SaysLower(FailureCluster cluster) =>
        cluster.Source == FailureCluster.EvalSource
        && (cluster.ReasonClass.StartsWith("expected segment, got clarification", StringComparison.Ordinal)
            || cluster.ReasonClass.StartsWith("missing facet", StringComparison.Ordinal)
            || cluster.Metric == "no_question");

    private static bool SaysHigher(FailureCluster cluster) =>
        cluster.Source == FailureCluster.EvalSource
        && (cluster.ReasonClass.StartsWith("expected clarification, got segment", StringComparison.Ordinal)
            || cluster.ReasonClass.StartsWith("unexpected facet", StringComparison.Ordinal));
}
