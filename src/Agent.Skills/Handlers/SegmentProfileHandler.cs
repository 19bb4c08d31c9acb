using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Analysis;
using SegmentAI.Skills.Authoring;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.FacetTypes;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Handlers;

/// <summary>
/// The <c>profile_segment</c> procedure: "describe this audience", "break it down by state". Counts the draft's
/// members per value of one or two facets in one grouped query and answers with a table and a bar chart per facet.
/// </summary>
[SkillOptions(typeof(SegmentProfileOptions))]
internal sealed partial class SegmentProfileHandler(SegmentAuthor author) : ISkillHandler
{
    private const int ShortList = 12;

    public async Task<ChatReply?> HandleAsync(SkillContext context, CancellationToken cancellationToken = default)
    {
        // The skill's own triggers say which words ask for a breakdown; other questions about the draft are not ours.
        var text = context.Perception.CorrectedText.Trim().TrimEnd('.', '?', '!');
        if (!context.Skill.Skill.Triggers.Any(t => t.Matches(text)))
        {
            return null;
        }

        var turn = context.Turn;
        var noun = turn.Tenant.Config.Entity.Noun;
        if (turn.Session.Draft is not { } draft)
        {
            return Replies.Answer(turn, context.Skill, $"There's no segment to break down yet. Describe the {noun} you mean first, then say \"break it down by …\".");
        }

        if (turn.Warehouse is not { } warehouse)
        {
            return Replies.Answer(turn, context.Skill, $"I can't count it without the warehouse: {turn.WarehouseProblem}.");
        }

        var options = context.Options<SegmentProfileOptions>();
        var named = ByWords().Match(text) is { Success: true } by ? NamedFacets(turn, by.Groups["facets"].Value) : null;
        var candidates = named ?? Defaults(turn.Tenant, draft.Definition, options).ToList();
        var facets = candidates.Take(options.MaxFacets).ToList();
        if (facets.Count == 0 || candidates.FirstOrDefault(f => !Profilable(f)) is not null)
        {
            var unfit = candidates.FirstOrDefault(f => !Profilable(f));
            var reason = unfit is not null ? $"{unfit.Name} is {Why(unfit)}"
                : named is null ? "Every facet I would describe it by is already fixed by the segment itself"
                : "I couldn't tell which facet to break it down by";
            var choices = Suitable(turn.Tenant).Take(8).Select(f => f.Name).ToList();
            return Replies.Answer(turn, context.Skill, choices.Count == 0
                ? $"{reason}, and this workspace's catalog has no facet with a fixed set of values to break {noun} down by."
                : $"{reason}. I can break {noun} down by a facet with a fixed set of values, such as {string.Join(", ", choices)}. Say \"break it down by {choices[0].ToLowerInvariant()}\".");
        }

        var compiled = SegmentCompiler.Compile(draft.Definition, turn.Tenant, warehouse.Dialect, turn.AsOf);
        var profile = await SegmentProfiler.ProfileAsync(compiled, turn.Tenant, facets, warehouse, cancellationToken).ConfigureAwait(false);
        var left = named?.Skip(options.MaxFacets).Select(f => f.Name).ToList() ?? [];
        return Describe(context, draft.Definition.Name ?? "This segment", profile, options.MaxGroups, left);
    }

    private static ChatReply Describe(SkillContext context, string name, SegmentProfile profile, int maxGroups, IReadOnlyList<string> left)
    {
        var noun = context.Tenant.Config.Entity.Noun;
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"**{name}** has {profile.Total:N0} {noun} as of {context.Turn.AsOf:d MMM yyyy}.");
        if (left.Count > 0)
        {
            // Every facet named is either shown or said to be left for the next question.
            text.Append(CultureInfo.InvariantCulture, $" I break an audience down by {profile.Facets.Count} facets at a time, so {string.Join(" and ", left)} {(left.Count == 1 ? "is" : "are")} left for your next question.");
        }

        if (profile.Total < context.Tenant.Config.SizeLimits.Min)
        {
            // A breakdown of a handful of people can point at individuals; the numbers are still shown, with the warning.
            text.Append(CultureInfo.InvariantCulture, $" That is below this workspace's minimum segment size of {context.Tenant.Config.SizeLimits.Min:N0}, so treat the breakdown with care: small groups can identify individuals.");
        }

        var contents = new List<ReplyContent> { new TextContent(text.ToString()) };
        foreach (var distribution in profile.Facets)
        {
            var rows = Rows(distribution, maxGroups);
            var header = char.ToUpperInvariant(noun[0]) + noun[1..];
            var table = new TableContent(
                [new TableColumn(distribution.Facet.Name), new TableColumn(header, Numeric: true), new TableColumn("Share", Numeric: true)],
                rows.Select(r => (IReadOnlyList<string>)[r.Label, r.Count.ToString("N0", CultureInfo.InvariantCulture), Share(r.Count, profile.Total)]).ToList())
            { Title = $"{name} by {distribution.Facet.Name}" };
            contents.Add(table);
            contents.Add(new ChartContent
            {
                Title = table.Title,
                Kind = ChartKind.Bar,
                Categories = rows.Select(r => r.Label).ToList(),
                Series = [new ChartSeries(header, rows.Select(r => (double)r.Count).ToList())],
                XLabel = distribution.Facet.Name,
                YLabel = header,
                Unit = noun,
            });
            text.Append("\n\n**By ").Append(distribution.Facet.Name).Append("**\n\n| ").AppendJoin(" | ", table.Columns.Select(c => c.Header)).Append(" |\n|---|---:|---:|");
            foreach (var row in table.Rows)
            {
                text.Append("\n| ").AppendJoin(" | ", row).Append(" |");
            }
        }

