using System.Security.Cryptography;
using System.Text;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Skills.Prompting;

/// <summary>
/// Reads <c>skills/constitution.md</c>: a front matter block (<c>---</c>, <c>version: x.y.z</c>, <c>---</c>) and the prompt.
/// </summary>
internal static class ConstitutionLoader
{
    /// <summary>File name of the constitution inside the skills folder.</summary>
    public const string FileName = "constitution.md";

    private const string Fence = "---";

    /// <summary>Loads the constitution; throws <see cref="ConfigurationException"/> naming the line that is wrong.</summary>
    public static Constitution Load(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new ConfigurationException(new ConfigurationIssue(path, 0, 0, "", "file is missing"));
        }

        return Parse(path, System.IO.File.ReadAllText(path));
    }

    /// <summary>Parses constitution text; <paramref name="file"/> is used in messages.</summary>
    public static Constitution Parse(string file, string content)
    {
        ArgumentNullException.ThrowIfNull(content);

        // Hashing LF text keeps the hash stable when git checks the file out with CRLF endings.
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != Fence)
        {
            throw new ConfigurationException(new ConfigurationIssue(file, 1, 1, "", "must start with front matter: '---', 'version: x.y.z', '---'"));
        }

        var close = Array.FindIndex(lines, 1, l => l.Trim() == Fence);
        if (close < 0)
        {
            throw new ConfigurationException(new ConfigurationIssue(file, 1, 1, "", "front matter is not closed with '---'"));
        }

        string? version = null;
        for (var i = 1; i < close; i++)
        {
            var parts = lines[i].Split(':', 2);
            if (parts.Length == 2 && parts[0].Trim() == "version")
            {
                version = parts[1].Trim().Trim('"', '\'');
                if (!SkillVersion.IsValid(version))
                {
                    throw new ConfigurationException(new ConfigurationIssue(file, i + 1, 1, "version", $"'{version}' is not a version of the form major.minor.patch"));
                }
            }
        }

        if (version is null)
        {
            throw new ConfigurationException(new ConfigurationIssue(file, 1, 1, "version", "is required in the front matter"));
        }

        var text = string.Join('\n', lines.Skip(close + 1)).Trim() + "\n";
        return new Constitution(version, text, Hash(text), file);
    }

    /// <summary>Lower-case hex SHA-256 of <paramref name="text"/> in UTF-8.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
