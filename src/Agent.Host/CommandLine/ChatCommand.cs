using System.CommandLine;
using SegmentAI.Host.CommandLine.Chat;
using Spectre.Console;

namespace SegmentAI.Host.CommandLine;

/// <summary><c>chat</c>: talk to the agent in the terminal, or line by line as JSON with <c>--json</c>.</summary>
internal static class ChatCommand
{
    public const string DefaultUser = "cli-user";

    // Wide enough that no reply line is broken when the output goes to a file or a pipe.
    private const int UnwrappedWidth = 1000;

    public static Command Build()
    {
        var tenant = CommonOptions.Tenant();
        var user = new Option<string?>("--user") { Description = $"Who is chatting; {DefaultUser} when omitted (the CLI trusts unknown users)." };
        var session = new Option<string?>("--session") { Description = "Session id to continue; a new one for this run when omitted." };
        var asOf = CommonOptions.AsOf();
        var warehouse = CommonOptions.Warehouse();
        var stateDir = new Option<string?>("--state-dir") { Description = "Folder the embedded memory keeps its files in (Memory:StateDirectory)." };
        var json = new Option<bool>("--json") { Description = "Read one message per stdin line, write one JSON reply per stdout line." };
        var command = new Command("chat", "Chat with the agent about a tenant's customers: describe an audience, get a grounded segment.")
        {
            tenant, user, session, asOf, warehouse, stateDir, json,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async ct =>
        {
            var date = CommandContext.ParseDate(result.GetValue(asOf), "--as-of");
            var warehouseFile = WarehouseFile(result.GetValue(warehouse));
            await using var host = await ChatHost.StartAsync(result.GetValue(stateDir), ct).ConfigureAwait(false);
            var target = host.Tenants.Get(result.GetValue(tenant)!);
            var engine = host.Engine
                ?? throw new CommandFailedException("no conversation engine is registered in this build, so chat cannot answer yet");
            var conversation = new CommandLineConversation(
                engine, target.Id, result.GetValue(user) ?? DefaultUser, result.GetValue(session), date, warehouseFile);
            return result.GetValue(json)
                ? await JsonLinesChat.RunAsync(conversation, Console.In, Console.Out, ct).ConfigureAwait(false)
                : await new InteractiveChat(conversation, ChatConsole(), Console.In, target.Config.Entity.Noun).RunAsync(ct).ConfigureAwait(false);
        }, cancellationToken));
        return command;
    }

    // Piped or captured output has no width to wrap at; Spectre would otherwise break every line at 80 columns.
    private static IAnsiConsole ChatConsole()
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = UnwrappedWidth;
        }

        return console;
    }

    // The engine may run with another working directory in mind; an absolute path means the same file everywhere.
    private static string? WarehouseFile(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var full = Path.GetFullPath(path);
        return File.Exists(full) ? full : throw new CommandFailedException($"warehouse file '{path}' does not exist");
    }
}
