namespace SegmentAI.Skills.Tests.ConversationCases;

/// <summary>The starter eval files: <c>Data/conversations/&lt;tenant&gt;.yaml</c>, copied next to the test binaries.</summary>
public static class ConversationCaseFiles
{
    private static readonly Lazy<IReadOnlyList<ConversationCase>> Loaded = new(Load);

    /// <summary>The folder holding the case files.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Data", "conversations");

    /// <summary>Every case file, by name.</summary>
    public static IReadOnlyList<string> Paths => [.. Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal)];

    /// <summary>Every case of every file, loaded once.</summary>
    public static IReadOnlyList<ConversationCase> All => Loaded.Value;

    // Messages name the file as the repository does: Data/conversations/<tenant>.yaml under the test project.
    private static IReadOnlyList<ConversationCase> Load() =>
        [.. Paths.SelectMany(p => ConversationCaseParser.Parse(Path.GetRelativePath(AppContext.BaseDirectory, p), File.ReadAllText(p)))];
}
