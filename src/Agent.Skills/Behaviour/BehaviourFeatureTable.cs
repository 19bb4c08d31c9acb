namespace SegmentAI.Skills.Behaviour;

/// <summary>One row of features per user who did anything in the window, all columns in <see cref="Names"/> order.</summary>
/// <param name="Names">Feature names (snake_case, as shown to people: "revise_offer_per_session").</param>
/// <param name="Users">User ids, one per row.</param>
/// <param name="Values">Feature values, <c>Values[row][feature]</c>.</param>
internal sealed record BehaviourFeatureTable(IReadOnlyList<string> Names, IReadOnlyList<string> Users, IReadOnlyList<double[]> Values)
{
    /// <summary>The column of feature <paramref name="name"/>.</summary>
    public int IndexOf(string name) =>
        Names.ToList().IndexOf(name) is var index and >= 0 ? index : throw new ArgumentException($"no feature is called '{name}'", nameof(name));
}
