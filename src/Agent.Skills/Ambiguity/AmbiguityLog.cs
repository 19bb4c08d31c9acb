namespace SegmentAI.Skills.Ambiguity;

/// <summary>
/// Everything a session has asked or settled, by slot. It is what guarantees the same question is never asked
/// twice in a session, whichever step raises it.
/// </summary>
internal sealed class AmbiguityLog
{
    private readonly List<AmbiguityRecord> _records;

    /// <summary>Creates a log, optionally from stored records.</summary>
    public AmbiguityLog(IEnumerable<AmbiguityRecord>? records = null)
    {
        _records = records?.ToList() ?? [];
    }

    /// <summary>All records, oldest first.</summary>
    public IReadOnlyList<AmbiguityRecord> Records => _records;

    /// <summary>The latest record for a slot, or null.</summary>
    public AmbiguityRecord? Find(AmbiguitySlot slot) => _records.LastOrDefault(r => r.Slot == slot);

    /// <summary>The most recent question still waiting for an answer, or null.</summary>
    public AmbiguityRecord? Pending => _records.LastOrDefault() is { Question: not null, Resolution: null } last ? last : null;

    /// <summary>
    /// Drops every record of an ambiguity kind, because the user asked the agent to forget what it meant; the one
    /// case where the same question may be asked again.
    /// </summary>
    public void Forget(string kind) => _records.RemoveAll(r => r.Slot.Kind == kind);

    /// <summary>Adds or replaces the record of a slot.</summary>
    public void Put(AmbiguityRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _records.RemoveAll(r => r.Slot == record.Slot);
        _records.Add(record);
    }
}
