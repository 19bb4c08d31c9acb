using System.Globalization;
using System.Text.Json.Nodes;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Host.Channels.Slack;

/// <summary>
/// Renders the chat contract as Block Kit: a segment as a section (name, description, logic), a fields section per
/// ten conditions plus the size, the assumptions as context, the SQL in a code block, and Save / Explain / 👍 / 👎
/// buttons; a clarification as its question with one button per option; anything else as its text. Every piece of
/// user or catalog text is escaped and kept under Slack's limits (3,000 characters of section text, 2,000 per field,
/// 75 per button label, 50 blocks), so a long reply is cut rather than rejected by Slack.
/// </summary>
internal static class SlackReplyRenderer
{
    /// <summary>Slack rejects section text longer than this.</summary>
    public const int SectionTextLimit = 3000;

    private const int SectionBudget = SectionTextLimit - 100;
    private const int FieldLimit = 2000;
    private const int FieldsPerSection = 10;
    private const int ContextElementLimit = 10;
    private const int ButtonLabelLimit = 75;
    private const int TextSectionLimit = 40;
    private const int FallbackSource = 2500;

    /// <summary>The placeholder posted in the thread while a long turn runs, later replaced by the answer.</summary>
    public static SlackMessage Working => new("Working on it…", [Section("_Working on it…_")]);

    /// <summary>What the sender is told when every worker's queue is full.</summary>
    public static SlackMessage Busy
    {
        get
        {
            const string Text = "I'm handling a lot of requests right now and couldn't take this one. Please send it again in a minute.";
            return new SlackMessage(Text, [Section(Text)]);
        }
    }