        return Replies.Answer(context.Turn, context.Skill, text.ToString()) with { Contents = contents };
    }

    // The largest values first; past maxGroups the rest are one "other" row, so the shares still add up.
    private static List<(string Label, long Count)> Rows(FacetDistribution distribution, int maxGroups)
    {
        var rows = distribution.Values.Take(maxGroups).Select(v => (Label(distribution.Facet, v.Value), v.Count)).ToList();
        var rest = distribution.Values.Skip(maxGroups).ToList();
        if (rest.Count > 0)
        {
            rows.Add(($"Other ({rest.Count} values)", rest.Sum(v => v.Count)));
        }

        return rows;
    }

    private static string Label(Facet facet, string? value) =>
        value is null ? "Not recorded" : FacetTypeHandlers.Of(facet).DescribeValue(facet, value);

    private static string Share(long count, long total) =>
        total == 0 ? "–" : ((double)count / total).ToString("P1", CultureInfo.InvariantCulture).Replace(" %", "%", StringComparison.Ordinal);

    // The facets the words after "by" name, in the order said; a plural ("across locations") is read as its singular
    // against the catalog's names and synonyms when perception finds none.
    private List<Facet> NamedFacets(TurnContext turn, string words)
    {
        var perceived = author.PerceiveText(turn, words).Entities.Facets
            .Select(m => m.Meanings.FirstOrDefault(x => x.Value is null) ?? m.Meanings[0])
            .Select(x => turn.Tenant.Catalog.Find(x.FacetId))
            .OfType<Facet>()
            .DistinctBy(f => f.Id)
            .ToList();
        if (perceived.Count > 0)
        {
            return perceived;
        }

        var said = words.ToLowerInvariant();
        var singular = Plural().Replace(said, "$1");
        return turn.Tenant.Catalog.Facets
            .Select(f => (Facet: f, At: FirstMention(f, said, singular)))
            .Where(x => x.At >= 0)
            .OrderBy(x => x.At)
            .Select(x => x.Facet)
            .ToList();
    }

    // Where the words first name the facet (its id, name or a synonym), or -1.
    private static int FirstMention(Facet facet, string said, string singular)
    {
        string[] names = [facet.Id.Replace('_', ' '), facet.Name, .. facet.Synonyms];
        return names.Select(n => n.ToLowerInvariant())
            .SelectMany(n => new[] { said.IndexOf(n, StringComparison.Ordinal), singular.IndexOf(n, StringComparison.Ordinal) })
            .Where(i => i >= 0)
            .DefaultIfEmpty(-1)
            .Min();
    }

    // The skill's default facets for the tenant; with "catalog" (or none that qualify), short lists the draft does not
    // already pin to one value.
    private static IEnumerable<Facet> Defaults(Tenant tenant, Segments.SegmentDefinition definition, SegmentProfileOptions options)
    {
        // A facet the draft pins to one value would be a single 100% row.
        var pinned = definition.Conditions().Where(c => c.Values.Count == 1 || tenant.Catalog.Find(c.Facet)?.Type == FacetType.Boolean).Select(c => c.Facet).ToHashSet(StringComparer.Ordinal);
        var configured = options.DefaultFacets.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(tenant.Catalog.Find).OfType<Facet>().Where(f => Profilable(f) && !pinned.Contains(f.Id)).ToList();
        return configured.Count > 0 ? configured : Suitable(tenant).Where(f => !pinned.Contains(f.Id));
    }

    private static IEnumerable<Facet> Suitable(Tenant tenant) =>
        tenant.Catalog.Facets.Where(f => Profilable(f) && (f.Type == FacetType.Boolean || f.Values.Count is > 1 and <= ShortList));

    private static bool Profilable(Facet facet) =>
        facet.Kind == FacetKind.Attribute && facet.Sql.Column is not null && !facet.Pii && !facet.Restricted && facet.Type is FacetType.List or FacetType.Boolean;

    private static string Why(Facet facet) =>
        facet.Pii || facet.Restricted ? "personal data, which I never break audiences down by"
        : facet.Kind == FacetKind.Event ? "measured from what people do, not a fixed set of values they have"
        : $"a {facet.Type.ToString().ToLowerInvariant()}, not a fixed set of values";

    [GeneratedRegex(@"\b(\w{3,}?)(?:es|s)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Plural();

    [GeneratedRegex(@"\b(?:by|across|over|between|(?:distribution|breakdown)\s+of)\s+(?<facets>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByWords();
}
