using System.Text.Json;

namespace SegmentAI.Skills.Configuration;

/// <summary>
/// What System.Text.Json's errors say, fit for a problem shown to people: the reason without the trailing
/// "Path: … | LineNumber: …" (the path is reported as its own field), and the path, <c>$</c> for the whole document.
/// </summary>
public static class JsonErrorText
{
    /// <summary>The first sentence of the error: what is wrong, without where.</summary>
    public static string Reason(JsonException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var cut = error.Message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? error.Message[..cut] : error.Message;
    }

    /// <summary>The JSON path of the error, or <c>$</c> when it concerns the whole document.</summary>
    public static string PathOf(JsonException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return string.IsNullOrEmpty(error.Path) ? "$" : error.Path;
    }
}
