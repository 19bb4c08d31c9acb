using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Dates.Grammar;
using Xunit.Abstractions;

namespace SegmentAI.Skills.Tests.Dates;

/// <summary>
/// Runs Microsoft Recognizers-Text's English DatePeriodParser cases (MIT, copied under Data/) against
/// <see cref="DateExpressionResolver.FindAll"/> and compares with each case's PastResolution.
/// </summary>
public sealed class RecognizersConformanceTests(ITestOutputHelper output)
{
    private const double RequiredPassRate = 0.80;

    private static readonly string DataFile = Path.Combine(AppContext.BaseDirectory, "Data", "recognizers-text-dateperiod", "DatePeriodParser.json");

    /// <summary>Families in the order they are tested; the first whose pattern matches the expected text wins.</summary>
    private static readonly Family[] Families =
    [
        new("anaphoric (same week, that weekend)", @"\b(same|that)\b", "Refers to an event elsewhere in the conversation; a segment request names its own period."),
        new("centuries", @"century", "No customer history spans centuries."),
        new("decades", @"decade|\d0'?s\b|'\d0s|ties\b|tens\b|noughties|thousands\b", null),
        new("years spelled out in words", @"thousand|hundred|nineteen|twenty", "Typed chat requests write years in digits ('2018', 'FY26'), not 'two thousand and eighteen'."),
        new("week of / week starting / month of", @"\bweek (of|commencing|starting|beginning)\b|w/c|month of", null),
        new("open or forward durations (within, hence, more/less than)", @"more than|less than|within|hence|in the future|days later", "Scheduling language anchored on today and looking forward; segments ask for 'the last N days' instead."),
        new("N units starting X", @"starting|^for |, from", null),
        new("early/mid/late, beginning/end of", @"\b(early|mid|middle|late|beginning|start|end)\b", "No fixed boundaries: the resolver returns Ambiguous with candidate cuts (first/second half, thirds, whole period) rather than Recognizers' single guess."),
        new("earlier/later this unit", @"\b(earlier|later)\b", null),
        new("rest of the week/month/year", @"\brest\b", "Forward-looking remainder of the current period; Recognizers also drops the period's last day (rest of the month ends the 30th, excluded), whereas the resolver returns the true remainder [as-of, period end) flagged as having no data."),
        new("week numbers", @"\bweek \d", null),
        new("Nth week of month/year", @"(first|second|third|fourth|last) week", null),
        new("weekday range within a week", @"week (between|from)", null),
        new("weekend", @"weekend", null),
        new("numeric year-month", @"^\d{4}\s*[-/.]\s*\d{1,2}$|^\d{1,2}\s*[-/]\s*\d{4}$", null),
        new("last/past/next N units", @"\b(last|past|previous|next)\s+(\d|few|couple|two|three|a\b)", null),
        new("quarters", @"\bq[1-4]\b|quarter", null),
        new("half years", @"h[12]\b", null),
        new("between/from X to Y", @"\b(between|from|till|until|through|thru|to)\b|\d\s*-\s*\d", null),
        new("this/last/next unit", @"\b(week|month|year)\b", null),
        new("month names", @"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", null),
        new("other", @".", null),
    ];

