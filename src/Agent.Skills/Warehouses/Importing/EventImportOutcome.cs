namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>What became of an imported file.</summary>
public enum EventImportOutcome
{
    /// <summary>Its good rows were written, in one transaction.</summary>
    Imported,

    /// <summary>A file with the same content was imported before; nothing was written.</summary>
    AlreadyImported,

    /// <summary>Too many of its rows were bad (or it held none); nothing was written.</summary>
    Rejected,
}
