namespace SegmentAI.Skills.Tests.Behaviour;

/// <summary>
/// Data the clustering was never tuned on: another seed, twice the users and a 30-day window. Its numbers are
/// reported beside the demo data's; nothing is changed to make them pass.
/// </summary>
public sealed class DealflowHoldoutFixture : DealflowBehaviourFixture
{
    public DealflowHoldoutFixture()
        : base(2_000, 30, 7)
    {
    }
}
