namespace SegmentAI.Memory.Hosting;

/// <summary>
/// The folder embedded stores write to. Separate runs point at separate folders to stay isolated; the same
/// folder across runs is what lets preferences survive a restart.
/// </summary>
public sealed class StateDirectory
{
    /// <summary>Default folder name when none is configured.</summary>
    public const string DefaultName = "state";

    /// <summary>Resolves <paramref name="configured"/> (or the default) and creates the folder.</summary>
    public StateDirectory(string? configured, string baseDirectory)
    {
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultName : configured;
        FullPath = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(baseDirectory, path));
        Directory.CreateDirectory(FullPath);
    }

    /// <summary>Absolute path of the folder.</summary>
    public string FullPath { get; }

    /// <summary>Path of a store file inside the folder; rejects names that would escape it.</summary>
    public string FileFor(string fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName) || fileName != Path.GetFileName(fileName))
        {
            throw new ArgumentException($"'{fileName}' must be a plain file name inside the state directory", nameof(fileName));
        }

        return Path.Combine(FullPath, fileName);
    }
}
