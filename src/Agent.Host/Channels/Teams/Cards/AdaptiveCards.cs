using System.Globalization;
using System.Text.Json.Nodes;
using SegmentAI.Host.Channels.Charts;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Host.Channels.Teams.Cards;

/// <summary>
/// Adaptive Cards (schema 1.5) for replies: a segment card (name, description, a FactSet of the conditions with their
/// grounding, size, assumptions, the SQL behind a toggle, and Save / Explain / 👍 / 👎 buttons) and a clarification
/// card (the question and one button per option). Strings from users and the catalog are escaped for markdown; the
/// SQL is a TextRun, which renders verbatim.
/// </summary>
internal static class AdaptiveCards
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public const string Version = "1.5";

    /// <summary>
    /// The card of <paramref name="reply"/>: its segment, else its question, else its tables and charts; null for
    /// text-only replies.
    /// </summary>
    public static JsonObject? For(ChatReply reply, string entityNoun)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Segment is { } segment ? Segment(segment, entityNoun, reply.SimilarSegments)
            : reply.Clarification is { } clarification ? Clarification(clarification)
            : reply.Contents.Any(c => c is TableContent or ChartContent) ? Contents(reply.Contents)
            : null;
    }

    /// <summary>
    /// A card of typed contents: text as text, a table as a Table, a chart as a PNG inline as a data URI (Teams shows
    /// data URIs in cards; nothing is uploaded). Types the card has no element for are left to the message text.
    /// </summary>
    public static JsonObject Contents(IReadOnlyList<ReplyContent> contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var body = new List<JsonNode>();
        foreach (var content in contents)
        {
            switch (content)
            {
                case TextContent text:
                    body.Add(TextBlock(text.Text));
                    break;
                case TableContent table:
                    body.AddRange(Table(table));
                    break;
                case ChartContent chart when ChartImage.TryPng(chart) is { } png:
                    body.Add(new JsonObject
                    {
                        ["type"] = "Image",
                        ["url"] = $"data:{ChartImage.MediaType};base64,{Convert.ToBase64String(png)}",
                        ["altText"] = chart.Title ?? "Chart",
                        ["size"] = "Stretch",
                    });
                    break;
                case MetricContent metric:
                    body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = new JsonArray(new JsonObject { ["title"] = metric.Label, ["value"] = $"{metric.Value.ToString("#,0.##", CultureInfo.InvariantCulture)} {metric.Unit}".TrimEnd() }) });
                    break;
            }
        }

        return Card(body, []);
    }

    private static IEnumerable<JsonNode> Table(TableContent table)
    {
        if (table.Title is { } title)
        {
            yield return TextBlock($"**{TeamsMarkdown.Escape(title)}**");
        }

        var header = new JsonObject
        {
            ["type"] = "TableRow",
            ["cells"] = new JsonArray([.. table.Columns.Select(c => Cell(c.Header, c.Numeric, bold: true))]),
        };
        var rows = table.Rows.Select(row => (JsonNode)new JsonObject
        {
            ["type"] = "TableRow",
            ["cells"] = new JsonArray([.. row.Select((cell, i) => Cell(cell, i < table.Columns.Count && table.Columns[i].Numeric, bold: false))]),
        });
        yield return new JsonObject
        {
            ["type"] = "Table",
            ["firstRowAsHeader"] = true,
            ["showGridLines"] = false,
            ["columns"] = new JsonArray([.. table.Columns.Select(c => (JsonNode)new JsonObject { ["width"] = c.Numeric ? 1 : 2 })]),
            ["rows"] = new JsonArray([header, .. rows]),
        };
    }

    private static JsonNode Cell(string text, bool numeric, bool bold)
    {
        var block = TextBlock(TeamsMarkdown.Escape(text), ("horizontalAlignment", numeric ? "Right" : "Left"));
        if (bold)
        {
            block["weight"] = "Bolder";
        }

        return new JsonObject { ["type"] = "TableCell", ["items"] = new JsonArray(block) };
    }

    /// <summary>A card holding only <paramref name="markdown"/>, for text replies that must be a card (invoke responses).</summary>
    public static JsonObject Text(string markdown) => Card([TextBlock(markdown)], []);

    public static JsonObject Segment(SegmentCard segment, string entityNoun, IReadOnlyList<SimilarSegmentCard>? similar = null)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var body = new List<JsonNode>
        {
            TextBlock(TeamsMarkdown.Escape(segment.Name), ("size", "Medium"), ("weight", "Bolder")),
            TextBlock($"{Status(segment.Status)} · confidence {Percent(segment.Confidence)}", ("isSubtle", true), ("spacing", "None"),
                ("color", segment.Status == "needs_review" ? "Warning" : "Default")),
            TextBlock(TeamsMarkdown.Escape(segment.Description)),
            new JsonObject { ["type"] = "FactSet", ["facts"] = new JsonArray([.. Facts(segment)]) },
            TextBlock($"**Size:** {Size(segment, entityNoun)}"),
        };

        if (segment.Assumptions.Count > 0)
        {
            body.Add(TextBlock("**Assumptions**"));
            body.AddRange(segment.Assumptions.Select(a => TextBlock("• " + TeamsMarkdown.Escape(a), ("spacing", "Small"))));
        }

        if (segment.Status == "needs_review")
        {
            body.Add(TextBlock("Confidence is below 50%, so this segment needs a human review before use.", ("color", "Warning")));
        }

        if (similar is { Count: > 0 })
        {
            body.Add(TextBlock("**Similar saved segments:** " + string.Join(", ", similar.Select(s => TeamsMarkdown.Escape(s.Name))), ("isSubtle", true)));
        }

        var sqlId = "sql-" + new string([.. segment.Id.Where(char.IsAsciiLetterOrDigit)]);
        body.Add(new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "Action.ToggleVisibility",
                ["title"] = "Show SQL",
                ["targetElements"] = new JsonArray(sqlId),
            }),
        });
        body.Add(new JsonObject
        {
            ["type"] = "Container",
            ["id"] = sqlId,
            ["isVisible"] = false,
            ["items"] = new JsonArray(new JsonObject
            {
                ["type"] = "RichTextBlock",
                ["inlines"] = new JsonArray(new JsonObject { ["type"] = "TextRun", ["text"] = segment.Sql + ";", ["fontType"] = "Monospace" }),
            }),
        });

        // A saved segment is saved again under its own name (a new version); a draft is saved under the suggested name.
        var save = segment.Status == "saved"
            ? CardActions.Button("Save", CardActions.Save)
            : CardActions.Button("Save", CardActions.Save, ("name", segment.Name));
        return Card(body,
        [
            save,
            CardActions.Button("Explain", CardActions.Explain),
            CardActions.Button("👍", CardActions.Rate, ("rating", "up")),
            CardActions.Button("👎", CardActions.Rate, ("rating", "down")),
        ]);
    }

    public static JsonObject Clarification(ClarificationCard clarification)
    {
        ArgumentNullException.ThrowIfNull(clarification);
        return Card(
            [
                TextBlock(TeamsMarkdown.Escape(clarification.Question), ("weight", "Bolder")),
                TextBlock("Pick one, or answer in your own words.", ("isSubtle", true), ("spacing", "Small")),
            ],
            [.. clarification.Options.Select(option => CardActions.Button(option, CardActions.Answer, ("option", option), ("slot", clarification.Slot)))]);
    }

    /// <summary>"12,345 of 250,000 customers (4.9%)", or why there is no size.</summary>
    public static string Size(SegmentCard segment, string entityNoun)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (segment.EstimatedSize is not { } size)
        {
            return "not estimated (the warehouse was not available)";
        }

        var count = size.ToString("N0", CultureInfo.InvariantCulture);
        if (segment.TotalPopulation is not { } population)
        {
            return $"{count} {entityNoun}";
        }

        var share = population == 0 ? 0 : (double)size / population * 100;
        return $"{count} of {population.ToString("N0", CultureInfo.InvariantCulture)} {entityNoun} ({share.ToString("0.0", CultureInfo.InvariantCulture)}%)";
    }

    private static IEnumerable<JsonNode> Facts(SegmentCard segment)
    {
        foreach (var condition in segment.Conditions)
        {
            var grounding = condition.Grounding == Grounding.Retrieved ? "retrieved from the catalog" : "inferred";
            yield return new JsonObject
            {
                ["title"] = TeamsMarkdown.Escape($"{condition.Id} {condition.FacetName}"),
                ["value"] = TeamsMarkdown.Escape($"{condition.Description} — from \"{condition.SourceText}\" ({grounding}, {Percent(condition.Confidence)})"),
            };
        }

        if (segment.Conditions.Count > 1)
        {
            yield return new JsonObject { ["title"] = "Logic", ["value"] = TeamsMarkdown.Escape(segment.Logic) };
        }
    }

    private static JsonObject Card(IEnumerable<JsonNode> body, IEnumerable<JsonNode> actions)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray([.. body]),
        };
        var buttons = new JsonArray([.. actions]);
        if (buttons.Count > 0)
        {
            card["actions"] = buttons;
        }

        return card;
    }

    private static JsonObject TextBlock(string text, params (string Name, JsonNode Value)[] properties)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        foreach (var (name, value) in properties)
        {
            block[name] = value;
        }

        return block;
    }

    private static string Status(string status) => status switch
    {
        "needs_review" => "Needs review",
        "saved" => "Saved",
        _ => "Draft",
    };

    private static string Percent(double confidence) => confidence.ToString("0%", CultureInfo.InvariantCulture);
}
