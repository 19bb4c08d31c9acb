namespace SegmentAI.Evals.Suites;

/// <summary>
/// An eval suite file is malformed; <see cref="Issues"/> holds every problem, each naming its file, line, case and field:
/// "file:line:column: case 'id': field: message" for the shape of a file (the YAML reader's format), and
/// "file:line: case 'id': field: message" for what the loaders check across files, such as a case id used twice.
/// </summary>
internal sealed class EvalSuiteFormatException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public EvalSuiteFormatException()
        : this("eval suite is malformed")
    {
    }

    /// <summary>Creates the exception for one problem.</summary>
    public EvalSuiteFormatException(string message)
        : base(message)
    {
        Issues = [message];
    }

    /// <summary>Creates the exception for one problem with its cause.</summary>
    public EvalSuiteFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Issues = [message];
    }

    /// <summary>Creates the exception for every problem found in <paramref name="file"/>.</summary>
    public EvalSuiteFormatException(string file, IReadOnlyList<string> issues)
        : base($"{file}: {issues.Count} problem(s) in the eval suite:{Environment.NewLine}{string.Join(Environment.NewLine, issues)}")
    {
        Issues = issues;
    }

    /// <summary>Each problem with its file, line, case (its id, or <c>case #N</c> without one) and field.</summary>
    public IReadOnlyList<string> Issues { get; }
}
