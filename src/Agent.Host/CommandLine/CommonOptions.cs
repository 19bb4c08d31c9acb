using System.CommandLine;

namespace SegmentAI.Host.CommandLine;

/// <summary>Options shared by several commands, spelled the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Tenant() => new("--tenant") { Description = "Tenant id (a folder under tenants/).", Required = true };

    public static Option<string> DefinitionFile() => new("--file") { Description = "Segment definition JSON file.", Required = true };

    public static Option<string?> AsOf() => new("--as-of") { Description = "Date windows are resolved against (YYYY-MM-DD); defaults to the warehouse's as-of date." };

    public static Option<string?> Warehouse() => new("--warehouse") { Description = "DuckDB file to use instead of the tenant's configured warehouse." };
}
