using SegmentAI.Memory.Hosting;

namespace SegmentAI.Memory.Tests.Hosting;

public sealed class StateDirectoryTests : IDisposable
{
    private readonly string _base = Directory.CreateTempSubdirectory("state-").FullName;

    [Fact]
    public void Relative_state_dir_resolves_against_the_base_and_is_created()
    {
        var state = new StateDirectory("runs/one", _base);

        Assert.Equal(Path.Combine(_base, "runs", "one"), state.FullPath);
        Assert.True(Directory.Exists(state.FullPath));
    }

    [Fact]
    public void Missing_setting_uses_the_default_folder()
    {
        Assert.Equal(Path.Combine(_base, StateDirectory.DefaultName), new StateDirectory(null, _base).FullPath);
    }

    [Theory]
    [InlineData("../escape.db")]
    [InlineData("sub/file.db")]
    [InlineData("")]
    public void Store_file_names_cannot_escape_the_folder(string name)
    {
        var state = new StateDirectory(null, _base);

        Assert.Throws<ArgumentException>(() => state.FileFor(name));
    }

    public void Dispose() => Directory.Delete(_base, recursive: true);
}
