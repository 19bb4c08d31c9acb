namespace SegmentAI.Skills.Privacy;

/// <summary>
/// A store holding personal data of users. A right-to-be-forgotten request runs every registered eraser:
/// preferences, vocabulary and sessions are deleted; audit and log rows keep their counts but lose their
/// personal fields.
/// </summary>
public interface IPersonalDataEraser
{
    /// <summary>Removes what this store holds about the user in the tenant, in one transaction, and says what it removed.</summary>
    Task<ErasureReport> EraseUserAsync(string tenantId, string userId, CancellationToken cancellationToken = default);
}
