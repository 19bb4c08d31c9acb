using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Memory.Tests.ShortTerm;

/// <summary>Sessions with everything short-term memory keeps, for round-trip tests.</summary>
public static class SampleSessions
{
    public static readonly DateOnly AsOf = new(2026, 11, 22);

    /// <summary>
    /// A session in the middle of a task: six turns, a saved draft being edited with two earlier versions (one condition
    /// with same-event filters), a pending question with options, a resolved and an open ambiguity, and an awaiting
    /// task step.
    /// </summary>
    public static SessionState Rich(string tenantId, string userId, string sessionId)
    {
        var at = new DateTimeOffset(2026, 11, 22, 9, 30, 15, 123, TimeSpan.FromHours(-6));
        var recent = new AmbiguitySlot("date_recency", "recent");
        var highValue = new AmbiguitySlot("high_value_threshold");
        AmbiguityOption[] windows = [new("30d", "the last 30 days", "30"), new("90d", "the last 90 days", "90")];
        AmbiguityOption[] thresholds = [new("ltv_1000", "lifetime value over $1,000", "lifetime_value>1000"), new("top_10", "the top 10% by spend", "top_decile")];
        var first = Definition(tenantId, [Gold()]);
        var second = Definition(tenantId, [Gold(), BabyBuyers()]);
        var current = Definition(tenantId, [Gold(), BabyBuyers(), new NotNode { Child = Churned() }]);
        return new SessionState
        {
            SessionId = sessionId,
            TenantId = tenantId,
            UserId = userId,
            Turns =
            [
                new ConversationTurn(1, "user", "gold members who bought baby products recently", null, at),
                new ConversationTurn(2, "agent", "By “recent”, do you mean the last 30 or 90 days?", ReplyKind.Clarification, at.AddSeconds(1)),
                new ConversationTurn(3, "user", "90 — and not the churned ones ☕", null, at.AddMinutes(1)),
                new ConversationTurn(4, "agent", "Here is the segment: 3 conditions.", ReplyKind.Segment, at.AddMinutes(1).AddSeconds(2)),
                new ConversationTurn(5, "user", "only the high-value ones", null, at.AddMinutes(3)),
                new ConversationTurn(6, "agent", "How should I read \"high-value\"?", ReplyKind.Clarification, at.AddMinutes(3).AddMilliseconds(450)),
            ],
            Draft = new DraftSegment("draft-7", current, [first, second], SavedAs: "seg-42"),
            Pending = new PendingClarification(highValue, thresholds, "only the high-value ones", "segment.refine"),
            Ambiguities =
            [
                new AmbiguityRecord(recent, "By “recent”, do you mean the last 30 or 90 days?", windows, windows[1], AmbiguityAction.Ask, 2),
                new AmbiguityRecord(new AmbiguitySlot("facet_choice", "baby"), null, [], new AmbiguityOption("category", "item category", "category=baby"), AmbiguityAction.Infer, 1),
                new AmbiguityRecord(highValue, "How should I read \"high-value\"?", thresholds, null, null, 6),
            ],
            TaskStep = "awaiting_answer",
        };
    }

    private static SegmentDefinition Definition(string tenantId, SegmentNode[] children) => new()
    {
        Name = "Gold baby buyers",
        Tenant = tenantId,
        AsOf = AsOf,
        Root = new AndNode { Children = children },
    };

    private static SegmentCondition Gold() => new()
    {
        Id = "C1",
        SourceText = "gold members",
        Facet = "loyalty_tier",
        Operator = ConditionOperator.In,
        Values = ["gold", "platinum"],
    };

    private static SegmentCondition BabyBuyers() => new()
    {
        Id = "C2",
        SourceText = "bought baby products recently",
        Facet = "purchase_category",
        Operator = ConditionOperator.In,
        Values = ["baby"],
        Window = TimeWindow.Trailing(90, AsOf, "in the last 90 days"),
        Frequency = new Frequency { Comparison = FrequencyComparison.AtLeast, Count = 2.5, Per = FrequencyPeriod.Month, Expression = "a few times a month" },
        Aggregate = new AggregateThreshold { Operator = ConditionOperator.Between, Values = [200.50m, 1000m], Expression = "between $200.50 and $1,000" },
        SameEvent =
        [
            new EventFilter { Facet = "purchase_channel", Operator = ConditionOperator.NotIn, Values = ["store", "pickup"], SourceText = "online" },
            new EventFilter { Facet = "single_order_total", Operator = ConditionOperator.Between, Values = ["20", "80.5"] },
        ],
        Grounding = Grounding.Inferred,
        Confidence = 0.8125,
    };

    private static OrNode Churned() => new()
    {
        Children =
        [
            new SegmentCondition { Id = "C3", SourceText = "churned", Facet = "churned", Operator = ConditionOperator.IsTrue },
            new SegmentCondition { Id = "C4", SourceText = "churned", Facet = "days_since_last_order", Operator = ConditionOperator.Gt, Values = ["180"] },
        ],
    };
}
