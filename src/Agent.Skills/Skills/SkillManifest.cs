using System.Text;
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

    /// <summary>The version live in one scope: <paramref name="tenantId"/>'s pin, or the active version when it is null.</summary>
    public string? VersionIn(string skillId, string? tenantId) =>
        tenantId is null ? ActiveVersion(skillId) : PinnedVersion(skillId, tenantId);

    /// <summary>
    /// A copy with <paramref name="version"/> live in one scope: the active version when <paramref name="tenantId"/>
    /// is null, else the tenant's pin; a null version removes the tenant's pin.
    /// </summary>
    public SkillManifest WithVersion(string skillId, string? tenantId, string? version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        if (version is not null && !SkillVersion.IsValid(version))
        {
            throw new ArgumentException($"'{version}' is not a version of the form major.minor.patch.", nameof(version));
        }

        var active = new Dictionary<string, string>(_active, StringComparer.Ordinal);
        var pins = _pins.ToDictionary(p => p.Key, p => new Dictionary<string, string>(p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        if (tenantId is null)
        {
            active[skillId] = version ?? throw new ArgumentException("The active version of a skill cannot be removed, only replaced.", nameof(version));
        }
        else if (version is null)
        {
            if (pins.TryGetValue(tenantId, out var tenantPins) && tenantPins.Remove(skillId) && tenantPins.Count == 0)
            {
                pins.Remove(tenantId);
            }
        }
        else
        {
            if (!pins.TryGetValue(tenantId, out var tenantPins))
            {
                pins[tenantId] = tenantPins = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            tenantPins[skillId] = version;
        }

        return new SkillManifest(active, pins.ToDictionary(p => p.Key, IReadOnlyDictionary<string, string> (p) => p.Value, StringComparer.Ordinal));
    }

    /// <summary>The manifest as YAML after <paramref name="header"/> (comment lines kept from the file it replaces), in the order entries were read.</summary>
    public string ToYaml(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var yaml = new StringBuilder(header);
        yaml.Append("active:\n");
        foreach (var (skillId, version) in _active)
        {
            yaml.Append("  ").Append(skillId).Append(": ").Append(version).Append('\n');
        }

        if (_pins.Count == 0)
        {
            return yaml.Append("tenants: {}\n").ToString();
        }

        yaml.Append("tenants:\n");
        foreach (var (tenantId, pins) in _pins)
        {
            yaml.Append("  ").Append(tenantId).Append(":\n");
            foreach (var (skillId, version) in pins)
            {
                yaml.Append("    ").Append(skillId).Append(": ").Append(version).Append('\n');
            }
        }

        return yaml.ToString();
    }

    /// <summary>The comment and blank lines at the top of manifest text, with their line ends: what a rewrite keeps.</summary>
    public static string HeaderOf(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var header = new StringBuilder();
        foreach (var line in yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Length > 0 && !line.TrimStart().StartsWith('#'))
            {
                break;
            }

            header.Append(line).Append('\n');
        }

        return header.ToString();
    }

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
