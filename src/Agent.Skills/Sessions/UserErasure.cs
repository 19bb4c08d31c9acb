using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Privacy;
using SegmentAI.Skills.Promotion;

namespace SegmentAI.Skills.Sessions;

/// <summary>
/// Right to be forgotten: runs every eraser once — those registered on their own (a SQL back end erases all its
/// tables in one transaction) and every memory store that is one — and adds up what they removed.
/// </summary>
public sealed class UserErasure
{
    private readonly IReadOnlyList<IPersonalDataEraser> _erasers;

    /// <summary>Creates the erasure over the registered erasers and stores.</summary>
    public UserErasure(
        IEnumerable<IPersonalDataEraser> erasers,
        ISessionStore sessions,
        IUserPreferenceSource preferences,
        ISegmentLibrary library,
        IVocabularyStore vocabulary,
        IInteractionLog log,
        IFeedbackStore feedback,
        ISegmentPatternStore patterns,
        IShadowReviewQueue? reviews = null)
    {
        ArgumentNullException.ThrowIfNull(erasers);
        object?[] stores = [sessions, preferences, library, vocabulary, log, feedback, patterns, reviews];
        _erasers = erasers.Concat(stores.OfType<IPersonalDataEraser>()).Distinct(ReferenceEqualityComparer.Instance).Cast<IPersonalDataEraser>().ToList();
    }

    /// <summary>Erases the user from every store; the report lists what each kind of record lost.</summary>
    public async Task<ErasureReport> EraseUserAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var report = ErasureReport.Empty;
        foreach (var eraser in _erasers)
        {
            report = report.Plus(await eraser.EraseUserAsync(tenantId, userId, cancellationToken).ConfigureAwait(false));
        }

        return report;
    }
}
