using System.Globalization;
using System.Text;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Tests.Tenants;
using Xunit.Abstractions;

namespace SegmentAI.Skills.Tests.ConversationCases;

/// <summary>
/// Checks the starter eval files themselves (the engine runner comes later): enough cases, unique ids, loadable
/// tenants, enrolled users, known slots, no ungrounded expectation, and a minimum of cases for every required tag.
/// </summary>
public sealed class ConversationCasesFileTests
{
    private const int MinimumCases = 306;

    /// <summary>Tags the files must cover, with the fewest cases each must have.</summary>
    private static readonly Dictionary<string, int> RequiredTags = new(StringComparer.Ordinal)
    {
        ["single"] = 10,
        ["multi"] = 10,
        ["or"] = 5,
        ["not"] = 8,
        ["dates"] = 10,
        ["fiscal"] = 10,
        ["typo"] = 8,
        ["trap"] = 8,
        ["edit"] = 10,
        ["clarify"] = 10,
        ["facet_choice"] = 3,
        ["refusal"] = 10,
        ["pii"] = 3,
        ["protected"] = 3,
        ["injection"] = 3,
        ["sql"] = 2,
        ["permission"] = 3,
        ["manage"] = 5,
        ["delete"] = 3,
        ["overlap"] = 3,
        ["help"] = 3,
        ["seed"] = 3,
    };

    /// <summary>Further tags a case may carry.</summary>
    private static readonly HashSet<string> OptionalTags = new(StringComparer.Ordinal) { "frequency", "aggregate", "vocabulary", "undo", "explain", "memory", "erasure", "paraphrase", "profile", "export", "behaviour", EvalCase.KnownFailureTag };

    /// <summary>The fewest cases each tenant's file must hold (the current split is 150 / 77 / 79).</summary>
    private static readonly Dictionary<string, int> MinimumPerTenant = new(StringComparer.Ordinal)
    {
        ["acme-retail"] = 150,
        ["dealflow"] = 79,
        ["contoso-workforce"] = 77,
    };

    private readonly ITestOutputHelper _output;

    public ConversationCasesFileTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private static IReadOnlyList<EvalCase> Cases => ConversationCaseFiles.All;

    [Fact]
    public void The_files_hold_at_least_306_cases()
    {
        var count = Cases.Count;

        Assert.True(count >= MinimumCases, $"expected at least {MinimumCases} conversation cases, found {count}");
    }

    [Fact]
    public void Every_tenant_has_a_file_with_enough_cases()
    {
        var files = ConversationCaseFiles.Paths.Select(Path.GetFileNameWithoutExtension).Distinct().Order(StringComparer.Ordinal).ToList();

        var counts = RepositoryTenants.Ids.ToDictionary(id => id, id => Cases.Count(c => c.Tenant == id), StringComparer.Ordinal);

        Assert.Equal(RepositoryTenants.Ids.Order(StringComparer.Ordinal), files);
        Assert.All(MinimumPerTenant, pair => Assert.True(counts[pair.Key] >= pair.Value, $"{pair.Key} has {counts[pair.Key]} cases, expected at least {pair.Value}"));
    }

    [Fact]
    public void Case_ids_are_unique_across_the_files()
    {
        var duplicates = Cases.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"'{g.Key}' at {string.Join(", ", g.Select(c => $"{c.File}:{c.Line}"))}");

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_case_sits_in_its_tenants_file_and_the_tenant_loads()
    {
        var problems = new List<string>();

        foreach (var c in Cases)
        {
            if (Path.GetFileNameWithoutExtension(c.File) != c.Tenant)
            {
                problems.Add($"{At(c)}: tenant '{c.Tenant}' belongs in {c.Tenant}.yaml");
            }

            if (RepositoryTenants.Directory.Find(c.Tenant) is null)
            {
                var failure = RepositoryTenants.Directory.Failures.FirstOrDefault(f => f.TenantId == c.Tenant);
                problems.Add($"{At(c)}: tenant '{c.Tenant}' does not load{(failure is null ? "" : $": {failure}")}");
            }
        }

        Assert.True(problems.Count == 0, Report(problems));
    }

    [Fact]
    public void Every_expected_condition_is_grounded_in_its_tenants_catalog()
    {
        var problems = new List<string>();

        foreach (var (c, tenant) in CasesWithTenants())
        {
            foreach (var (turn, t) in c.Turns.Select((turn, t) => (turn, t)))
            {
                foreach (var (condition, i) in (turn.Expect.Conditions ?? []).Select((condition, i) => (condition, i)))
                {
                    problems.AddRange(ExpectationGrounding.Problems(condition, tenant)
                        .Select(p => $"{c.File}:{condition.Line}: case '{c.Id}': turns[{t}].expect.conditions[{i}] ({condition.Facet}): {p}"));
                }
            }
        }

        Assert.True(problems.Count == 0, Report(problems));
    }

