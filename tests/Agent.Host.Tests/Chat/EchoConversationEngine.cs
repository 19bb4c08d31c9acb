using System.Collections.Concurrent;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Host.Tests.Chat;

/// <summary>
/// A stand-in engine that records every request and answers by the message's first word: "segment" gets a
/// segment card, "ask" a clarification, "fail" throws; anything else is echoed.
/// </summary>
internal sealed class EchoConversationEngine : IConversationEngine
{
    public const string Sql = "SELECT c.customer_id FROM customers c";

    private readonly ConcurrentQueue<ChatRequest> _requests = new();

    public IReadOnlyList<ChatRequest> Requests => [.. _requests];

    public Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        _requests.Enqueue(request);
        var session = request.SessionId ?? "started-by-engine";
        var reply = request.Text.Split(' ')[0] switch
        {
            "segment" => new ChatReply
            {
                Kind = ReplyKind.Segment,
                Text = $"**Baby buyers**\nCustomers who bought Baby.\n\n```sql\n{Sql};\n```",
                SessionId = session,
                Segment = Segment(),
            },
            "explain" => new ChatReply
            {
                Kind = ReplyKind.Answer,
                Text = "**Baby buyers**\nCustomers who bought Baby.\n\nLogic: `C1`\n- C1: bought Baby in the last 90 days — from your words \"buy baby products\"\n\nSize: 1,234 of 20,000 customers (6.2%).",
                SessionId = session,
                Segment = Segment(),
            },
            "ask" => new ChatReply
            {
                Kind = ReplyKind.Clarification,
                Text = "What does recent mean to you?",
                SessionId = session,
                Clarification = new ClarificationCard("recency", "What does recent mean to you?", ["last 30 days", "last 90 days"]),
            },
            "profile" => new ChatReply
            {
                Kind = ReplyKind.Answer,
                Text = "**Baby buyers** has 1,234 customers.\n\n| Home Region | Customers | Share |\n|---|---:|---:|\n| South | 800 | 64.8% |\n| West | 434 | 35.2% |",
                SessionId = session,
                Contents =
                [
                    new TextContent("**Baby buyers** has 1,234 customers."),
                    new TableContent([new TableColumn("Home Region"), new TableColumn("Customers", Numeric: true), new TableColumn("Share", Numeric: true)], [["South", "800", "64.8%"], ["West", "434", "35.2%"]]) { Title = "Baby buyers by Home Region" },
                    new ChartContent { Title = "Baby buyers by Home Region", Kind = ChartKind.Bar, Categories = ["South", "West"], Series = [new ChartSeries("Customers", [800, 434])] },
                ],
            },
            "fail" => throw new InvalidOperationException("the engine broke"),
            _ => new ChatReply { Kind = ReplyKind.Answer, Text = "echo: " + request.Text, SessionId = session },
        };
        return Task.FromResult(reply);
    }

    private static SegmentCard Segment() => new()
    {
        Id = "draft-1",
        Name = "Baby buyers",
        Status = "draft",
        Logic = "C1",
        Description = "Customers who bought Baby in the last 90 days",
        Conditions =
        [
            new ConditionCard
            {
                Id = "C1",
                SourceText = "buy baby products",
                Facet = "department_purchased",
                FacetName = "Department Purchased",
                Operator = ConditionOperator.In,
                Values = ["Baby"],
                Grounding = Grounding.Retrieved,
                Confidence = 0.9,
                Description = "bought Baby in the last 90 days",
            },
        ],
        Sql = Sql,
        EstimatedSize = 1234,
        TotalPopulation = 20000,
        Confidence = 0.9,
        Assumptions = ["No window was given; used the last 90 days."],
    };
}
