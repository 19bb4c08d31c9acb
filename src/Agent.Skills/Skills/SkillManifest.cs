using SegmentAI.Skills.Configuration;

namespace SegmentAI.Skills.Skills;

/// <summary>
/// The file-backed <see cref="IActiveSkillVersions"/>: <c>skills/manifest.yaml</c> with
/// <c>active: {skill_id: version}</c> and optional <c>tenants: {tenant_id: {skill_id: version}}</c> pins.
/// </summary>
public sealed class SkillManifest : IActiveSkillVersions
{
    /// <summary>File name of the manifest inside the skills folder.</summary>
    public const string FileName = "manifest.yaml";

    private readonly IReadOnlyDictionary<string, string> _active;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _pins;

    /// <summary>Creates a manifest from active versions and per-tenant pins.</summary>
    public SkillManifest(IReadOnlyDictionary<string, string> active, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> pins)
    {
        _active = active;
        _pins = pins;
    }

    /// <inheritdoc />
    public IReadOnlyCollection<string> SkillIds => _active.Keys.ToList();

    /// <summary>Tenants with at least one pin.</summary>
    public IReadOnlyCollection<string> PinnedTenants => _pins.Keys.ToList();

    /// <inheritdoc />
    public string? ActiveVersion(string skillId) => _active.GetValueOrDefault(skillId);

    /// <inheritdoc />
    public string? PinnedVersion(string skillId, string tenantId) =>
        _pins.TryGetValue(tenantId, out var pins) ? pins.GetValueOrDefault(skillId) : null;

    /// <summary>Reads a manifest file; throws <see cref="ConfigurationException"/> listing every problem.</summary>
    public static SkillManifest Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException(new ConfigurationIssue(path, 0, 0, "", "file is missing"));
        }

        return Parse(path, File.ReadAllText(path));
    }

    /// <summary>Parses manifest text; <paramref name="file"/> is used in messages.</summary>
    public static SkillManifest Parse(string file, string yaml)
    {
        var issues = new List<ConfigurationIssue>();
        var root = YamlMapReader.Parse(file, yaml, issues) ?? throw new ConfigurationException(issues);
        var active = ReadVersions(root.Map("active", required: true));
        var pins = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (tenantId, map) in root.NamedMaps("tenants"))
        {
            pins[tenantId] = ReadVersions(map);
        }

        root.RejectUnknownKeys();
        if (issues.Count > 0)
        {
            throw new ConfigurationException(issues);
        }

        return new SkillManifest(active, pins);
    }

    private static Dictionary<string, string> ReadVersions(YamlMapReader? map)
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map is null)
        {
            return versions;
        }

        foreach (var skillId in map.Keys)
        {
            var version = map.String(skillId, required: true);
            if (version is null)
            {
                continue;
            }

            if (!SkillVersion.IsValid(version))
            {
                map.Error(skillId, $"'{version}' is not a version of the form major.minor.patch");
                continue;
            }

            versions[skillId] = version;
        }

        return versions;
    }
}
