namespace SegmentAI.Skills.Behaviour;

/// <summary>One row of features per user who did anything in the window, all columns in <see cref="Names"/> order.</summary>
/// <param name="Names">Feature names (snake_case, as shown to people: "revise_offer_per_session").</param>
/// <param name="Roles">Each column's role: clustering columns define the personas, descriptive ones only describe them.</param>
/// <param name="Users">User ids, one per row.</param>
/// <param name="Values">Feature values, <c>Values[row][feature]</c>; a descriptive value the user has no data for is NaN.</param>
/// <param name="DroppedOff">Whether each user dropped off by the tenant's churn proxy (the outcome personas are compared on).</param>
internal sealed record BehaviourFeatureTable(
    IReadOnlyList<string> Names, IReadOnlyList<BehaviourFeatureRole> Roles, IReadOnlyList<string> Users, IReadOnlyList<double[]> Values, IReadOnlyList<bool> DroppedOff)
{
    /// <summary>The columns that define the clusters, in column order.</summary>
    public IReadOnlyList<int> ClusteringColumns => Columns(BehaviourFeatureRole.Clustering);

    /// <summary>The columns that only describe personas, in column order.</summary>
    public IReadOnlyList<int> DescriptiveColumns => Columns(BehaviourFeatureRole.Descriptive);

    /// <summary>The column of feature <paramref name="name"/>.</summary>
    public int IndexOf(string name) =>
        Names.ToList().IndexOf(name) is var index and >= 0 ? index : throw new ArgumentException($"no feature is called '{name}'", nameof(name));

    private int[] Columns(BehaviourFeatureRole role) => Enumerable.Range(0, Roles.Count).Where(i => Roles[i] == role).ToArray();
}
