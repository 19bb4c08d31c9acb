namespace SegmentAI.Evals.Optimizer;

/// <summary>Failures of one type: the same failing metric with the same class of reason, or the same feedback signal.</summary>
/// <param name="Key">The cluster key, <c>metric/reason class</c> (eval failures) or <c>feedback/signal</c>.</param>
/// <param name="Source"><c>eval</c> or <c>feedback</c>.</param>
/// <param name="Metric">The failing metric, or the feedback signal.</param>
/// <param name="ReasonClass">The reason with the case-specific details taken out.</param>
/// <param name="Items">Case ids (eval) or <c>tenant/session</c> (feedback), in the order found.</param>
internal sealed record FailureCluster(string Key, string Source, string Metric, string ReasonClass, IReadOnlyList<string> Items)
{
    /// <summary>The source of clusters of failed eval cases.</summary>
    public const string EvalSource = "eval";

    /// <summary>The source of clusters of feedback signals.</summary>
    public const string FeedbackSource = "feedback";
}
