namespace SegmentAI.Evals.Optimizer;

/// <summary>Proposes changed skill versions from failure clusters.</summary>
internal interface ICandidateProposer
{
    /// <summary>The proposer's name in reports.</summary>
    string Name { get; }

    /// <summary>Up to <see cref="ProposalContext.Count"/> changes; none when the clusters give it nothing to act on.</summary>
    Task<IReadOnlyList<CandidateChange>> ProposeAsync(ProposalContext context, CancellationToken cancellationToken = default);
}
