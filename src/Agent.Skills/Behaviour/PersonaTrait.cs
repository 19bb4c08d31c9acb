namespace SegmentAI.Skills.Behaviour;

/// <summary>How one feature sets a persona apart: its value for the persona and for everyone, and by how much.</summary>
/// <param name="Feature">The feature name.</param>
/// <param name="Persona">The persona's mean.</param>
/// <param name="Overall">Everyone's mean.</param>
/// <param name="Difference">The persona's mean minus everyone's, in standard deviations of the feature (0 when it never varies).</param>
internal readonly record struct PersonaTrait(string Feature, double Persona, double Overall, double Difference);
