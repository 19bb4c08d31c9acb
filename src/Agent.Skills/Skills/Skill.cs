using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Skills;

/// <summary>
/// One version of a skill: a tested bundle of instructions, examples and tunables that the agent loads for the
/// intents it serves, bound to a deterministic engine procedure. Loaded from <c>skills/&lt;skill_id&gt;/&lt;version&gt;.yaml</c>.
/// </summary>
public sealed record Skill
{
    /// <summary>Stable id; equals the skill's folder name.</summary>
    public required string SkillId { get; init; }

    /// <summary>Semantic version (major.minor.patch); equals the file name.</summary>
    public required string Version { get; init; }

    /// <summary>Human-readable name.</summary>
    public required string Name { get; init; }

    /// <summary>What the skill does, in words a router can match.</summary>
    public required string Description { get; init; }

    /// <summary>
    /// Name of the procedure the skill binds to (<c>create_segment</c>): the skill handler registered under this name
    /// runs the skill. Start-up fails when no handler is registered for it.
    /// </summary>
    public required string Procedure { get; init; }

    /// <summary>Intents the skill serves.</summary>
    public required IReadOnlyList<Intent> Intents { get; init; }

    /// <summary>Patterns that route a message to one of the skill's intents with high confidence.</summary>
    public IReadOnlyList<SkillTrigger> Triggers { get; init; } = [];

    /// <summary>Step-by-step procedure for the model.</summary>
    public required string Instructions { get; init; }

    /// <summary>Expected input fields and their types.</summary>
    public IReadOnlyDictionary<string, string> InputSchema { get; init; } = new Dictionary<string, string>();

    /// <summary>Produced output fields and their types.</summary>
    public IReadOnlyDictionary<string, string> OutputSchema { get; init; } = new Dictionary<string, string>();

    /// <summary>Explicit constraints and edge cases.</summary>
    public IReadOnlyList<string> Constraints { get; init; } = [];

    /// <summary>Few-shot examples, also the intent classifier's training data.</summary>
    public IReadOnlyList<SkillExample> Examples { get; init; } = [];

    /// <summary>Tools the procedure may call.</summary>
    public IReadOnlyList<string> Tools { get; init; } = [];

    /// <summary>Typed tunables by name.</summary>
    public IReadOnlyDictionary<string, SkillParameter> Parameters { get; init; } = new Dictionary<string, SkillParameter>();

    /// <summary>Eval suite that validates this skill.</summary>
    public required string EvalSuiteId { get; init; }

    /// <summary>Accuracy the eval suite must reach for this version to be promoted.</summary>
    public required double MinAccuracy { get; init; }

    /// <summary>True when the version must pass its evals before it can go live.</summary>
    public required bool EvalGate { get; init; }

    /// <summary>Team accountable for the skill.</summary>
    public required string Owner { get; init; }

    /// <summary>When the skill was first written.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When this version was written.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Customizations the skill itself ships for named tenants (applied before the tenant's own overrides).</summary>
    public IReadOnlyDictionary<string, SkillOverride> TenantOverrides { get; init; } = new Dictionary<string, SkillOverride>();

    /// <summary>The file the skill was loaded from.</summary>
    public required string File { get; init; }

    /// <summary><c>skill_id@version</c>, as replies cite it.</summary>
    public string Label => $"{SkillId}@{Version}";
}
