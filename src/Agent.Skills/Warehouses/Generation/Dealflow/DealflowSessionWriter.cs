using DuckDB.NET.Data;

namespace SegmentAI.Skills.Warehouses.Generation.Dealflow;

/// <summary>
/// Appends one user's session events with a moving clock; events that would fall on or after as-of are
/// dropped so a session running past midnight of the load date is simply truncated.
/// </summary>
internal sealed class DealflowSessionWriter(DuckDBAppender appender, long userId, DateTime asOfMidnight, long firstEventId)
{
    private string _sessionId = string.Empty;

    public long NextEventId { get; private set; } = firstEventId;

    public DateTime Cursor { get; private set; }

    public void BeginSession(string sessionId, DateTime start)
    {
        _sessionId = sessionId;
        Cursor = start;
    }

    public void Emit(string eventType, long? dealId, double secondsAfterPrevious)
    {
        Cursor = Cursor.AddSeconds(Math.Round(secondsAfterPrevious));
        if (Cursor >= asOfMidnight)
        {
            return;
        }

        var row = appender.CreateRow().AppendValue(NextEventId++).AppendValue(userId).AppendValue(_sessionId).AppendValue(Cursor).AppendValue(eventType);
        if (dealId is { } id)
        {
            row.AppendValue(id);
        }
        else
        {
            row.AppendNullValue();
        }

        row.EndRow();
    }
}
