using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Tests.Tenants;

namespace SegmentAI.Skills.Tests.SkillSystem;

public sealed class SkillRegistryTests
{
    private static TenantConfig Tenant(string id) => RepositoryTenants.Directory.Get(id).Config;

    private static TenantConfig WithOverride(string tenantId, SkillOverride skillOverride) =>
        Tenant(tenantId) with { SkillOverrides = new Dictionary<string, SkillOverride> { [skillOverride.SkillId] = skillOverride } };

    private static SkillOverride Parameters(string skillId, params (string Name, string Value)[] values) =>
        new(skillId, null, values.ToDictionary(v => v.Name, v => v.Value), null);

    // A library with a second version of segment_creation whose default threshold differs, to tell versions apart.
    private static SkillRegistry TwoVersions(IActiveSkillVersions versions)
    {
        var current = RepositorySkills.Library.Find("segment_creation", "1.0.0")!;
        var next = current with
        {
            Version = "1.1.0",
            Parameters = new Dictionary<string, SkillParameter>(current.Parameters)
            {
                ["facet_acceptance_threshold"] = current.Parameters["facet_acceptance_threshold"] with { Default = 0.7 },
            },
        };
        var library = new SkillLibrary("memory", [.. RepositorySkills.Library.Skills, next], []);
        return new SkillRegistry(library, versions);
    }

    private static SkillManifest Manifest(string creationVersion, Dictionary<string, string>? acmePins = null)
    {
        var active = RepositorySkills.Ids.ToDictionary(id => id, _ => "1.0.0");
        active["segment_creation"] = creationVersion;
        var pins = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        if (acmePins is not null)
        {
            pins["acme-retail"] = acmePins;
        }

        return new SkillManifest(active, pins);
    }

    [Fact]
    public void Resolves_the_manifest_version_and_names_skill_and_version()
    {
        var skill = RepositorySkills.Registry.Resolve("segment_creation", Tenant("dealflow"));

        Assert.Equal(("segment_creation", "1.0.0", "segment_creation@1.0.0"), (skill.SkillId, skill.Version, skill.Label));
        Assert.Equal(SkillVersionSource.Active, skill.VersionSource);
        Assert.Equal(0.6, skill.GetDouble("facet_acceptance_threshold"));
        Assert.Equal(4, skill.GetInt("max_options"));
        Assert.True(skill.GetBool("estimate_size"));
    }

    [Fact]
    public void Every_repository_tenant_resolves_every_active_skill()
    {
        foreach (var tenantId in RepositoryTenants.Ids)
        {
            Assert.Empty(RepositorySkills.Registry.Check(Tenant(tenantId)));
        }
    }

    [Fact]
    public void A_tenant_parameter_override_from_tenant_yaml_applies_only_to_that_tenant()
    {
        var contoso = RepositorySkills.Registry.Resolve("segment_creation", Tenant("contoso-workforce"));
        var dealflow = RepositorySkills.Registry.Resolve("segment_creation", Tenant("dealflow"));

        Assert.Equal(0.65, contoso.GetDouble("facet_acceptance_threshold"));
        Assert.Equal(["facet_acceptance_threshold"], contoso.OverriddenParameters);
        Assert.Equal(0.6, dealflow.GetDouble("facet_acceptance_threshold"));
    }

