namespace SegmentAI.Skills.Tests.ConversationCases;

/// <summary>A conversation-case file is malformed; <see cref="Issues"/> holds every problem as "file:line: case 'id': field: message".</summary>
public sealed class ConversationCaseFormatException : Exception
{
    public ConversationCaseFormatException()
        : this("conversation cases are malformed")
    {
    }

    public ConversationCaseFormatException(string message)
        : base(message)
    {
        Issues = [message];
    }

    public ConversationCaseFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Issues = [message];
    }

    public ConversationCaseFormatException(string file, IReadOnlyList<string> issues)
        : base($"{file}: {issues.Count} problem(s) in the conversation cases:{Environment.NewLine}{string.Join(Environment.NewLine, issues)}")
    {
        Issues = issues;
    }

    /// <summary>Each problem with its file, line, case id and field.</summary>
    public IReadOnlyList<string> Issues { get; }
}
