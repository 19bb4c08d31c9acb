using SegmentAI.Host.Hosting;
using SegmentAI.Memory.Hosting;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.CommandLine.Chat;

/// <summary>
/// The services the <c>chat</c> command talks to: the web host's registrations and configuration sources
/// (appsettings, environment), without a web server.
/// </summary>
internal sealed class ChatHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ChatHost(IHost host)
    {
        _host = host;
    }

    public IServiceProvider Services => _host.Services;

    public TenantDirectory Tenants => Services.GetRequiredService<TenantDirectory>();

    /// <summary>The admission pipeline around the registered engine (the one every channel uses), or null while no engine is registered.</summary>
    public IConversationEngine? Engine => Services.GetService<IConversationEngine>() is null
        ? null
        : Services.GetRequiredKeyedService<IConversationEngine>(AdmissionServiceCollectionExtensions.PipelineKey);

    public static async Task<ChatHost> StartAsync(string? stateDirectory, CancellationToken cancellationToken = default)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        if (stateDirectory is not null)
        {
            // Added last, so the flag wins over appsettings and environment.
            builder.Configuration.AddInMemoryCollection(
                [new($"{MemoryOptions.SectionName}:{nameof(MemoryOptions.StateDirectory)}", stateDirectory)]);
        }

        // stdout belongs to the conversation (one JSON line per reply with --json); diagnostics go to stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IHostLifetime, CommandLineHostLifetime>();
        builder.Services.AddAgentServices(builder.Configuration);

        var host = builder.Build();
        try
        {
            RepositoryFolders.Require(host.Services);
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new ChatHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().ConfigureAwait(false);
        if (_host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            _host.Dispose();
        }
    }
}
