using SegmentAI.Skills.Chat;

namespace SegmentAI.Skills.Behaviour;

/// <summary>The dashboard's views of all personas: the same contents the chat answers the matching question with.</summary>
/// <param name="Overview">Persona table, PCA map and drop-off bars ("what kinds of users do we have?").</param>
/// <param name="DropOff">Personas by drop-off rate with intervals ("which users drop off the most?").</param>
/// <param name="RetentionNDay">N-day retention, survival curves and the log-rank test ("show retention by persona").</param>
/// <param name="RetentionUnbounded">Unbounded (on or after) retention with the same curves and test.</param>
/// <param name="Experiments">Experiment cards for every persona.</param>
public sealed record PersonaDashboardViews(
    IReadOnlyList<ReplyContent> Overview,
    IReadOnlyList<ReplyContent> DropOff,
    IReadOnlyList<ReplyContent> RetentionNDay,
    IReadOnlyList<ReplyContent> RetentionUnbounded,
    IReadOnlyList<ReplyContent> Experiments);
