using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Skills.Classification;

namespace SegmentAI.Skills.Tests.SkillSystem;

/// <summary>The skills checked into the repository's <c>skills/</c> folder, loaded once for all tests.</summary>
internal static class RepositorySkills
{
    /// <summary>Ids of the skills the manifest makes active, in ordinal order: adding a skill folder adds it here.</summary>
    public static string[] Ids => [.. Registry.ActiveSkills().Select(s => s.SkillId).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Every active skill id, as theory data.</summary>
    public static TheoryData<string> IdData => [.. Ids];

    private static readonly Lazy<string> Root = new(Locate);
    private static readonly Lazy<SkillLibrary> LoadedLibrary = new(() => SkillLoader.Load(Folder));
    private static readonly Lazy<SkillRegistry> LoadedRegistry = new(() => new SkillRegistry(Library, SkillManifest.Load(Path.Combine(Folder, SkillManifest.FileName))));
    private static readonly Lazy<SkillIntentClassifier> TrainedClassifier = new(() =>
        SkillIntentClassifier.Train(Registry.ActiveSkills(), IntentExampleSet.Load(Path.Combine(Folder, IntentExampleSet.FileName))));

    /// <summary>The repository root (the folder holding Segmentation.sln).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The repository's skills folder.</summary>
    public static string Folder => Path.Combine(Root.Value, "skills");

    public static SkillLibrary Library => LoadedLibrary.Value;

    public static SkillRegistry Registry => LoadedRegistry.Value;

    public static SkillIntentClassifier Classifier => TrainedClassifier.Value;

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Segmentation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Segmentation.sln above {AppContext.BaseDirectory}");
    }
}
