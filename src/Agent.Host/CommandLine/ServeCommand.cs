using System.CommandLine;
using SegmentAI.Host.Hosting;
using SegmentAI.Host.Web;

namespace SegmentAI.Host.CommandLine;

/// <summary><c>serve</c> (also the default with no command): the web host.</summary>
internal static class ServeCommand
{
    public static Command Build()
    {
        var serve = new Command("serve", "Run the web host (default). ASP.NET Core options such as --urls pass through.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        serve.SetAction((result, cancellationToken) => RunAsync(result.UnmatchedTokens.ToArray(), cancellationToken));
        return serve;
    }

    public static Task<int> RunAsync(string[] hostArgs, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(async ct =>
        {
            var app = AgentWebApplication.Build(hostArgs);
            RepositoryFolders.Require(app.Services);
            await app.RunAsync(ct).ConfigureAwait(false);
            return 0;
        }, cancellationToken);
}
