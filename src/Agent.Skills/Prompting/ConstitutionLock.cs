using SegmentAI.Skills.Configuration;

namespace SegmentAI.Skills.Prompting;

/// <summary>
/// The version and hash the constitution was last reviewed at (<c>skills/constitution.lock</c>). Editing the prompt
/// without bumping its version, or bumping it without updating the lock, is caught by <see cref="Check"/>.
/// </summary>
/// <param name="Version">Locked version.</param>
/// <param name="Sha256">Locked content hash.</param>
internal sealed record ConstitutionLock(string Version, string Sha256)
{
    /// <summary>File name of the lock inside the skills folder.</summary>
    public const string FileName = "constitution.lock";

    /// <summary>The lock that matches <paramref name="constitution"/>.</summary>
    public static ConstitutionLock For(Constitution constitution)
    {
        ArgumentNullException.ThrowIfNull(constitution);
        return new ConstitutionLock(constitution.Version, constitution.Sha256);
    }

    /// <summary>Reads a lock file (<c>version: x.y.z</c> and <c>sha256: hex</c> lines).</summary>
    public static ConstitutionLock Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException(new ConfigurationIssue(path, 0, 0, "", "file is missing"));
        }

        var issues = new List<ConfigurationIssue>();
        var root = YamlMapReader.Parse(path, File.ReadAllText(path), issues);
        var version = root?.String("version", required: true);
        var sha = root?.String("sha256", required: true);
        root?.RejectUnknownKeys();
        if (issues.Count > 0 || version is null || sha is null)
        {
            throw new ConfigurationException(issues);
        }

        return new ConstitutionLock(version, sha);
    }

    /// <summary>The lock file's content.</summary>
    public string Format() => $"# Written by hand after review; see ConstitutionLock.\nversion: {Version}\nsha256: {Sha256}\n";

    /// <summary>
    /// Null when <paramref name="constitution"/> is the locked text; otherwise what to do: bump the version when the
    /// text changed under the same version, or update the lock when the version was bumped.
    /// </summary>
    public string? Check(Constitution constitution)
    {
        ArgumentNullException.ThrowIfNull(constitution);
        if (constitution.Version == Version && constitution.Sha256 == Sha256)
        {
            return null;
        }

        var replacement = For(constitution).Format();
        if (constitution.Version == Version)
        {
            return $"{constitution.File} changed (sha256 {constitution.Sha256}, locked {Sha256}) but its version is still {Version}. "
                + $"The constitution never changes without a version bump: bump 'version' in its front matter, then update {FileName} to match the new version and hash.";
        }

        return constitution.Sha256 == Sha256
            ? $"{constitution.File} is version {constitution.Version} but {FileName} locks {Version} for the same text; "
                + $"a version bump must come with a change, or update {FileName} to:\n{replacement}"
            : $"{constitution.File} is version {constitution.Version} (sha256 {constitution.Sha256}) but {FileName} locks {Version}; "
                + $"after review, update {FileName} to:\n{replacement}";
    }
}
