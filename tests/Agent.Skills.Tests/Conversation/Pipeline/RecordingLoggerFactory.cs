using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Tests.Retrieval;

namespace SegmentAI.Skills.Tests.Conversation.Pipeline;

/// <summary>A logger factory whose every logger is one <see cref="RecordingLogger"/>, remembering the categories asked for.</summary>
internal sealed class RecordingLoggerFactory : ILoggerFactory
{
    public RecordingLogger Logger { get; } = new();

    public List<string> Categories { get; } = [];

    public ILogger CreateLogger(string categoryName)
    {
        Categories.Add(categoryName);
        return Logger;
    }

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }
}
