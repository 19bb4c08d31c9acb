namespace SegmentAI.Skills.Library;

/// <summary>Why a library operation could not be done, for callers that answer each case differently (the REST API's status codes).</summary>
public enum SegmentLibraryFailure
{
    /// <summary>The request itself is not acceptable (e.g. an empty or too long name).</summary>
    Invalid,

    /// <summary>Another segment of the tenant already has the name.</summary>
    NameTaken,

    /// <summary>The tenant has no (active) segment with the id.</summary>
    NotFound,

    /// <summary>The user's role does not allow the operation.</summary>
    Forbidden,
}
