using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SegmentAI.Skills.Tests.Retrieval;

/// <summary>A tenant's labelled retrieval phrases.</summary>
public sealed class LabelledSet
{
    public string Tenant { get; set; } = "";

    public List<LabelledPhrase> Phrases { get; set; } = [];

    public static IReadOnlyList<LabelledSet> LoadAll()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Data", "retrieval");
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        return Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => deserializer.Deserialize<LabelledSet>(File.ReadAllText(f)))
            .ToList();
    }
}