    [Fact]
    public void Every_expected_window_starts_before_it_ends()
    {
        var windows = Cases.SelectMany(c => c.Turns.SelectMany(t => t.Expect.Conditions ?? [])
            .Where(e => e.Window is not null)
            .Select(e => (Case: c, Condition: e))).ToList();

        var inverted = windows.Where(w => w.Condition.Window!.Start >= w.Condition.Window.End)
            .Select(w => $"{w.Case.File}:{w.Condition.Line}: case '{w.Case.Id}': window {w.Condition.Window!.Start:yyyy-MM-dd}..{w.Condition.Window.End:yyyy-MM-dd}");

        Assert.NotEmpty(windows);
        Assert.Empty(inverted);
    }

    [Fact]
    public void Every_user_is_enrolled_in_the_cases_tenant()
    {
        var problems = CasesWithTenants()
            .Where(x => x.Case.User is { } user && x.Tenant.Config.FindUser(user) is null)
            .Select(x => $"{At(x.Case)}: user '{x.Case.User}' is not enrolled in {x.Tenant.Id} (enrolled: {string.Join(", ", x.Tenant.Config.Users.Select(u => u.Id))})")
            .ToList();

        Assert.True(problems.Count == 0, Report(problems));
    }

    [Fact]
    public void Permission_refusals_come_from_users_whose_role_cannot_create_and_viewers_never_get_segments()
    {
        var problems = new List<string>();

        foreach (var (c, tenant) in CasesWithTenants())
        {
            var user = c.User is null ? null : tenant.Config.FindUser(c.User);
            var role = user?.Role ?? tenant.Config.DefaultRole;
            var canCreate = tenant.Config.Roles.TryGetValue(role, out var granted) && granted.Allows(TenantPermission.Create);
            if (canCreate && c.Turns.Any(t => t.Expect.Category == "permission"))
            {
                problems.Add($"{At(c)}: expects a permission refusal, but role '{role}' may create, edit and delete; use the tenant's viewer");
            }

            if (!canCreate && c.Turns.Any(t => t.Expect.Kind == ReplyKind.Segment))
            {
                problems.Add($"{At(c)}: role '{role}' cannot create segments, yet a turn expects one");
            }
        }

        Assert.True(problems.Count == 0, Report(problems));
    }

    [Fact]
    public void Every_clarification_slot_is_a_vague_term_of_the_tenant_or_facet_choice()
    {
        var problems = new List<string>();

        foreach (var (c, tenant) in CasesWithTenants())
        {
            var kinds = tenant.Config.VagueTerms.Select(v => v.Kind).Append(EvalSuiteParser.FacetChoiceSlot).ToList();
            foreach (var turn in c.Turns.Where(t => t.Expect.Slot is not null && !kinds.Contains(t.Expect.Slot)))
            {
                problems.Add($"{c.File}:{turn.Line}: case '{c.Id}': slot '{turn.Expect.Slot}' is not one of {tenant.Id}'s: {string.Join(", ", kinds)}");
            }
        }

        Assert.True(problems.Count == 0, Report(problems));
    }

    [Fact]
    public void No_case_expects_the_same_slot_to_be_asked_twice()
    {
        var repeated = Cases
            .SelectMany(c => c.Turns.Where(t => t.Expect.Slot is not null).GroupBy(t => t.Expect.Slot!, StringComparer.Ordinal)
                .Where(g => g.Count() > 1)
                .Select(g => $"{c.File}:{g.ElementAt(1).Line}: case '{c.Id}': slot '{g.Key}' is asked again after it was answered"))
            .ToList();

        Assert.True(repeated.Count == 0, Report(repeated));
    }

    [Fact]
    public void Every_tag_is_a_known_tag()
    {
        var unknown = Cases.SelectMany(c => c.Tags.Where(t => !RequiredTags.ContainsKey(t) && !OptionalTags.Contains(t))
                .Select(t => $"{At(c)}: unknown tag '{t}'"))
            .ToList();

        Assert.True(unknown.Count == 0, Report(unknown) + $"{Environment.NewLine}known: {string.Join(", ", RequiredTags.Keys.Concat(OptionalTags))}");
    }

