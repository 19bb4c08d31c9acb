using System.Globalization;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using Spectre.Console;

namespace SegmentAI.Host.CommandLine.Chat;

/// <summary>
/// Prints each reply once: its text rendered for the terminal (or its typed contents), then only what the text does
/// not already say about a segment (its logic, how each condition was grounded, assumptions). SQL waits for <c>/sql</c>.
/// </summary>
internal static partial class ReplyView
{
    private const string Indent = "             ";

    public static void Write(IAnsiConsole console, ChatReply reply, string entityNoun)
    {
        var text = WithoutCodeBlocks(reply.Text);
        var colour = reply.Kind switch
        {
            ReplyKind.Error => "red",
            ReplyKind.Refusal => "yellow",
            _ => null,
        };
        console.Write(new Text("agent> ", new Style(decoration: Decoration.Bold)));
        if (ContentView.RendersAll(reply.Contents))
        {
            ContentView.Write(console, reply.Contents);
        }
        else
        {
            var markup = TerminalMarkdown.ToMarkup(text);
            console.MarkupLine(colour is null ? markup : $"[{colour}]{markup}[/]");
        }

        if (reply.Refusal is { } refusal && !text.Contains(refusal.Reason, StringComparison.Ordinal))
        {
            console.MarkupLine($"[{colour ?? "yellow"}]{Markup.Escape($"refused ({refusal.Category}): {refusal.Reason}")}[/]");
        }

        if (reply.Clarification is { } clarification)
        {
            WriteOptions(console, clarification, text);
        }

        if (reply.Segment is { } segment)
        {
            WriteDetails(console, segment, text, entityNoun);
        }

        console.WriteLine();
    }

    // The text already names the segment, says who is in it and its size; these lines add only what it leaves out.
    private static void WriteDetails(IAnsiConsole console, SegmentCard segment, string text, string entityNoun)
    {
        var lines = new List<string>();
        if (!text.Contains("Logic:", StringComparison.Ordinal))
        {
            lines.Add($"Logic:       {segment.Logic}  [{segment.Status}, confidence {Percent(segment.Confidence)}]");
            lines.AddRange(segment.Conditions.Select(c =>
                $"  {c.Id,-10} {c.Description} — \"{c.SourceText}\" [{Marker(c.Grounding)}, {Percent(c.Confidence)}]"));
        }

        if (segment.EstimatedSize is { } size && !text.Contains(size.ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            lines.Add("Size:        " + Size(segment, entityNoun));
        }

        var unsaid = segment.Assumptions.Where(a => !text.Contains(a, StringComparison.Ordinal)).ToList();
        lines.AddRange(unsaid.Select((a, i) => (i == 0 ? "Assumptions: " : Indent) + a));
        lines.Add("(/sql shows the SQL, /json the whole reply)");
        foreach (var line in lines)
        {
            console.Write(new Text(line + Environment.NewLine, new Style(Color.Grey)));
        }
    }

    private static void WriteOptions(IAnsiConsole console, ClarificationCard clarification, string replyText)
    {
        if (!replyText.Contains(clarification.Question, StringComparison.Ordinal))
        {
            console.WriteLine(clarification.Question);
        }

        for (var i = 0; i < clarification.Options.Count; i++)
        {
            console.WriteLine($"  {i + 1}. {clarification.Options[i]}");
        }

        console.WriteLine("(answer with a number or in your own words)");
    }

    private static string Size(SegmentCard segment, string entityNoun)
    {
        if (segment.EstimatedSize is not { } size)
        {
            return "not estimated";
        }

        if (segment.TotalPopulation is not { } population || population == 0)
        {
            return $"{size.ToString("N0", CultureInfo.InvariantCulture)} {entityNoun}";
        }

        var share = ((double)size / population).ToString("0.0%", CultureInfo.InvariantCulture);
        return $"{size.ToString("N0", CultureInfo.InvariantCulture)} of {population.ToString("N0", CultureInfo.InvariantCulture)} {entityNoun} ({share})";
    }

    private static string Marker(Grounding grounding) => grounding == Grounding.Retrieved ? "retrieved" : "inferred";

    private static string Percent(double value) => value.ToString("0%", CultureInfo.InvariantCulture);

    // Segment explanations end with a fenced SQL block; the terminal shows SQL only when asked.
    public static string WithoutCodeBlocks(string markdown) => CodeBlock().Replace(markdown, "").TrimEnd();

    [GeneratedRegex(@"^```[^\n]*\n.*?^```[ \t]*$\n?", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
