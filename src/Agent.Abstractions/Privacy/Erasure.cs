namespace SegmentAI.Skills.Privacy;

/// <summary>What every store leaves behind when a user is forgotten, and the names its reports use.</summary>
public static class Erasure
{
    /// <summary>User id left on log rows whose user was forgotten.</summary>
    public const string ErasedUser = "(erased)";

    /// <summary>Text left in place of an erased message or comment.</summary>
    public const string ErasedText = "(erased)";

    /// <summary>Report key: learned preferences deleted.</summary>
    public const string Preferences = "preferences";

    /// <summary>Report key: personal vocabulary deleted.</summary>
    public const string Vocabulary = "vocabulary";

    /// <summary>Report key: short-term sessions deleted.</summary>
    public const string Sessions = "sessions";

    /// <summary>Report key: query log and audit rows whose user and text were removed.</summary>
    public const string QueryLog = "query_log_anonymized";

    /// <summary>Report key: error-pattern examples removed.</summary>
    public const string ErrorExamples = "error_examples_anonymized";

    /// <summary>Report key: feedback rows whose user and comment were removed.</summary>
    public const string Feedback = "feedback_anonymized";

    /// <summary>Report key: segment patterns whose author and request wording were removed.</summary>
    public const string Patterns = "segment_patterns_anonymized";

    /// <summary>Report key: shadow-review items whose user and production query were removed.</summary>
    public const string ShadowReviews = "shadow_reviews_anonymized";

    /// <summary>Report key: saved segments whose owner was removed (the segments stay: they belong to the tenant).</summary>
    public const string SegmentOwners = "saved_segment_owners_anonymized";
}
