using System.Diagnostics;

namespace SegmentAI.Skills.Behaviour;

/// <summary>Records the wall-clock time of consecutive phases, so a slow analysis says where its time went.</summary>
internal sealed class PhaseTimer
{
    private readonly List<PersonaAnalysisPhase> _phases = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>The phases recorded so far, in order.</summary>
    public IReadOnlyList<PersonaAnalysisPhase> Phases => _phases;

    /// <summary>Ends the current phase as <paramref name="phase"/> and starts the next.</summary>
    public void Lap(string phase)
    {
        _phases.Add(new PersonaAnalysisPhase(phase, _clock.Elapsed));
        _clock.Restart();
    }
}
