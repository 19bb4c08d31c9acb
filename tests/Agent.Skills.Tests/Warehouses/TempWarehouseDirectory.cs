namespace SegmentAI.Skills.Tests.Warehouses;

/// <summary>A private temp folder for warehouse files, deleted with everything in it.</summary>
internal sealed class TempWarehouseDirectory : IDisposable
{
    public TempWarehouseDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "segmentai-wh-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
