using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Evals.Evaluators;
using SegmentAI.Evals.Generalization;
using SegmentAI.Evals.Hosting;
using SegmentAI.Evals.Runs;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Evals.Tests.Runs;

/// <summary>
/// Invariants every reply must keep, over every case of every suite: the live skills' suites (as <c>check</c> loads
/// them) and the whole generalization suite. Only invariants are checked, never accuracy, so reading the holdout here
/// tunes nothing on it. Every turn is played, not only those up to a case's first failing turn as the runner does: a
/// reply that is wrong about the segment must still never drop a word silently or return an empty-by-construction segment.
/// </summary>
public sealed class SuiteReplyInvariantsTests : IDisposable
{
    private const string UnusedPrefix = "unused: ";

    private readonly string _state = Directory.CreateTempSubdirectory("invariants-").FullName;

    public void Dispose() => Directory.Delete(_state, recursive: true);

    [Fact]
    public async Task No_reply_of_any_suite_case_drops_a_word_silently_or_returns_a_condition_with_its_negation()
    {
        // The state directory keeps the generated warehouses out of the repository; both engines share them.
        var configuration = EvalHosts.Configuration(root: null, stateDirectory: _state, output: Path.Combine(_state, "eval-runs"));
        var tally = new Tally();

        // One engine for every live skill's suite, as check builds it; another for the generalization suite, as its command does.
        await using (var provider = EvalHosts.Engine(configuration))
        {
            var layout = provider.GetRequiredService<RepositoryLayout>();
            foreach (var skill in provider.GetRequiredService<SkillRegistry>().ActiveSkills().OrderBy(s => s.SkillId, StringComparer.Ordinal))
            {
                await PlayAsync(provider, EvalSuiteLoader.Load(layout.Skills, skill.SkillId, skill.EvalSuiteId, layout.Root), tally);
                tally.Suites++;
            }
        }

        await using (var provider = EvalHosts.Engine(configuration))
        {
            await PlayAsync(provider, GeneralizationSuite.Load(provider.GetRequiredService<RepositoryLayout>().Root), tally);
        }

        // The checks below only mean something if the replies they read exist: segments were returned and coverage was audited.
        Assert.True(tally.Suites > 0 && tally.Cases >= 300, $"{tally.Suites} skill suites, {tally.Cases} cases");
        Assert.True(tally.Segments > 0, "no reply carried a segment");
        Assert.True(tally.CoverageAudits > 0, "no reply's audit had a coverage step");
        Assert.True(tally.Violations.Count == 0,
            $"{tally.Violations.Count} violation(s) over {tally.Cases} cases, {tally.Turns} turns:\n" + string.Join("\n", tally.Violations));
    }

    private static async Task PlayAsync(IServiceProvider provider, EvalSuite suite, Tally tally)
    {
        var engine = provider.GetRequiredService<IConversationEngine>();
        var warehouses = provider.GetRequiredService<EvalWarehouses>();
        foreach (var evalCase in suite.Cases)
        {
            tally.Cases++;

            // The same request the runner sends: its warehouse, user, channel, trust and as-of date, one session per case.
            var warehouse = await warehouses.EnsureAsync(evalCase.Tenant);
            var user = evalCase.User ?? $"eval-{evalCase.Id}";
            var session = $"eval-invariants-{suite.Id}-{evalCase.Id}";
            foreach (var turn in evalCase.Turns)
            {
                tally.Turns++;
                var reply = await engine.HandleAsync(new ChatRequest(evalCase.Tenant, user, session, turn.Say, "eval", TrustUnknownUsers: true, AsOf: evalCase.AsOf, Warehouse: warehouse));
                var where = $"{suite.Id} case '{evalCase.Id}' ({evalCase.File}:{turn.Line}) turn \"{turn.Say}\"";
                CheckSegment(reply, evalCase.AsOf, where, tally);
                CheckCoverage(reply, where, tally);
            }
        }
    }

    // (a) A returned segment never holds a condition together with one that excludes it.
    private static void CheckSegment(ChatReply reply, DateOnly asOf, string where, Tally tally)
    {
        if (reply.Segment is not { } card)
        {
            return;
        }

        tally.Segments++;
        SegmentDefinition definition;
        try
        {
            definition = SegmentCardDefinition.From(card, asOf);
        }
        catch (FormatException ex)
        {
            tally.Violations.Add($"{where}: {reply.Kind} reply's segment logic '{card.Logic}' does not read back: {ex.Message}");
            return;
        }

        foreach (var (left, right) in Contradictions.Find(Flatten(definition.Root)))
        {
            tally.Violations.Add($"{where}: {reply.Kind} reply returned segment '{card.Logic}' where {left.Id} (\"{left.SourceText}\": {Describe(left)}) "
                + $"and {right.Id} (\"{right.SourceText}\": {Describe(right)}) exclude each other; audit: {Audit(reply)}");
        }
    }

    // (b) A word the planner did not use is named in the reply: in an assumption of the returned segment or in the question asked.
    private static void CheckCoverage(ChatReply reply, string where, Tally tally)
    {
        var said = (reply.Segment?.Assumptions ?? []).Append(reply.Clarification?.Question).OfType<string>().ToList();
        foreach (var entry in reply.Audit.Where(a => a.Step == "coverage"))
        {
            tally.CoverageAudits++;
            if (!entry.Detail.StartsWith(UnusedPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var word in entry.Detail[UnusedPrefix.Length..].Split(", ", StringSplitOptions.RemoveEmptyEntries))
            {
                // Whole words only: "art" inside "attribute" is not the word said back.
                var pattern = $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])";
                if (!said.Any(s => Regex.IsMatch(s, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))
                {
                    tally.Violations.Add($"{where}: {reply.Kind} reply never names unused word \"{word}\" (audit coverage: {entry.Detail}); "
                        + $"assumptions/question: [{string.Join(" | ", said)}]; reply: {OneLine(reply.Text)}; audit: {Audit(reply)}");
                }
            }
        }
    }

    // The card's logic reads back "(C1 AND C2) AND NOT C1" as nested groups; an AND inside an AND is one AND, so the
    // pair is checked as the single group it is.
    private static SegmentNode Flatten(SegmentNode node) =>
        node switch
        {
            AndNode and => new AndNode { Children = [.. and.Children.Select(Flatten).SelectMany(c => c is AndNode inner ? inner.Children : [c])] },
            OrNode or => new OrNode { Children = [.. or.Children.Select(Flatten).SelectMany(c => c is OrNode inner ? inner.Children : [c])] },
            NotNode not => new NotNode { Child = Flatten(not.Child) },
            _ => node,
        };

    private static string Describe(SegmentCondition c) =>
        $"{c.Facet} {c.Operator} [{string.Join(", ", c.Values)}]{(c.Window is { } w ? $" {w.Start:yyyy-MM-dd}..{w.End:yyyy-MM-dd}" : "")}";

    private static string Audit(ChatReply reply) => string.Join(" | ", reply.Audit.Where(a => a.Step is "map" or "coverage" or "verify").Select(a => $"{a.Step}: {a.Detail}"));

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private sealed class Tally
    {
        public int Suites { get; set; }

        public int Cases { get; set; }

        public int Turns { get; set; }

        public int Segments { get; set; }

        public int CoverageAudits { get; set; }

        public List<string> Violations { get; } = [];
    }
}
