namespace SegmentAI.Skills.Ambiguity;

/// <summary>Where the resolver looks up what a user meant last time (long-term memory).</summary>
public interface IUserPreferenceSource
{
    /// <summary>The user's preference for an ambiguity kind, or null.</summary>
    Task<UserPreference?> FindAsync(string tenantId, string userId, string kind, CancellationToken cancellationToken = default);

    /// <summary>Records an answer the user gave, so it can be reused in later sessions.</summary>
    Task LearnAsync(string tenantId, string userId, string kind, AmbiguityOption option, string source, CancellationToken cancellationToken = default);
}