    [Fact]
    public void Tags_agree_with_what_the_turns_expect()
    {
        var checks = new (string Tag, string Needs, Func<EvalCase, bool> Holds)[]
        {
            ("refusal", "a refusal", c => Turns(c).Any(t => t.Kind == ReplyKind.Refusal)),
            ("clarify", "a clarification", c => Turns(c).Any(t => t.Kind == ReplyKind.Clarification)),
            ("facet_choice", "a facet_choice clarification", c => Turns(c).Any(t => t.Slot == EvalSuiteParser.FacetChoiceSlot)),
            ("edit", "two or more segment turns", c => Turns(c).Count(t => t.Kind == ReplyKind.Segment) >= 2),
            ("delete", "a confirmation or a permission refusal", c => Turns(c).Any(t => (t.Kind == ReplyKind.Clarification && t.Slot is null) || t.Category == "permission")),
            ("dates", "a condition with a window or a date", c => Conditions(c).Any(e => e.Window is not null || e.Operator is ConditionOperator.Before or ConditionOperator.After)),
            ("fiscal", "a condition with a window", c => Conditions(c).Any(e => e.Window is not null)),
            ("not", "a negated or excluding condition", c => Conditions(c).Any(e => e.Negated || e.Operator is ConditionOperator.NotIn or ConditionOperator.IsFalse)),
            ("or", "a condition with several values or an OR", c => Conditions(c).Any(e => e.Values.Count > 1) || Turns(c).Any(t => t.Logic?.Contains("OR", StringComparison.Ordinal) == true)),
            ("frequency", "a condition with a frequency", c => Conditions(c).Any(e => e.Frequency is not null)),
            ("aggregate", "a condition with an amount threshold", c => Conditions(c).Any(e => e.Aggregate is not null)),
            ("multi", "a segment of two or more conditions", c => Turns(c).Any(t => t.Conditions?.Count >= 2)),
            ("single", "a segment of one condition", c => Turns(c).Any(t => t.Conditions?.Count == 1)),
            ("overlap", "an answer", c => Turns(c).Any(t => t.Kind == ReplyKind.Answer)),
            ("profile", "an answer", c => Turns(c).Any(t => t.Kind == ReplyKind.Answer)),
            ("export", "an answer", c => Turns(c).Any(t => t.Kind == ReplyKind.Answer)),
            ("help", "an answer", c => Turns(c).Any(t => t.Kind == ReplyKind.Answer)),
            ("manage", "an answer", c => Turns(c).Any(t => t.Kind == ReplyKind.Answer)),
        };

        var problems = Cases
            .SelectMany(c => checks.Where(check => c.Tags.Contains(check.Tag) && !check.Holds(c))
                .Select(check => $"{At(c)}: tagged '{check.Tag}' but no turn expects {check.Needs}"))
            .ToList();

        Assert.True(problems.Count == 0, Report(problems));
    }

    [Fact]
    public void Coverage_meets_the_minimum_for_every_required_tag()
    {
        var tenants = Cases.Select(c => c.Tenant).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var counts = RequiredTags.Keys.Concat(OptionalTags).ToDictionary(
            tag => tag,
            tag => tenants.ToDictionary(t => t, t => Cases.Count(c => c.Tenant == t && c.Tags.Contains(tag)), StringComparer.Ordinal),
            StringComparer.Ordinal);

        _output.WriteLine(CoverageTable(tenants, counts));
        var missing = RequiredTags.Where(r => counts[r.Key].Values.Sum() < r.Value)
            .Select(r => $"tag '{r.Key}': {counts[r.Key].Values.Sum()} case(s), need {r.Value}")
            .ToList();

        Assert.True(missing.Count == 0, Report(missing));
    }

    private static string CoverageTable(IReadOnlyList<string> tenants, Dictionary<string, Dictionary<string, int>> counts)
    {
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"{"tag",-14}{"total",7}{"min",6}");
        foreach (var tenant in tenants)
        {
            table.Append(CultureInfo.InvariantCulture, $"{tenant,20}");
        }

        table.AppendLine();
        table.Append(CultureInfo.InvariantCulture, $"{"(cases)",-14}{Cases.Count,7}{MinimumCases,6}");
        foreach (var tenant in tenants)
        {
            table.Append(CultureInfo.InvariantCulture, $"{Cases.Count(c => c.Tenant == tenant),20}");
        }

        table.AppendLine();
        table.Append(CultureInfo.InvariantCulture, $"{"(turns)",-14}{Cases.Sum(c => c.Turns.Count),7}{"",6}");
        foreach (var tenant in tenants)
        {
            table.Append(CultureInfo.InvariantCulture, $"{Cases.Where(c => c.Tenant == tenant).Sum(c => c.Turns.Count),20}");
        }

        table.AppendLine();
        foreach (var (tag, perTenant) in counts)
        {
            var minimum = RequiredTags.TryGetValue(tag, out var min) ? min.ToString(CultureInfo.InvariantCulture) : "-";
            table.Append(CultureInfo.InvariantCulture, $"{tag,-14}{perTenant.Values.Sum(),7}{minimum,6}");
            foreach (var tenant in tenants)
            {
                table.Append(CultureInfo.InvariantCulture, $"{perTenant[tenant],20}");
            }

            table.AppendLine();
        }

        return table.ToString();
    }

    private static IEnumerable<(EvalCase Case, Tenant Tenant)> CasesWithTenants() =>
        Cases.Select(c => (Case: c, Tenant: RepositoryTenants.Directory.Find(c.Tenant)))
            .Where(x => x.Tenant is not null)
            .Select(x => (x.Case, x.Tenant!));

    private static IEnumerable<TurnExpectation> Turns(EvalCase c) => c.Turns.Select(t => t.Expect);

    private static IEnumerable<ExpectedCondition> Conditions(EvalCase c) => c.Turns.SelectMany(t => t.Expect.Conditions ?? []);

    private static string At(EvalCase c) => $"{c.File}:{c.Line}: case '{c.Id}'";

    private static string Report(IReadOnlyCollection<string> problems) =>
        $"{problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}";
}
