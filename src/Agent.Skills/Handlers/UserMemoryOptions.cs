namespace SegmentAI.Skills.Handlers;

/// <summary>The <c>user_memory</c> skill's parameters.</summary>
internal sealed class UserMemoryOptions
{
    /// <summary>Remembered items listed before summarizing.</summary>
    public int MaxItemsListed { get; set; } = 20;
}
