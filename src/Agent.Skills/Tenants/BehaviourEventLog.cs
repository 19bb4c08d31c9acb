namespace SegmentAI.Skills.Tenants;

/// <summary>
/// Where a tenant's product events are and what they mean: the table and its columns, how sessions are cut, which
/// event ends a journey badly and after how many idle days someone counts as gone, which event types are the steps
/// whose rates describe how people work, the key steps of a journey, and the events that mark its outcomes.
/// </summary>
public sealed record BehaviourEventLog
{
    /// <summary>The events table.</summary>
    public required string Table { get; init; }

    /// <summary>The column naming who did it.</summary>
    public required string UserColumn { get; init; }

    /// <summary>The column saying when.</summary>
    public required string TimestampColumn { get; init; }

    /// <summary>The column saying what.</summary>
    public required string TypeColumn { get; init; }

    /// <summary>The column grouping events into sessions; when null, a gap of inactivity starts a new session.</summary>
    public string? SessionColumn { get; init; }

    /// <summary>Inactivity that ends a session when there is no session column (30 minutes, the web analytics convention).</summary>
    public TimeSpan SessionGap { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The event type that marks giving up on a journey ("drop_off"); null when the log has none.</summary>
    public string? DropOffEvent { get; init; }

    /// <summary>Event types counted per session (revisions, offers, views): the steps that tell ways of working apart.</summary>
    public IReadOnlyList<string> StepEvents { get; init; } = [];

    /// <summary>
    /// The churn proxy's N: a user whose last event is at least this many days before the window's end has dropped
    /// off even without a drop-off event.
    /// </summary>
    public int InactiveDays { get; init; } = 14;

    /// <summary>
    /// The milestones of a journey in order (create_term_sheet, send_offer, accept): the median time from each to the
    /// next describes how fast people move through it. Empty, or at least two distinct event types.
    /// </summary>
    public IReadOnlyList<string> KeySteps { get; init; } = [];

    /// <summary>The outcome events whose rates per offer describe how negotiations end; null when not declared.</summary>
    public BehaviourOutcomes? Outcomes { get; init; }
}
