using System.Text.RegularExpressions;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Perception;

/// <summary>
/// Everything perception learned about a message before any reasoning. When the message is too long only
/// <see cref="OriginalText"/> and <see cref="TooLong"/> are set; the rest is empty and nothing else ran.
/// </summary>
public sealed record PerceptionResult
{
    /// <summary>The text as the channel delivered it.</summary>
    public required string OriginalText { get; init; }

    /// <summary>The text without markup, mentions and entities.</summary>
    public string NormalizedText { get; init; } = "";

    /// <summary>The normalized text after domain spell correction.</summary>
    public string CorrectedText { get; init; } = "";

    /// <summary>Words the spell corrector changed.</summary>
    public IReadOnlyList<SpellCorrection> Corrections { get; init; } = [];

    /// <summary>What the message asks, from the intent classifier; null when the message was too long.</summary>
    public IntentPrediction? Intent { get; init; }

    /// <summary>Dates, amounts, frequencies, negations, connectives and catalog terms of the corrected text.</summary>
    public ExtractedEntities Entities { get; init; } = ExtractedEntities.None;

    /// <summary>Whether the message may be acted on; null when the message was too long.</summary>
    public SafetyVerdict? Safety { get; init; }

    /// <summary>Whether the user may do what the message asks; null when the message was too long.</summary>
    public PermissionDecision? Permission { get; init; }

    /// <summary>Set when the message is over the length limit.</summary>
    public MessageTooLong? TooLong { get; init; }

    /// <summary>True when reasoning may go ahead: within the limit, safe, and permitted.</summary>
    public bool CanProceed => TooLong is null && Safety is { IsSafe: true } && Permission is { Allowed: true };

    /// <summary>
    /// Whether the message names people the tenant can segment: a catalog term, or one of the tenant's vague terms
    /// ("our best customers"), so routing and handlers treat it as an audience rather than small talk or a library command.
    /// </summary>
    public bool NamesAnAudience(Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var text = CorrectedText;
        return Entities.Facets.Count > 0
            || tenant.Config.VagueTerms.SelectMany(t => t.Phrases).Any(p => Regex.IsMatch(text, $@"\b{Regex.Escape(p)}\b", RegexOptions.IgnoreCase));
    }
}
