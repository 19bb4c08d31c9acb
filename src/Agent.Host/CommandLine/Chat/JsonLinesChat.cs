using SegmentAI.Skills.Chat;

namespace SegmentAI.Host.CommandLine.Chat;

/// <summary><c>chat --json</c>: one message per input line, one JSON reply per output line, nothing else on the output.</summary>
internal static class JsonLinesChat
{
    public static async Task<int> RunAsync(
        CommandLineConversation conversation, TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var reply = await conversation.SendAsync(line, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(ChatJson.SerializeLine(reply).AsMemory(), cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }
}
