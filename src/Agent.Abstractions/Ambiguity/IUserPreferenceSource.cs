namespace SegmentAI.Skills.Ambiguity;

/// <summary>Where the resolver looks up what a user meant last time (long-term memory), and where the user manages it.</summary>
public interface IUserPreferenceSource
{
    /// <summary>The user's preference for an ambiguity kind, or null.</summary>
    Task<UserPreference?> FindAsync(string tenantId, string userId, string kind, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records an answer the user gave, so it can be reused in later sessions; confidence follows
    /// <c>PreferenceLearning.Update</c> atomically (two concurrent answers both count).
    /// </summary>
    Task LearnAsync(string tenantId, string userId, string kind, AmbiguityOption option, string source, CancellationToken cancellationToken = default);

    /// <summary>Stores a meaning the user stated outright ("by high value I mean over $500"), replacing any learned one.</summary>
    Task SetAsync(string tenantId, string userId, string kind, AmbiguityOption option, string source, CancellationToken cancellationToken = default);

    /// <summary>All of the user's preferences, by kind.</summary>
    Task<IReadOnlyList<UserPreference>> ListAsync(string tenantId, string userId, CancellationToken cancellationToken = default);

    /// <summary>Forgets one preference; false when there was none.</summary>
    Task<bool> ForgetAsync(string tenantId, string userId, string kind, CancellationToken cancellationToken = default);
}
