using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Conversation;

/// <summary>One turn in progress: the request, the tenant, the perceived message and the session being changed.</summary>
internal sealed class TurnContext
{
    public TurnContext(ChatRequest request, Tenant tenant, SessionState session, DateOnly asOf, Warehouse? warehouse, string? warehouseProblem)
    {
        Request = request;
        Tenant = tenant;
        Session = session;
        AsOf = asOf;
        Warehouse = warehouse;
        WarehouseProblem = warehouseProblem;
        Ambiguities = new AmbiguityLog(session.Ambiguities);
    }

    public ChatRequest Request { get; }

    public Tenant Tenant { get; }

    public DateOnly AsOf { get; }

    public Warehouse? Warehouse { get; }

    public string? WarehouseProblem { get; }

    public AmbiguityLog Ambiguities { get; }

    public SessionState Session { get; set; }

    public PerceptionResult Perception { get; set; } = null!;

    public List<AuditEntry> Audit { get; } = [];

    public int Turn => Session.NextTurn;
}
