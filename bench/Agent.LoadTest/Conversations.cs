namespace SegmentAI.LoadTest;

/// <summary>
/// What the simulated marketers say, on the demo tenant: a segment built, refined and explained, and one reached
/// through two clarifications (asked once per user: later conversations reuse what the user answered). Each user alternates between them, each conversation in a new session.
/// </summary>
internal static class Conversations
{
    public const string Tenant = "acme-retail";

    public static readonly IReadOnlyList<string> Users =
        ["alice.admin@acme", "marco.marketer@acme", "priya.marketer@acme", "deshawn.marketer@acme"];

    public static readonly IReadOnlyList<IReadOnlyList<ScriptedTurn>> Scripts =
    [
        [
            new("customers who bought baby products in the last {days} days", "segment"),
            new("only gold members", "segment"),
            new("explain it", "answer"),
        ],
        [
            new("customers who spent a lot recently", "clarification", "segment"),
            new("the last 30 days", "clarification", "segment"),
            new("more than $200 in a single transaction", "segment"),
        ],
    ];
}
