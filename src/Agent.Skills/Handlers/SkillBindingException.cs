namespace SegmentAI.Skills.Handlers;

/// <summary>Skills whose procedure has no handler, or whose parameters nothing binds: the agent does not start with them.</summary>
internal sealed class SkillBindingException : InvalidOperationException
{
    /// <summary>Creates the exception from every problem found.</summary>
    public SkillBindingException(IReadOnlyList<string> problems)
        : base("Skills are not bound to handlers: " + string.Join("; ", problems))
    {
        Problems = problems;
    }

    /// <summary>Each problem, naming the skill file and field.</summary>
    public IReadOnlyList<string> Problems { get; }
}
