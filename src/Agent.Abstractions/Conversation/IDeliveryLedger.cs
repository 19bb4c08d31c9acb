namespace SegmentAI.Skills.Conversation;

/// <summary>
/// Short-term memory of the channel deliveries already taken, so a message Teams or Slack delivers twice (a retry
/// after a slow acknowledgement, a network replay) is answered once. A delivery is identified by the channel, the
/// workspace it came from and the channel's own message or event id.
/// </summary>
public interface IDeliveryLedger
{
    /// <summary>
    /// Records the delivery and returns true when it is the first one seen within <paramref name="window"/>; false for
    /// a duplicate. Check and record are one atomic step, so of two copies arriving together exactly one wins.
    /// </summary>
    Task<bool> TryTakeAsync(string channel, string workspace, string deliveryId, TimeSpan window, CancellationToken cancellationToken = default);

    /// <summary>Forgets a delivery that could not be handled, so the channel's retry of it is handled instead of dropped.</summary>
    Task ReleaseAsync(string channel, string workspace, string deliveryId, CancellationToken cancellationToken = default);
}
