using System.Globalization;
using System.Text;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Chat;

/// <summary>Explains a segment in plain English: who is in it, each condition with its grounding, the size and the SQL.</summary>
public static class SegmentExplainer
{
    /// <summary>Markdown explanation of <paramref name="card"/>.</summary>
    public static string Explain(SegmentCard card, string entityNoun, bool includeSql = true)
    {
        ArgumentNullException.ThrowIfNull(card);
        var text = new StringBuilder();
        text.Append("**").Append(card.Name).AppendLine("**");
        text.AppendLine(card.Description);
        text.AppendLine();
        text.Append("Logic: `").Append(card.Logic).AppendLine("`");
        foreach (var condition in card.Conditions)
        {
            var marker = condition.Grounding == Grounding.Retrieved ? "retrieved from the catalog" : "inferred";
            text.Append("- ").Append(condition.Id).Append(": ").Append(condition.Description)
                .Append(" — from your words \"").Append(condition.SourceText).Append("\" (")
                .Append(marker).Append(", confidence ").Append(condition.Confidence.ToString("0%", CultureInfo.InvariantCulture)).AppendLine(")");
        }

        if (card.EstimatedSize is { } size && card.TotalPopulation is { } population)
        {
            var share = population == 0 ? 0 : (double)size / population;
            text.AppendLine().Append("Size: ").Append(size.ToString("N0", CultureInfo.InvariantCulture)).Append(" of ")
                .Append(population.ToString("N0", CultureInfo.InvariantCulture)).Append(' ').Append(entityNoun)
                .Append(" (").Append((share * 100).ToString("0.0", CultureInfo.InvariantCulture)).AppendLine("%).");
        }

        if (card.Assumptions.Count > 0)
        {
            text.AppendLine().AppendLine("Assumptions:");
            foreach (var assumption in card.Assumptions)
            {
                text.Append("- ").AppendLine(assumption);
            }
        }

        if (card.Status == "needs_review")
        {
            text.AppendLine().AppendLine("Confidence is below 50%, so this segment is marked for human review before use.");
        }

        if (includeSql)
        {
            text.AppendLine().AppendLine("```sql").AppendLine(card.Sql + ";").Append("```");
        }
        return text.ToString();
    }
}
