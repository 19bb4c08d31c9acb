using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Skills;

/// <summary>
/// Picks the live version of each skill for a tenant and applies the tenant's customizations. The version is the
/// tenant's own pin in tenant.yaml, else the tenant's pin in the active-version store, else the active version;
/// parameters and instructions come from the skill, then the overrides the skill ships for the tenant, then tenant.yaml.
/// </summary>
public sealed class SkillRegistry
{
    // Library and versions are replaced together as one reference, so a reload never shows one without the other.
    private volatile LiveSkills _live;

    /// <summary>Creates a registry over loaded skills and the store of active versions.</summary>
    public SkillRegistry(SkillLibrary library, IActiveSkillVersions versions)
    {
        _live = new LiveSkills(library, versions);
    }

    /// <summary>The loaded skills underneath.</summary>
    public SkillLibrary Library => _live.Library;

    /// <summary>Which version of each skill is live, globally and per tenant.</summary>
    public IActiveSkillVersions Versions => _live.Versions;

    /// <summary>
    /// Serves <paramref name="library"/> and <paramref name="versions"/> from now on: what activating a version calls
    /// after it rewrote the manifest, so the change takes effect without a restart.
    /// </summary>
    public void Reload(SkillLibrary library, IActiveSkillVersions versions)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(versions);
        _live = new LiveSkills(library, versions);
    }

    /// <summary>Ids of skills with an active version, in a stable order.</summary>
    public IReadOnlyList<string> SkillIds => Versions.SkillIds.Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The active version of every active skill that loaded, ignoring tenant pins: what the intent classifier
    /// trains on, so routing does not depend on which tenant asks.
    /// </summary>
    public IReadOnlyList<Skill> ActiveSkills() =>
        SkillIds.Select(id => Versions.ActiveVersion(id) is { } version ? Library.Find(id, version) : null).OfType<Skill>().ToList();

    /// <summary>The skill as <paramref name="tenant"/> gets it.</summary>
    /// <exception cref="SkillResolutionException">The skill is unknown, its version did not load, or an override is invalid.</exception>
    public ResolvedSkill Resolve(string skillId, TenantConfig tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var tenantOverride = tenant.SkillOverrides.GetValueOrDefault(skillId);
        var (version, source) = ChooseVersion(skillId, tenant, tenantOverride);
        var skill = Library.Find(skillId, version) ?? throw Missing(skillId, tenant.Id, version, source);

        var parameters = skill.Parameters.ToDictionary(p => p.Key, p => p.Value.Default, StringComparer.Ordinal);
        var overridden = new List<string>();
        var instructions = skill.Instructions;
        var problems = new List<string>();
        foreach (var (origin, customization) in Customizations(skill, tenant.Id, tenantOverride))
        {
            foreach (var (name, text) in customization.Parameters)
            {
                if (!skill.Parameters.TryGetValue(name, out var parameter))
                {
                    var hint = EditDistance.Suggest(name, skill.Parameters.Keys) is { } close ? $"; did you mean '{close}'?" : "";
                    problems.Add($"{origin}: parameters.{name}: {skill.Label} has no such parameter{hint}");
                }
                else if (!parameter.TryRead(text, out var value, out var error))
                {
                    problems.Add($"{origin}: parameters.{name}: {error}");
                }
                else
                {
                    parameters[name] = value;
                    overridden.Add(name);
                }
            }

            if (!string.IsNullOrWhiteSpace(customization.Instructions))
            {
                instructions = $"{instructions}\n\n{customization.Instructions.Trim()}";
            }
        }

        if (problems.Count > 0)
        {
            throw new SkillResolutionException(skillId, tenant.Id, $"invalid override of {skill.Label} for tenant {tenant.Id}: {string.Join("; ", problems)}");
        }

        return new ResolvedSkill
        {
            Skill = skill,
            TenantId = tenant.Id,
            VersionSource = source,
            Instructions = instructions,
            Parameters = parameters,
            OverriddenParameters = overridden.Distinct().ToList(),
        };
    }

    /// <summary>The skills that serve <paramref name="intent"/>, as <paramref name="tenant"/> gets them.</summary>
    public IReadOnlyList<ResolvedSkill> ForIntent(Intent intent, TenantConfig tenant) =>
        ActiveSkills().Where(s => s.Intents.Contains(intent)).Select(s => Resolve(s.SkillId, tenant)).ToList();

    /// <summary>
    /// Every reason a tenant's skills would not resolve (overrides of unknown skills, missing pinned versions,
    /// invalid parameter values), so start-up and <c>tenants validate</c> can report them before a user hits one.
    /// </summary>
    public IReadOnlyList<string> Check(TenantConfig tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var problems = new List<string>();
        foreach (var skillId in tenant.SkillOverrides.Keys.Where(id => !SkillIds.Contains(id)))
        {
            var hint = EditDistance.Suggest(skillId, SkillIds) is { } close ? $"; did you mean '{close}'?" : "";
            problems.Add($"tenant {tenant.Id}: skill_overrides.{skillId}: no active skill '{skillId}'{hint}");
        }

        foreach (var skillId in SkillIds)
        {
            try
            {
                Resolve(skillId, tenant);
            }
            catch (SkillResolutionException ex)
            {
                problems.Add(ex.Message);
            }
        }

        return problems;
    }

    private (string Version, SkillVersionSource Source) ChooseVersion(string skillId, TenantConfig tenant, SkillOverride? tenantOverride)
    {
        if (tenantOverride?.Version is { } pinned)
        {
            return (pinned, SkillVersionSource.TenantPin);
        }

        if (Versions.PinnedVersion(skillId, tenant.Id) is { } manifestPin)
        {
            return (manifestPin, SkillVersionSource.ManifestPin);
        }

        if (Versions.ActiveVersion(skillId) is { } active)
        {
            return (active, SkillVersionSource.Active);
        }

        var hint = EditDistance.Suggest(skillId, SkillIds) is { } close ? $" Did you mean '{close}'?" : "";
        throw new SkillResolutionException(skillId, tenant.Id, $"no active version of skill '{skillId}'; active skills: {string.Join(", ", SkillIds)}.{hint}");
    }

    private static IEnumerable<(string Origin, SkillOverride Customization)> Customizations(Skill skill, string tenantId, SkillOverride? tenantOverride)
    {
        if (skill.TenantOverrides.TryGetValue(tenantId, out var shipped))
        {
            yield return ($"{skill.File}: tenant_overrides.{tenantId}", shipped);
        }

        if (tenantOverride is not null)
        {
            yield return ($"tenant {tenantId}: skill_overrides.{skill.SkillId}", tenantOverride);
        }
    }

    private SkillResolutionException Missing(string skillId, string tenantId, string version, SkillVersionSource source)
    {
        var why = Library.FailureOf(skillId, version) is { } failure
            ? failure.ToString()
            : $"no file {skillId}/{version}{SkillLoader.FileExtension} (loaded versions: {string.Join(", ", Library.Versions(skillId).Select(s => s.Version).DefaultIfEmpty("none"))})";
        return new SkillResolutionException(skillId, tenantId, $"skill {skillId}@{version} ({SnakeCase.From(source.ToString())}) for tenant {tenantId} is not available: {why}");
    }

    private sealed record LiveSkills(SkillLibrary Library, IActiveSkillVersions Versions);
}
