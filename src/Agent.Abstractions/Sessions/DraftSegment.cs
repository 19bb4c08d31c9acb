using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Sessions;

/// <summary>The segment being built in a conversation, with the versions before it for undo.</summary>
/// <param name="Id">Draft id (kept when saved).</param>
/// <param name="Definition">Current definition.</param>
/// <param name="History">Earlier definitions, most recent last.</param>
/// <param name="SavedAs">Id of the saved segment this draft edits, if any.</param>
/// <param name="Request">The words that created the draft (kept with the segment pattern when it is saved).</param>
public sealed record DraftSegment(string Id, SegmentDefinition Definition, IReadOnlyList<SegmentDefinition> History, string? SavedAs = null, string? Request = null)
{
    /// <summary>The draft after a change, remembering the current definition for undo.</summary>
    public DraftSegment Change(SegmentDefinition next) => this with { Definition = next, History = [.. History, Definition] };

    /// <summary>The draft one change back, or null when there is nothing to undo.</summary>
    public DraftSegment? Undo() =>
        History.Count == 0 ? null : this with { Definition = History[^1], History = History.Take(History.Count - 1).ToList() };
}
