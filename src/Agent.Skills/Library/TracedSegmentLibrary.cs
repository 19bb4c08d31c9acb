using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Telemetry;

namespace SegmentAI.Skills.Library;

/// <summary>
/// A segment library whose every operation is a tool span (<c>library.save</c>, <c>library.get</c>, ...), whatever
/// store is behind it; the engine wraps the library it is given in one.
/// </summary>
internal sealed class TracedSegmentLibrary(ISegmentLibrary inner) : ISegmentLibrary
{
    public Task<SavedSegment> SaveAsync(string tenantId, string ownerId, string name, SegmentDefinition definition, SegmentOrigin? origin = null, CancellationToken cancellationToken = default) =>
        TraceAsync("library.save", tenantId, () => inner.SaveAsync(tenantId, ownerId, name, definition, origin, cancellationToken));

    public Task<SavedSegment> UpdateAsync(string tenantId, string segmentId, SegmentDefinition definition, string changedBy, SegmentOrigin? origin = null, CancellationToken cancellationToken = default) =>
        TraceAsync("library.update", tenantId, () => inner.UpdateAsync(tenantId, segmentId, definition, changedBy, origin, cancellationToken));

    public Task<SavedSegment> RenameAsync(string tenantId, string segmentId, string newName, string changedBy, CancellationToken cancellationToken = default) =>
        TraceAsync("library.rename", tenantId, () => inner.RenameAsync(tenantId, segmentId, newName, changedBy, cancellationToken));

    public Task<SavedSegment> DuplicateAsync(string tenantId, string segmentId, string newName, string ownerId, CancellationToken cancellationToken = default) =>
        TraceAsync("library.duplicate", tenantId, () => inner.DuplicateAsync(tenantId, segmentId, newName, ownerId, cancellationToken));

    public Task<bool> DeleteAsync(string tenantId, string segmentId, string changedBy, CancellationToken cancellationToken = default) =>
        TraceAsync("library.delete", tenantId, () => inner.DeleteAsync(tenantId, segmentId, changedBy, cancellationToken));

    public Task<SavedSegment?> GetAsync(string tenantId, string segmentId, CancellationToken cancellationToken = default) =>
        TraceAsync("library.get", tenantId, () => inner.GetAsync(tenantId, segmentId, cancellationToken));

    public Task<SavedSegment?> FindByNameAsync(string tenantId, string name, CancellationToken cancellationToken = default) =>
        TraceAsync("library.find_by_name", tenantId, () => inner.FindByNameAsync(tenantId, name, cancellationToken));

    public Task<IReadOnlyList<SavedSegment>> HistoryAsync(string tenantId, string segmentId, CancellationToken cancellationToken = default) =>
        TraceAsync("library.history", tenantId, () => inner.HistoryAsync(tenantId, segmentId, cancellationToken));

    public Task<IReadOnlyList<SavedSegment>> ListAsync(string tenantId, CancellationToken cancellationToken = default) =>
        TraceAsync("library.list", tenantId, () => inner.ListAsync(tenantId, cancellationToken));

    // Without a listener the call goes straight through: no span, no extra state machine.
    private static Task<T> TraceAsync<T>(string tool, string tenantId, Func<Task<T>> operation) =>
        SegmentTelemetry.Source.HasListeners() ? TracedAsync(tool, tenantId, operation) : operation();

    private static async Task<T> TracedAsync<T>(string tool, string tenantId, Func<Task<T>> operation)
    {
        using var activity = SegmentTelemetry.StartTool(tool, tenantId);
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            SegmentTelemetry.Fail(activity, ex);
            throw;
        }
    }
}