    [Fact]
    public void Tenant_instructions_are_appended_after_the_skills_own()
    {
        var tenant = WithOverride("dealflow", new SkillOverride("segment_creation", null, new Dictionary<string, string>(), "Always call users 'members'."));

        var skill = RepositorySkills.Registry.Resolve("segment_creation", tenant);

        Assert.StartsWith("SEGMENT CREATION PROCEDURE", skill.Instructions, StringComparison.Ordinal);
        Assert.EndsWith("Always call users 'members'.", skill.Instructions, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_pin_gives_one_tenant_another_version()
    {
        var registry = TwoVersions(Manifest("1.1.0", new() { ["segment_creation"] = "1.0.0" }));

        var acme = registry.Resolve("segment_creation", Tenant("acme-retail"));
        var dealflow = registry.Resolve("segment_creation", Tenant("dealflow"));

        Assert.Equal(("1.0.0", SkillVersionSource.ManifestPin), (acme.Version, acme.VersionSource));
        Assert.Equal(("1.1.0", SkillVersionSource.Active), (dealflow.Version, dealflow.VersionSource));
        Assert.Equal(0.7, dealflow.GetDouble("facet_acceptance_threshold"));
    }

    [Fact]
    public void A_version_pinned_in_tenant_yaml_wins_over_the_manifest()
    {
        var registry = TwoVersions(Manifest("1.0.0", new() { ["segment_creation"] = "1.0.0" }));
        var tenant = WithOverride("acme-retail", new SkillOverride("segment_creation", "1.1.0", new Dictionary<string, string>(), null));

        var skill = registry.Resolve("segment_creation", tenant);

        Assert.Equal(("1.1.0", SkillVersionSource.TenantPin), (skill.Version, skill.VersionSource));
    }

    [Fact]
    public void A_pin_to_a_version_that_does_not_exist_is_a_clear_error()
    {
        var tenant = WithOverride("acme-retail", new SkillOverride("segment_edit", "9.9.9", new Dictionary<string, string>(), null));

        var error = Assert.Throws<SkillResolutionException>(() => RepositorySkills.Registry.Resolve("segment_edit", tenant));

        Assert.Contains("segment_edit@9.9.9", error.Message, StringComparison.Ordinal);
        Assert.Contains("loaded versions: 1.0.0", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("facet_acceptance_threshold", "high", "must be a number (got 'high')")]
    [InlineData("facet_acceptance_threshold", "1.5", "must be between 0 and 1 (got 1.5)")]
    [InlineData("max_options", "2.5", "must be a whole number (got '2.5')")]
    [InlineData("estimate_size", "maybe", "must be true or false (got 'maybe')")]
    [InlineData("facet_acceptence_threshold", "0.7", "did you mean 'facet_acceptance_threshold'?")]
    public void An_invalid_parameter_override_is_rejected_with_the_reason(string name, string value, string reason)
    {
        var tenant = WithOverride("acme-retail", Parameters("segment_creation", (name, value)));

        var error = Assert.Throws<SkillResolutionException>(() => RepositorySkills.Registry.Resolve("segment_creation", tenant));

        Assert.Contains($"skill_overrides.segment_creation: parameters.{name}", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains(error.Message, RepositorySkills.Registry.Check(tenant));
    }

    [Fact]
    public void An_override_of_an_unknown_skill_is_reported_by_check()
    {
        var tenant = WithOverride("dealflow", Parameters("segment_creaton", ("facet_acceptance_threshold", "0.7")));

        var problems = RepositorySkills.Registry.Check(tenant);

        Assert.Contains(problems, p => p.Contains("did you mean 'segment_creation'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_skill_cannot_be_resolved()
    {
        var error = Assert.Throws<SkillResolutionException>(() => RepositorySkills.Registry.Resolve("segment_exlpain", Tenant("dealflow")));

        Assert.Contains("did you mean 'segment_explain'", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("create", "segment_creation")]
    [InlineData("edit", "segment_edit")]
    [InlineData("delete", "segment_management")]
    [InlineData("hypothesis", "segment_overlap")]
    [InlineData("help", "help")]
    public void Each_intent_routes_to_the_skill_that_serves_it(string intent, string skillId)
    {
        var skills = RepositorySkills.Registry.ForIntent(new Intent(intent), Tenant("acme-retail"));

        Assert.Equal([skillId], skills.Select(s => s.SkillId));
    }

    [Fact]
    public void Query_is_served_by_every_active_skill_that_declares_it_explanation_and_management_among_them()
    {
        var skills = RepositorySkills.Registry.ForIntent(Intent.Query, Tenant("dealflow"));

        Assert.Equal(RepositorySkills.Registry.ActiveSkills().Where(s => s.Intents.Contains(Intent.Query)).Select(s => s.SkillId), skills.Select(s => s.SkillId));
        Assert.Subset(skills.Select(s => s.SkillId).ToHashSet(), new HashSet<string> { "segment_explain", "segment_management", "segment_profile", "segment_export" });
    }

    [Fact]
    public void Intents_without_a_skill_resolve_to_none()
    {
        Assert.Empty(RepositorySkills.Registry.ForIntent(Intent.Feedback, Tenant("dealflow")));
    }

    [Fact]
    public void The_manifest_file_reports_a_malformed_version_with_its_line()
    {
        var error = Assert.Throws<SegmentAI.Skills.Configuration.ConfigurationException>(() =>
            SkillManifest.Parse("skills/manifest.yaml", "active:\n  help: 1.0.0\n  segment_edit: latest\n"));

        var issue = Assert.Single(error.Issues);
        Assert.Equal((3, "active.segment_edit"), (issue.Line, issue.Field));
    }

    [Fact]
    public void A_broken_skill_version_in_the_manifest_explains_why_it_is_missing()
    {
        using var copy = new SkillsCopy();
        copy.ReplaceLine("segment_edit", "1.0.0", "min_accuracy:", _ => "min_accuracy: 2");
        var registry = new SkillRegistry(SkillLoader.Load(copy.Root), SkillManifest.Load(Path.Combine(copy.Root, SkillManifest.FileName)));

        var error = Assert.Throws<SkillResolutionException>(() => registry.Resolve("segment_edit", Tenant("dealflow")));

        Assert.Contains("min_accuracy", error.Message, StringComparison.Ordinal);
        Assert.Equal("segment_creation", registry.Resolve("segment_creation", Tenant("dealflow")).SkillId);
    }
}
