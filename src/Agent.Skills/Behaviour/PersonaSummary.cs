namespace SegmentAI.Skills.Behaviour;

/// <summary>One persona as channels and the command line show it.</summary>
/// <param name="Name">Its name, from its two most distinctive traits.</param>
/// <param name="Users">Its users.</param>
/// <param name="Share">Its share of the users analysed.</param>
/// <param name="DropOffRate">Its users who dropped off, as a share.</param>
/// <param name="DropOffLow">Lower end of the 95 % Wilson interval of that share.</param>
/// <param name="DropOffHigh">Upper end of that interval.</param>
/// <param name="Traits">Its three most distinctive traits in words ("revise_offer_per_session 3.53 vs 1.2 overall").</param>
public sealed record PersonaSummary(string Name, int Users, double Share, double DropOffRate, double DropOffLow, double DropOffHigh, IReadOnlyList<string> Traits)
{
    /// <summary>
    /// Its three most distinctive descriptive features in words ("acceptance_rate 12 % vs 40 % overall"): outcomes and
    /// step times that set it apart without having been used to find it.
    /// </summary>
    public IReadOnlyList<string> Descriptions { get; init; } = [];
}
