using System.CommandLine;

namespace SegmentAI.Host.CommandLine;

/// <summary>The command tree of the host: serve (default), chat, data, segment, analyze, tenants, catalog.</summary>
internal static class AgentCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("SegmentAI: turn plain-English audience descriptions into grounded customer segments.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Subcommands.Add(ServeCommand.Build());
        root.Subcommands.Add(ChatCommand.Build());
        root.Subcommands.Add(DataCommands.Build());
        root.Subcommands.Add(SegmentCommands.Build());
        root.Subcommands.Add(AnalyzeCommands.Build());
        root.Subcommands.Add(TenantCommands.BuildTenants());
        root.Subcommands.Add(TenantCommands.BuildCatalog());
        root.SetAction((result, cancellationToken) => ServeCommand.RunAsync(result.UnmatchedTokens.ToArray(), cancellationToken));
        return root;
    }
}
