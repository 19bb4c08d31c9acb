using SegmentAI.Skills.Chat;
using Spectre.Console;

namespace SegmentAI.Host.CommandLine.Chat;

/// <summary>The terminal chat loop: read a line, print the reply; slash commands inspect the last reply.</summary>
internal sealed class InteractiveChat
{
    private const string Help = """
        Describe an audience in plain words, or answer the agent's question (a number picks an option).
          /sql   show the SQL of the last segment
          /json  show the last reply as JSON
          /new   start a new session
          /help  show this help
          /quit  end (so does Ctrl+D)
        """;

    private readonly CommandLineConversation _conversation;
    private readonly IAnsiConsole _console;
    private readonly TextReader _input;
    private readonly string _entityNoun;
    private ChatReply? _lastReply;
    private SegmentCard? _lastSegment;

    public InteractiveChat(CommandLineConversation conversation, IAnsiConsole console, TextReader input, string entityNoun)
    {
        _conversation = conversation;
        _console = console;
        _input = input;
        _entityNoun = entityNoun;
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        _console.WriteLine($"SegmentAI chat: tenant {_conversation.TenantId}, user {_conversation.UserId}, session {_conversation.SessionId}. /help lists commands.");
        while (true)
        {
            _console.Write(new Text("you> ", new Style(Color.Blue, decoration: Decoration.Bold)));
            if (await _input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is not { } line)
            {
                _console.WriteLine();
                return 0;
            }

            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('/'))
            {
                if (!RunSlashCommand(line))
                {
                    return 0;
                }

                continue;
            }

            var reply = await AskAsync(OptionChosen(line) ?? line, cancellationToken).ConfigureAwait(false);
            _lastReply = reply;
            _lastSegment = reply.Segment ?? _lastSegment;
            ReplyView.Write(_console, reply, _entityNoun);
        }
    }

    private Task<ChatReply> AskAsync(string text, CancellationToken cancellationToken)
    {
        if (!_console.Profile.Capabilities.Interactive)
        {
            return _conversation.SendAsync(text, cancellationToken);
        }

        return _console.Status().StartAsync("thinking…", _ => _conversation.SendAsync(text, cancellationToken));
    }

    // A number answering a clarification is sent as the option's label, as a button press would be in Teams.
    private string? OptionChosen(string line) =>
        _lastReply?.Clarification is { } clarification
        && int.TryParse(line, System.Globalization.CultureInfo.InvariantCulture, out var number)
        && number >= 1 && number <= clarification.Options.Count
            ? clarification.Options[number - 1]
            : null;

    /// <summary>Runs a slash command; false when the chat should end.</summary>
    private bool RunSlashCommand(string line)
    {
        switch (line.ToLowerInvariant())
        {
            case "/quit" or "/exit":
                return false;
            case "/help":
                _console.WriteLine(Help);
                break;
            case "/sql":
                _console.WriteLine(_lastSegment is { } segment ? segment.Sql + ";" : "No segment yet.");
                break;
            case "/json":
                _console.WriteLine(_lastReply is { } reply ? ChatJson.Serialize(reply) : "No reply yet.");
                break;
            case "/new":
                _conversation.StartNewSession();
                _lastReply = null;
                _lastSegment = null;
                _console.WriteLine($"New session {_conversation.SessionId}.");
                break;
            default:
                _console.WriteLine($"Unknown command {line}; /help lists them.");
                break;
        }

        return true;
    }
}
