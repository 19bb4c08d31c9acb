namespace SegmentAI.Host.Tests.Chat;

/// <summary>Reads an event stream the way EventSource does: blocks end at a blank line, data lines join with newlines.</summary>
internal static class ServerSentEvents
{
    public static IReadOnlyList<(string Type, string Data)> Parse(string stream)
    {
        Assert.EndsWith("\n\n", stream, StringComparison.Ordinal);
        var events = new List<(string, string)>();
        foreach (var block in stream.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var type = "message";
            var data = new List<string>();
            foreach (var line in block.Split('\n'))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                Assert.True(colon > 0, $"not a field line: '{line}'");
                var value = line[(colon + 1)..].TrimStart(' ');
                switch (line[..colon])
                {
                    case "event":
                        type = value;
                        break;
                    case "data":
                        data.Add(value);
                        break;
                    default:
                        Assert.Fail($"unexpected field in '{line}'");
                        break;
                }
            }

            events.Add((type, string.Join('\n', data)));
        }

        return events;
    }
}
