namespace SegmentAI.Skills.Skills;

/// <summary>
/// A skill as one tenant gets it: the version chosen for the tenant, its instructions with the tenant's additions
/// and its parameters with the tenant's overrides. Every reply names <see cref="SkillId"/> and <see cref="Version"/>.
/// </summary>
public sealed record ResolvedSkill
{
    /// <summary>The skill version underneath.</summary>
    public required Skill Skill { get; init; }

    /// <summary>Tenant the skill was resolved for.</summary>
    public required string TenantId { get; init; }

    /// <summary>Why this version was chosen.</summary>
    public required SkillVersionSource VersionSource { get; init; }

    /// <summary>Instructions: the skill's own, then those the skill ships for the tenant, then the tenant's.</summary>
    public required string Instructions { get; init; }

    /// <summary>Parameter values after overrides, typed as their declaration says.</summary>
    public required IReadOnlyDictionary<string, object> Parameters { get; init; }

    /// <summary>Names of parameters whose value differs from the skill's default because of an override.</summary>
    public IReadOnlyList<string> OverriddenParameters { get; init; } = [];

    /// <summary>Skill id.</summary>
    public string SkillId => Skill.SkillId;

    /// <summary>Version in use.</summary>
    public string Version => Skill.Version;

    /// <summary><c>skill_id@version</c>, as replies cite it.</summary>
    public string Label => Skill.Label;

    /// <summary>A number parameter (probability, number or integer).</summary>
    public double GetDouble(string name) =>
        Get(name) switch
        {
            double number => number,
            int whole => whole,
            var other => throw WrongType(name, "a number", other),
        };

    /// <summary>A whole-number parameter.</summary>
    public int GetInt(string name) => Get(name) is int whole ? whole : throw WrongType(name, "a whole number", Get(name));

    /// <summary>A true/false parameter.</summary>
    public bool GetBool(string name) => Get(name) is bool flag ? flag : throw WrongType(name, "true or false", Get(name));

    /// <summary>A text parameter.</summary>
    public string GetText(string name) => Get(name) is string text ? text : throw WrongType(name, "text", Get(name));

    private object Get(string name)
    {
        if (Parameters.TryGetValue(name, out var value))
        {
            return value;
        }

        throw new KeyNotFoundException($"skill {Label} has no parameter '{name}' (parameters: {string.Join(", ", Parameters.Keys.Order(StringComparer.Ordinal))})");
    }

    private InvalidOperationException WrongType(string name, string expected, object actual) =>
        new($"parameter '{name}' of skill {Label} is {Skill.Parameters[name].Type.ToString().ToLowerInvariant()} ({actual}), not {expected}");
}
