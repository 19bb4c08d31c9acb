namespace SegmentAI.Skills.Skills;

/// <summary>
/// The tools the engine can hand to a skill. A skill naming any other tool is rejected when it loads, so a typo
/// surfaces in review instead of as a procedure that silently lacks its tool.
/// </summary>
internal static class SkillTools
{
    /// <summary>Finds catalog facets and values for a phrase.</summary>
    public const string FacetSearch = "facet_search";

    /// <summary>Resolves date phrases against the tenant's calendar.</summary>
    public const string DateResolver = "date_resolver";

    /// <summary>Checks a definition against the catalog and the tenant's rules.</summary>
    public const string SegmentValidator = "segment_validator";

    /// <summary>Counts a segment on the tenant's warehouse.</summary>
    public const string SizeEstimator = "size_estimator";

    /// <summary>Compiles a definition to SQL.</summary>
    public const string SqlCompiler = "sql_compiler";

    /// <summary>Reads and writes saved segments.</summary>
    public const string SegmentStore = "segment_store";

    /// <summary>Lists facets and categories of the tenant's catalog.</summary>
    public const string CatalogBrowser = "catalog_browser";

    /// <summary>Reads, sets and forgets a user's learned meanings of vague words.</summary>
    public const string PreferenceStore = "preference_store";

    /// <summary>Reads and writes phrases users taught the agent.</summary>
    public const string VocabularyStore = "vocabulary_store";

    /// <summary>Erases a user's personal data from every memory store (right to be forgotten).</summary>
    public const string UserErasure = "user_erasure";

    /// <summary>The tools SegmentAI ships; a plug-in registers its own with <c>AddSkillTool</c>.</summary>
    public static readonly IReadOnlySet<string> BuiltIn = new HashSet<string>(StringComparer.Ordinal)
    {
        FacetSearch, DateResolver, SegmentValidator, SizeEstimator, SqlCompiler, SegmentStore, CatalogBrowser, PreferenceStore, VocabularyStore, UserErasure,
    };
}
