using System.CommandLine;

namespace SegmentAI.Host.CommandLine;

/// <summary><c>data generate</c>: build a tenant's demo warehouse.</summary>
internal static class DataCommands
{
    public static Command Build()
    {
        var data = new Command("data", "Generate demo warehouses.");
        return data;
    }
}
