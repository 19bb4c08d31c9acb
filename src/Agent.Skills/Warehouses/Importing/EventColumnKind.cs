namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>The kinds of event table column an import can fill, each with the .NET value written to it.</summary>
internal enum EventColumnKind
{
    /// <summary>Text (VARCHAR, text): string.</summary>
    Text,

    /// <summary>64-bit whole number (BIGINT): long.</summary>
    BigInt,

    /// <summary>32-bit whole number (INTEGER): int.</summary>
    Integer,

    /// <summary>16-bit whole number (SMALLINT): short.</summary>
    SmallInt,

    /// <summary>Floating point (DOUBLE, double precision): double.</summary>
    Double,

    /// <summary>Exact decimal (DECIMAL, numeric): decimal.</summary>
    Decimal,

    /// <summary>true or false (BOOLEAN): bool.</summary>
    Boolean,

    /// <summary>Date and time without zone, in UTC (TIMESTAMP): DateTime.</summary>
    Timestamp,

    /// <summary>Date and time with zone (TIMESTAMP WITH TIME ZONE): DateTime in UTC.</summary>
    TimestampWithZone,

    /// <summary>Calendar date (DATE): DateOnly.</summary>
    Date,
}
