using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Handlers;

/// <summary>
/// The <c>help</c> procedure: what the agent can do (with example requests in the tenant's own words), what data the
/// workspace can filter on (by category, never personal data), and how dates are read (the fiscal calendar, windows).
/// </summary>
[SkillOptions(typeof(HelpOptions))]
internal sealed partial class HelpHandler(SkillRegistry skills) : ISkillHandler
{
    private const string CreationSkill = "segment_creation";

    public Task<ChatReply?> HandleAsync(SkillContext context, CancellationToken cancellationToken = default)
    {
        var text = context.Perception.CorrectedText;
        var options = context.Options<HelpOptions>();
        var answer = DataQuestion().IsMatch(text) ? Catalog(context.Tenant, text, options)
            : DateQuestion().IsMatch(text) ? Calendar(context.Tenant, context.Turn.AsOf)
            : Overview(context, options);
        return Task.FromResult<ChatReply?>(Replies.Answer(context.Turn, context.Skill, answer));
    }

    private string Overview(SkillContext context, HelpOptions options)
    {
        var tenant = context.Tenant;
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"I build {tenant.Config.Entity.Singular} segments for {tenant.Config.DisplayName} from plain English, grounded in your catalog of {tenant.Catalog.Facets.Count} facets. I can:\n");
        foreach (var active in skills.ActiveSkills().Where(s => s.SkillId != context.Skill.SkillId))
        {
            text.Append("- ").Append(active.Description.TrimEnd('.')).AppendLine(".");
        }

        var examples = skills.ActiveSkills().Where(s => s.SkillId == CreationSkill)
            .SelectMany(s => s.Examples)
            .Where(e => e.Tenant == tenant.Id)
            .Select(e => e.Input)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(options.MaxExamples)
            .ToList();
        if (examples.Count > 0)
        {
            text.Append("Try: ").AppendJoin(" · ", examples.Select(e => $"\"{e}\"")).AppendLine();
        }

        text.Append("Every segment comes with its size, SQL and the assumptions I made; ask \"explain it\" any time, or \"what can I filter on?\" for the data.");
        return text.ToString();
    }

    // The catalog as a marketer can use it: categories with their facets, or one category's facets with what they mean.
    private static string Catalog(Tenant tenant, string question, HelpOptions options)
    {
        var usable = tenant.Catalog.Facets.Where(f => tenant.WhyFacetIsUnusable(f) is null).ToList();
        var byCategory = usable.GroupBy(f => f.Category, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var asked = AskedCategory(byCategory.Select(g => g.Key), question) is { } name ? byCategory.First(g => g.Key == name) : null;
        var text = new StringBuilder();
        if (asked is not null)
        {
            var facets = asked.ToList();
            text.Append(CultureInfo.InvariantCulture, $"**{asked.Key}** ({facets.Count} facet{(facets.Count == 1 ? "" : "s")}):\n");
            foreach (var facet in facets.Take(options.MaxFacetsListed))
            {
                text.Append(CultureInfo.InvariantCulture, $"- {facet.Name}: {facet.Description.Split(". ", 2)[0].TrimEnd('.')}.\n");
            }

            AppendMore(text, facets.Count - options.MaxFacetsListed, "in this category");
            text.Append(CultureInfo.InvariantCulture, $"Use them in your own words, e.g. \"{tenant.Config.Entity.Noun} with {facets[0].Name.ToLowerInvariant()} …\".");
            return text.ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $"{tenant.Config.DisplayName}'s {tenant.Config.Entity.Noun} can be filtered on {usable.Count} facets in {byCategory.Count} categories");
        if (usable.Count <= options.MaxFacetsListed)
        {
            text.Append(":\n");
            foreach (var category in byCategory)
            {
                text.Append("- **").Append(category.Key).Append("**: ").AppendJoin(", ", category.Select(f => f.Name)).Append('\n');
            }
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $" (the first {options.MaxFacetsListed} by category):\n");
            var listed = 0;
            foreach (var category in byCategory)
            {
                var names = category.Take(Math.Max(0, options.MaxFacetsListed - listed)).Select(f => f.Name).ToList();
                listed += names.Count;
                text.Append("- **").Append(category.Key).Append("** (").Append(category.Count()).Append("): ")
                    .AppendJoin(", ", names).Append(names.Count < category.Count() ? ", …" : "").Append('\n');
            }
        }

        var hidden = tenant.Catalog.Facets.Count - usable.Count;
        if (hidden > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{hidden} more hold personal or restricted data and are never used in segments.\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Ask about one category for what each facet means, e.g. \"which {byCategory[0].Key.ToLowerInvariant()} facets are there?\".");
        return text.ToString();
    }

    // "which purchase facets are there?" names "Transactions & Purchase": the category sharing most words with the
    // question (plural or not), when any does.
    private static string? AskedCategory(IEnumerable<string> categories, string question)
    {
        var said = Words().Matches(question).Select(m => Stem(m.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return categories
            .Select(c => (Category: c, Shared: Words().Matches(c).Count(w => w.Value.Length > 3 && said.Contains(Stem(w.Value)))))
            .Where(c => c.Shared > 0)
            .OrderByDescending(c => c.Shared)
            .Select(c => c.Category)
            .FirstOrDefault();
    }

    private static string Stem(string word) => word.Length > 4 && word.EndsWith('s') ? word[..^1] : word;

    private static void AppendMore(StringBuilder text, int more, string where)
    {
        if (more > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"…and {more} more {where}.\n");
        }
    }

    // How this workspace reads dates, with the current period as an example so the numbers are checkable.
    private static string Calendar(Tenant tenant, DateOnly asOf)
    {
        var calendar = tenant.FiscalCalendar;
        var dates = tenant.Config.Dates;
        var year = calendar.FiscalYearOf(asOf);
        var quarter = calendar.QuarterOf(asOf);
        var start = calendar.QuarterStart(year, quarter);
        var end = calendar.QuarterEnd(year, quarter);
        var text = new StringBuilder();
        text.Append(calendar.IsGregorian
            ? $"{tenant.Config.DisplayName} uses the calendar year: quarters are January–March, April–June, July–September and October–December."
            : $"{tenant.Config.DisplayName}'s {calendar.Describe()}. Quarters, halves and \"this year\" follow it unless you say \"calendar\": today ({DateText.Day(asOf)}) is in {calendar.QuarterName(year, quarter)}, {DateText.Range(start, end)}, and \"calendar Q{quarter}\" means the months of the calendar year.");
        text.Append(CultureInfo.InvariantCulture, $"\n- \"The last 30 days\" ends yesterday: the data holds events up to the day before today.");
        text.Append(CultureInfo.InvariantCulture, $"\n- A purchase or activity said without a date is read over the last {dates.DefaultEventWindowDays} days, and a rate (\"twice a month\") over the last {dates.DefaultFrequencyWindowDays}; the reply says so.");
        text.Append("\n- A month or holiday without a year is the most recent completed one.");
        text.Append("\nEvery reply shows the exact dates it used, so you can check them.");
        return text.ToString();
    }

    [GeneratedRegex(@"\b(facets?|attributes?|fields?|columns?|filters?|filter (on|by)|categor(y|ies)|catalog(ue)?|data dictionary|what data|which data)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DataQuestion();

    [GeneratedRegex(@"[A-Za-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(fiscal|calendar|quarters?|date windows?|dates?|time periods?|windows?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateQuestion();
}
