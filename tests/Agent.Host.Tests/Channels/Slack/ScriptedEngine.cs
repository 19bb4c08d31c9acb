using System.Collections.Concurrent;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Host.Tests.Channels.Slack;

/// <summary>
/// A stand-in engine that records every request and answers by the message's first word: "segment" gets a segment
/// card full of characters Slack must have escaped (&amp;, &lt;, &gt;), "ask" a clarification, "long" a segment whose
/// SQL is longer than a Slack section may be; anything else is echoed. While <see cref="Gate"/> is closed every turn
/// waits for it, so a test can see what happens while the engine is busy.
/// </summary>
internal sealed class ScriptedEngine : IConversationEngine
{
    public const string Name = "Home & Garden <VIP> shoppers";

    private readonly ConcurrentQueue<ChatRequest> _requests = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _gate;

    public IReadOnlyList<ChatRequest> Requests => [.. _requests];

    /// <summary>Completes when the first turn has reached the engine.</summary>
    public Task Started => _started.Task;

    /// <summary>Makes turns wait until <see cref="Release"/>.</summary>
    public void Close() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate?.TrySetResult();

    public async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        _requests.Enqueue(request);
        _started.TrySetResult();
        if (_gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        var session = request.SessionId ?? "started-by-engine";
        return request.Text.Split(' ')[0] switch
        {
            "segment" => new ChatReply { Kind = ReplyKind.Segment, Text = $"**{Name}**", SessionId = session, Segment = Segment("SELECT c.customer_id FROM customers c WHERE c.total_spend > 500 AND c.returns < 3") },
            "long" => new ChatReply { Kind = ReplyKind.Segment, Text = "**long**", SessionId = session, Segment = Segment("SELECT c.customer_id FROM customers c WHERE " + string.Join(" OR ", Enumerable.Range(0, 400).Select(i => $"c.score_{i} > {i}"))) },
            "ask" => new ChatReply
            {
                Kind = ReplyKind.Clarification,
                Text = "What does recent mean to you?\n1. the last 30 days\n2. the last 90 days",
                SessionId = session,
                Clarification = new ClarificationCard("recency", "What does \"recent\" mean to you?", ["the last 30 days", "the last 90 days"]),
            },
            "profile" => Profile(session),
            _ => new ChatReply { Kind = ReplyKind.Answer, Text = "echo: " + request.Text, SessionId = session },
        };
    }

    /// <summary>A breakdown: its numbers in the text, a table and a bar chart in its contents.</summary>
    public static ChatReply Profile(string session) => new()
    {
        Kind = ReplyKind.Answer,
        Text = "**Gold members** has 888 customers.\n\n| Home Region | Customers | Share |\n|---|---:|---:|\n| South | 320 | 36.0% |\n| West | 568 | 64.0% |",
        SessionId = session,
        Contents =
        [
            new TextContent("**Gold members** has 888 customers."),
            new TableContent([new TableColumn("Home Region"), new TableColumn("Customers", Numeric: true), new TableColumn("Share", Numeric: true)], [["South", "320", "36.0%"], ["West", "568", "64.0%"]]) { Title = "Gold members by Home Region" },
            new ChartContent { Title = "Gold members by Home Region", Kind = ChartKind.Bar, Categories = ["South", "West"], Series = [new ChartSeries("Customers", [320, 568])], XLabel = "Home Region", YLabel = "Customers", Unit = "customers" },
        ],
    };

    private static SegmentCard Segment(string sql) => new()
    {
        Id = "draft-1",
        Name = Name,
        Status = "draft",
        Logic = "C1 AND C2",
        Description = "Customers who bought Home & Garden with orders > $500",
        Conditions =
        [
            new ConditionCard
            {
                Id = "C1",
                SourceText = "home & garden",
                Facet = "department_purchased",
                FacetName = "Department Purchased",
                Operator = ConditionOperator.In,
                Values = ["Home & Garden"],
                Grounding = Grounding.Retrieved,
                Confidence = 0.9,
                Description = "bought Home & Garden in the last 90 days",
            },
            new ConditionCard
            {
                Id = "C2",
                SourceText = "orders > $500",
                Facet = "single_order_total",
                FacetName = "Single Order Total",
                Operator = ConditionOperator.Gt,
                Values = ["500"],
                Grounding = Grounding.Inferred,
                Confidence = 0.7,
                Description = "an order of more than $500 <in one basket>",
            },
        ],
        Sql = sql,
        EstimatedSize = 1234,
        TotalPopulation = 20000,
        Confidence = 0.7,
        Assumptions = ["No window was given; used the last 90 days."],
    };
}
