using System.Text.Json;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Integration.Tests.Differential;

/// <summary>The definitions of <c>Data/differential/acme-retail.json</c>, by name.</summary>
public static class DifferentialCorpus
{
    private static readonly Lazy<IReadOnlyDictionary<string, SegmentDefinition>> Definitions = new(Load);

    public static IReadOnlyDictionary<string, SegmentDefinition> All => Definitions.Value;

    public static IEnumerable<object[]> Names() => All.Keys.Select(name => new object[] { name });

    private static IReadOnlyDictionary<string, SegmentDefinition> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "differential", "acme-retail.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray()
            .Select(element => SegmentJson.Parse(element.GetRawText()))
            .ToDictionary(d => d.Name!, StringComparer.Ordinal);
    }
}