    /// <summary>The Block Kit message for <paramref name="reply"/>.</summary>
    public static SlackMessage Render(ChatReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var blocks = new JsonArray();
        var buttons = new JsonArray();
        if (reply.Kind == ReplyKind.Segment && reply.Segment is { } card)
        {
            AddSegment(blocks, card);
            if (card.Status != "saved")
            {
                buttons.Add(Button("Save", SlackActions.Save, SlackActions.SaveValue(card.Name), "primary"));
            }

            buttons.Add(Button("Explain", SlackActions.Explain, "explain"));
            AddRatings(buttons);
        }
        else if (reply.Kind == ReplyKind.Clarification && reply.Clarification is { } question)
        {
            blocks.Add(Section(SlackMrkdwn.EscapeWithin(question.Question, SectionBudget)));
            for (var i = 0; i < question.Options.Count; i++)
            {
                var number = i + 1;
                buttons.Add(Button(question.Options[i], SlackActions.Option(number), SlackActions.OptionValue(number, question.Options[i])));
            }

            blocks.Add(Context(["Pick one, or answer in this thread in your own words."]));
        }
        else
        {
            foreach (var piece in SlackMrkdwn.Split(SlackMrkdwn.FromMarkdown(reply.Text), SectionBudget).Take(TextSectionLimit))
            {
                blocks.Add(Section(piece));
            }

            if (reply.Kind == ReplyKind.Answer && reply.Segment is not null)
            {
                AddRatings(buttons);
            }
        }

        if (reply.SimilarSegments.Count > 0)
        {
            var similar = reply.SimilarSegments.Select(s => $"*{SlackMrkdwn.EscapeWithin(s.Name, 200)}* ({SlackMrkdwn.EscapeWithin(s.SegmentId, 100)})");
            blocks.Add(Context(["Similar saved segments: " + string.Join(" · ", similar) + ". Say \"show <name>\" to compare."]));
        }

        if (buttons.Count > 0)
        {
            blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = buttons });
        }

        return new SlackMessage(Fallback(reply), blocks);
    }

    private static void AddSegment(JsonArray blocks, SegmentCard card)
    {
        var heading = $"*{SlackMrkdwn.EscapeWithin(card.Name, 200)}*"
            + (card.Status == "needs_review" ? "  _needs review: confidence below 50%_" : string.Empty)
            + "\n" + SlackMrkdwn.EscapeWithin(card.Description, 2000)
            + "\nLogic: `" + SlackMrkdwn.EscapeWithin(card.Logic, 400) + "` · confidence "
            + card.Confidence.ToString("0%", CultureInfo.InvariantCulture);
        blocks.Add(Section(heading));

        var fields = card.Conditions.Select(Field).Append(Size(card)).ToList();
        foreach (var chunk in fields.Chunk(FieldsPerSection))
        {
            var array = new JsonArray();
            foreach (var field in chunk)
            {
                array.Add(Mrkdwn(field));
            }

            blocks.Add(new JsonObject { ["type"] = "section", ["fields"] = array });
        }

        if (card.Assumptions.Count > 0)
        {
            var shown = card.Assumptions.Count <= ContextElementLimit ? card.Assumptions : card.Assumptions.Take(ContextElementLimit - 1).ToList();
            var elements = shown.Select(a => "_Assumed:_ " + SlackMrkdwn.EscapeWithin(a, 1000)).ToList();
            if (shown.Count < card.Assumptions.Count)
            {
                elements.Add($"_…and {card.Assumptions.Count - shown.Count} more; say \"explain it\" for all of them._");
            }

            blocks.Add(Context(elements));
        }

        const string SqlHeading = "*SQL*\n```";
        blocks.Add(Section(SqlHeading + SlackMrkdwn.EscapeWithin(card.Sql, SectionBudget - SqlHeading.Length - 3) + "```"));
    }

    private static string Field(ConditionCard condition)
    {
        var grounding = condition.Grounding == Grounding.Retrieved ? "retrieved from the catalog" : "inferred";
        return $"*{SlackMrkdwn.EscapeWithin(condition.Id, 20)} · {SlackMrkdwn.EscapeWithin(condition.FacetName, 120)}*\n"
            + SlackMrkdwn.EscapeWithin(condition.Description, 1200) + "\n"
            + $"_{grounding}, {condition.Confidence.ToString("0%", CultureInfo.InvariantCulture)} · from \"{SlackMrkdwn.EscapeWithin(condition.SourceText, 500)}\"_";
    }

    private static string Size(SegmentCard card)
    {
        if (card.EstimatedSize is not { } size)
        {
            return "*Size*\nnot estimated";
        }

        var text = "*Size*\n" + size.ToString("N0", CultureInfo.InvariantCulture);
        if (card.TotalPopulation is { } population && population > 0)
        {
            text += $" of {population.ToString("N0", CultureInfo.InvariantCulture)} ({((double)size / population * 100).ToString("0.0", CultureInfo.InvariantCulture)}%)";
        }

        return text;
    }

    private static void AddRatings(JsonArray buttons)
    {
        buttons.Add(Button("👍", SlackActions.ThumbsUp, "up"));
        buttons.Add(Button("👎", SlackActions.ThumbsDown, "down"));
    }

    private static string Fallback(ChatReply reply)
    {
        var text = reply.Kind == ReplyKind.Segment && reply.Segment is { } card ? $"{card.Name}: {card.Description}" : reply.Text;
        return SlackMrkdwn.FromMarkdown(SlackMrkdwn.Cut(text, FallbackSource));
    }

    private static JsonObject Section(string mrkdwn) => new() { ["type"] = "section", ["text"] = Mrkdwn(mrkdwn) };

    private static JsonObject Context(IEnumerable<string> elements)
    {
        var array = new JsonArray();
        foreach (var element in elements)
        {
            array.Add(Mrkdwn(element));
        }

        return new JsonObject { ["type"] = "context", ["elements"] = array };
    }

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    private static JsonObject Button(string label, string actionId, string value, string? style = null)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = SlackMrkdwn.Cut(label, ButtonLabelLimit), ["emoji"] = true },
            ["action_id"] = actionId,
            ["value"] = value,
        };
        if (style is not null)
        {
            button["style"] = style;
        }

        return button;
    }
}