    [Fact]
    public void Resolves_recognizers_text_date_period_cases_with_a_past_resolution()
    {
        var cases = LoadCases();
        var resolver = new DateExpressionResolver(CalendarConventions.Gregorian);
        var tally = Families.ToDictionary(f => f.Name, _ => (Total: 0, Passed: 0));
        var failures = new List<string>();
        var skipped = 0;
        var withoutWindow = 0;

        foreach (var testCase in cases)
        {
            if (testCase.Skip)
            {
                skipped++;
                continue;
            }

            foreach (var expected in testCase.Expected)
            {
                if (expected.Window is null)
                {
                    withoutWindow++;
                    continue;
                }

                var family = Families.First(f => Regex.IsMatch(expected.Text.ToLowerInvariant(), f.Pattern, RegexOptions.CultureInvariant));
                var passed = Passes(resolver, testCase, expected, out var actual);
                var (total, passes) = tally[family.Name];
                tally[family.Name] = (total + 1, passes + (passed ? 1 : 0));
                if (!passed && family.InScope)
                {
                    failures.Add($"  [{family.Name}] \"{testCase.Input}\" @ {testCase.AsOf:yyyy-MM-dd}: expected {expected.Window} for '{expected.Text}', got {actual}");
                }
            }
        }

        var inScope = Families.Where(f => f.InScope).Sum(f => tally[f.Name].Total);
        var passedInScope = Families.Where(f => f.InScope).Sum(f => tally[f.Name].Passed);
        var rate = inScope == 0 ? 0 : (double)passedInScope / inScope;

        output.WriteLine($"{cases.Count} cases; {skipped} skipped (NotSupported for dotnet / NotSupportedByDesign); {withoutWindow} results without a start and end in PastResolution.");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"In scope: {passedInScope}/{inScope} = {rate:P1}"));
        output.WriteLine("In-scope families:");
        foreach (var family in Families.Where(f => f.InScope && tally[f.Name].Total > 0))
        {
            var (total, passes) = tally[family.Name];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {family.Name,-40} {passes,3}/{total,-3} {(double)passes / total,7:P1}"));
        }

        output.WriteLine("Out of scope (not counted):");
        foreach (var family in Families.Where(f => !f.InScope && tally[f.Name].Total > 0))
        {
            var (total, passes) = tally[family.Name];
            output.WriteLine($"  {family.Name,-40} {passes,3}/{total,-3} - {family.OutOfScopeReason}");
        }

        output.WriteLine("In-scope failures:");
        failures.ForEach(output.WriteLine);

        Assert.True(rate >= RequiredPassRate, string.Create(CultureInfo.InvariantCulture, $"In-scope pass rate {rate:P1} is below {RequiredPassRate:P0}."));
    }

    private static bool Passes(DateExpressionResolver resolver, ConformanceCase testCase, ExpectedResult expected, out string actual)
    {
        var mentions = resolver.FindAll(testCase.Input, testCase.AsOf);
        var overlapping = mentions.Where(m => m.Start < expected.Start + expected.Length && expected.Start < m.End).ToList();
        actual = overlapping.Count == 0
            ? "no mention"
            : string.Join("; ", overlapping.Select(m => $"'{m.Text}' => {(m.Resolution.Window?.ToString() ?? m.Resolution.Status.ToString())}"));
        return overlapping.Exists(m => m.Resolution.Window is { } w && w.Start == expected.Window!.Value.Start && w.End == expected.Window.Value.End);
    }

    private static List<ConformanceCase> LoadCases()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(DataFile));
        var cases = new List<ConformanceCase>();
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var notSupported = element.TryGetProperty("NotSupported", out var ns) ? ns.GetString() ?? string.Empty : string.Empty;
            var skip = notSupported.Contains("dotnet", StringComparison.OrdinalIgnoreCase)
                || element.TryGetProperty("NotSupportedByDesign", out _);

            // The suite resolves cases without a reference date against "now"; those cases name their year.
            var asOf = element.TryGetProperty("Context", out var context) && context.TryGetProperty("ReferenceDateTime", out var reference)
                ? DateOnly.FromDateTime(reference.GetDateTime())
                : DateOnly.FromDateTime(DateTime.Today);

            var expected = new List<ExpectedResult>();
            foreach (var result in element.GetProperty("Results").EnumerateArray())
            {
                (DateOnly Start, DateOnly End)? window = null;
                if (result.GetProperty("Value").TryGetProperty("PastResolution", out var past)
                    && past.TryGetProperty("startDate", out var start)
                    && past.TryGetProperty("endDate", out var end))
                {
                    window = (DateOnly.Parse(start.GetString()!, CultureInfo.InvariantCulture), DateOnly.Parse(end.GetString()!, CultureInfo.InvariantCulture));
                }

                expected.Add(new ExpectedResult(result.GetProperty("Text").GetString()!, result.GetProperty("Start").GetInt32(), result.GetProperty("Length").GetInt32(), window));
            }

            cases.Add(new ConformanceCase(element.GetProperty("Input").GetString()!, asOf, skip, expected));
        }

        return cases;
    }

    private sealed record Family(string Name, string Pattern, string? OutOfScopeReason)
    {
        public bool InScope => OutOfScopeReason is null;
    }

    private sealed record ConformanceCase(string Input, DateOnly AsOf, bool Skip, IReadOnlyList<ExpectedResult> Expected);

    private sealed record ExpectedResult(string Text, int Start, int Length, (DateOnly Start, DateOnly End)? Window);
}
