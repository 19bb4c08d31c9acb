using SegmentAI.Host.CommandLine.Chat;
using SegmentAI.Memory.Hosting;

namespace SegmentAI.Host.Tests.Chat;

public sealed class ChatHostTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chat-host-").FullName;

    [Fact]
    public async Task State_dir_reaches_the_memory_services_and_the_tenants_load()
    {
        var state = Path.Combine(_folder, "state");

        await using var host = await ChatHost.StartAsync(state);

        Assert.Equal(state, host.Services.GetRequiredService<StateDirectory>().FullPath);
        Assert.True(Directory.Exists(state));
        Assert.NotNull(host.Tenants.Find("acme-retail"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
