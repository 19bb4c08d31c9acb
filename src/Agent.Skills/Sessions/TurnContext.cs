using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Sessions;

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
        Turn = session.NextTurn;
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

    /// <summary>What the turn did, as typed records (retrieved facets, model calls).</summary>
    public TurnTrace Trace { get; } = new();

    /// <summary>Assumptions made before planning (a taught phrase expanded), shown with the segment.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Implicit feedback the turn produced, recorded after the turn is saved.</summary>
    public List<Memory.FeedbackRecord> Signals { get; } = [];

    /// <summary>The intent the turn was routed by.</summary>
    public Intent? RoutedIntent { get; set; }

    /// <summary>Number of the user's message in the session, fixed when the turn starts.</summary>
    public int Turn { get; }

    /// <summary>
    /// The message as memory keeps it (session turns, query log): a message over the length limit was never read, so
    /// only its start, within the limit, is kept with a note of its length.
    /// </summary>
    public string StoredText
    {
        get
        {
            var text = Request.Text ?? "";
            if (Perception?.TooLong is { } tooLong)
            {
                return RejectedMessage.Excerpt(text, tooLong);
            }

            // A turn that failed before perception read the message still never stores more than the default limit.
            return Perception is null && text.Length > MessageNormalizer.DefaultMaxLength
                ? RejectedMessage.Excerpt(text, new MessageTooLong(text.Length, MessageNormalizer.DefaultMaxLength))
                : text;
        }
    }
}
