using System.Globalization;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using Spectre.Console;

namespace SegmentAI.Host.CommandLine.Chat;

/// <summary>Prints replies in the terminal as plain, aligned text; SQL is kept for <c>/sql</c>.</summary>
internal static partial class ReplyView
{
    private const string Indent = "             ";

    public static void Write(IAnsiConsole console, ChatReply reply, string entityNoun)
    {
        var text = WithoutCodeBlocks(reply.Text);
        var style = reply.Kind switch
        {
            ReplyKind.Error => new Style(Color.Red),
            ReplyKind.Refusal => new Style(Color.Yellow),
            _ => Style.Plain,
        };
        console.Write(new Text("agent> ", new Style(decoration: Decoration.Bold)));
        if (ContentView.RendersAll(reply.Contents))
        {
            ContentView.Write(console, reply.Contents);
        }
        else
        {
            console.Write(new Text(text + Environment.NewLine, style));
        }

        if (reply.Refusal is { } refusal)
        {
            console.Write(new Text($"refused ({refusal.Category}): {refusal.Reason}{Environment.NewLine}", style));
        }

        if (reply.Clarification is { } clarification)
        {
            WriteOptions(console, clarification, text);
        }

        if (reply.Segment is { } segment)
        {
            WriteCard(console, segment, entityNoun);
        }

        console.WriteLine();
    }

    public static void WriteCard(IAnsiConsole console, SegmentCard segment, string entityNoun)
    {
        var lines = new List<string>
        {
            $"Segment:     {segment.Name}  [{segment.Status}, confidence {Percent(segment.Confidence)}]",
            $"Who:         {segment.Description}",
            $"Logic:       {segment.Logic}",
        };
        lines.AddRange(segment.Conditions.Select(c =>
            $"  {c.Id,-10} {c.Description} — \"{c.SourceText}\" [{Marker(c.Grounding)}, {Percent(c.Confidence)}]"));
        lines.Add("Size:        " + Size(segment, entityNoun));
        lines.AddRange(segment.Assumptions.Select((a, i) => (i == 0 ? "Assumptions: " : Indent) + a));
        lines.Add("(/sql shows the SQL, /json the whole reply)");
        foreach (var line in lines)
        {
            console.WriteLine(line);
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
