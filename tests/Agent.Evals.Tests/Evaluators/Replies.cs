using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Contexts;
using SegmentAI.Evals.Evaluation;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Evals.Tests.Evaluators;

/// <summary>Hand-made replies and contexts for evaluator tests, over the repository's real tenants.</summary>
internal static class Replies
{
    private static readonly Lazy<TenantDirectory> Tenants = new(() => TenantDirectory.Load(RepositoryLayout.Discover().Tenants));

    public static Tenant Acme => Tenants.Value.Get("acme-retail");

    public static ChatReply Answer(string text = "Done.", SkillReference? skill = null) =>
        new() { Kind = ReplyKind.Answer, Text = text, SessionId = "s-1", Skill = skill };

    public static ChatReply Question(string slot) =>
        new() { Kind = ReplyKind.Clarification, Text = "Which one?", SessionId = "s-1", Clarification = new ClarificationCard(slot, "Which one?", ["a", "b"]) };

    public static ChatReply Refusal(string category) =>
        new() { Kind = ReplyKind.Refusal, Text = "I can't do that.", SessionId = "s-1", Refusal = new RefusalCard("no", category) };

    public static ChatReply Segment(string logic, string sql = "SELECT customer_id FROM customers", long? size = null, IReadOnlyList<string>? assumptions = null, params ConditionCard[] conditions) =>
        new()
        {
            Kind = ReplyKind.Segment,
            Text = "Here is the segment.",
            SessionId = "s-1",
            Segment = new SegmentCard
            {
                Id = "draft-1",
                Name = "Test segment",
                Status = "draft",
                Logic = logic,
                Description = "test",
                Conditions = conditions,
                Sql = sql,
                EstimatedSize = size,
                Confidence = 1,
                Assumptions = assumptions ?? [],
            },
        };

    public static ConditionCard Condition(string id, string facet, ConditionOperator op, string[] values, Grounding grounding = Grounding.Retrieved) =>
        new()
        {
            Id = id,
            SourceText = facet,
            Facet = facet,
            FacetName = facet,
            Operator = op,
            Values = values,
            Grounding = grounding,
            Confidence = 1,
            Description = facet,
        };

    public static AgentReplyContext Response(ChatReply reply) => new(reply, TimeSpan.FromMilliseconds(5));

    public static List<EvaluationContext> Contexts(TurnExpectation expectation, params EvaluationContext[] more) =>
        [new ExpectationContext(expectation), new TenantContext(Acme), .. more];

    public static ExpectedCondition Expected(string facet, ConditionOperator op, params string[] values) =>
        new(facet, op, values, null, null, null, false, 1);
}
