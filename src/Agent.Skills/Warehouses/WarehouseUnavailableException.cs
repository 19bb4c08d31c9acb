namespace SegmentAI.Skills.Warehouses;

/// <summary>A warehouse is missing or cannot be reached; the message says which and what to do.</summary>
public sealed class WarehouseUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WarehouseUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public WarehouseUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
