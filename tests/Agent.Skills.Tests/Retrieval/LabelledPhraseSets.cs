using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SegmentAI.Skills.Tests.Retrieval;

/// <summary>The embedder comparison set (Retrieval/LabelledPhrases.yaml): labelled phrases of every tenant in one file.</summary>
public sealed class LabelledPhraseSets
{
    public List<LabelledSet> Sets { get; set; } = [];

    public static IReadOnlyList<LabelledSet> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Retrieval", "LabelledPhrases.yaml");
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        return deserializer.Deserialize<LabelledPhraseSets>(File.ReadAllText(path)).Sets;
    }
}
