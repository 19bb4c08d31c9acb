using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SegmentAI.Host.Channels.Teams;
using SegmentAI.Host.Channels.Teams.Authentication;
using SegmentAI.Host.Channels.Teams.Configuration;
using SegmentAI.Host.Channels.Teams.Connector;
using SegmentAI.Host.Channels.Teams.Turns;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Microsoft Teams channel.</summary>
internal static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Teams channel (options in <c>Teams</c>, checked at start-up when <c>Teams:Enabled</c>): Bot Connector
    /// authentication, the token source and connector client on named HTTP clients with <c>Teams:HttpTimeout</c>, and
    /// the background queue that answers messages. Needs <see cref="ChannelServiceCollectionExtensions.AddChatChannels"/>.
    /// </summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidation>());
        foreach (var name in new[] { MetadataDocumentRetriever.HttpClientName, ConnectorTokenSource.HttpClientName, ConnectorClient.HttpClientName })
        {
            services.AddHttpClient(name).ConfigureHttpClient((provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<TeamsOptions>>().Value.HttpTimeout);
        }

        services.AddSingleton<BotConnectorMetadata>();
        services.AddSingleton<BotConnectorAuthentication>();
        services.AddSingleton<ConnectorTokenSource>();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<TeamsTurnQueue>();
        services.AddSingleton<TeamsActivityHandler>();
        services.AddHostedService<TeamsTurnWorker>();
        return services;
    }
}
