using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace SegmentAI.Memory.LongTerm.Database;

/// <summary>The migration scripts embedded in this assembly, per dialect, in version order.</summary>
internal static class MigrationScripts
{
    private const string Prefix = "migrations/";

    /// <summary>The scripts under <c>LongTerm/Migrations/{dialect}/</c>.</summary>
    public static IReadOnlyList<Migration> For(string dialect)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var folder = $"{Prefix}{dialect}/";
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(folder, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Load(assembly, name, name[folder.Length..^".sql".Length]))
            .OrderBy(m => m.Version)
            .ToList();
        var duplicate = scripts.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? scripts
            : throw new LongTermSchemaException($"Two {dialect} migrations share version {duplicate.Key:D4}: {string.Join(", ", duplicate.Select(m => m.Name))}.");
    }

    /// <summary>SHA-256 of <paramref name="sql"/>, hex, with CRLF folded to LF so a checkout's line endings do not matter.</summary>
    public static string Checksum(string sql) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql.Replace("\r\n", "\n", StringComparison.Ordinal))));

    private static Migration Load(Assembly assembly, string resource, string fileName)
    {
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version <= 0)
        {
            throw new LongTermSchemaException($"Migration script '{resource}' must be named NNNN_what_it_does.sql (e.g. 0002_add_index.sql).");
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var sql = reader.ReadToEnd();
        return new Migration(version, fileName[(separator + 1)..], sql, Checksum(sql));
    }
}
