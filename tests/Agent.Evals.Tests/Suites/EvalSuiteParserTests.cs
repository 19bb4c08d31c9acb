using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Evals.Tests.Suites;

public sealed class EvalSuiteParserTests
{
    private const string File = "cases.yaml";

    // The header takes three lines, so a case's lines in messages are its lines in the raw text below plus three.
    private const string Header = "suite: segment_creation_eval\nskill: segment_creation\ncases:\n";

    [Fact]
    public void Reads_a_case_with_windows_frequencies_aggregates_and_negation()
    {
        const string yaml = """
            - id: acme-sample
              tenant: acme-retail
              as_of: 2026-11-22
              user: marco.marketer@acme
              tags: [multi, not]
              turns:
                - say: baby buyers twice a week who spent over $200 on toys, not in Texas
                  expect:
                    kind: segment
                    logic: C1 AND C2 AND NOT C3
                    conditions:
                      - { facet: department_purchased, operator: in, values: [Baby], frequency: { comparison: at_least, count: 2, per: week } }
                      - { facet: department_purchased, operator: in, values: [Toys], aggregate: { function: sum, operator: gt, values: [200] }, window: { start: 2026-10-23, end: 2026-11-22 } }
                      - { facet: state, operator: in, values: [TX], negated: true }
                - say: recent ones
                  expect: { kind: clarification, slot: date_recency }
            """;

        var read = Assert.Single(EvalSuiteParser.Parse(File, Header + yaml).Cases);

        Assert.Equal(("acme-sample", "acme-retail", new DateOnly(2026, 11, 22), "marco.marketer@acme"), (read.Id, read.Tenant, read.AsOf, read.User));
        Assert.Equal(["multi", "not"], read.Tags);
        var conditions = read.Turns[0].Expect.Conditions!;
        Assert.Equal(new Frequency { Comparison = FrequencyComparison.AtLeast, Count = 2, Per = FrequencyPeriod.Week }, conditions[0].Frequency);
        Assert.Equal(AggregateFunction.Sum, conditions[1].Aggregate!.Function);
        Assert.Equal([200m], conditions[1].Aggregate!.Values);
        Assert.Equal((new DateOnly(2026, 10, 23), new DateOnly(2026, 11, 22)), (conditions[1].Window!.Start, conditions[1].Window!.End));
        Assert.True(conditions[2].Negated);
        Assert.Equal(ConditionOperator.In, conditions[2].Operator);
        Assert.Equal((ReplyKind.Clarification, "date_recency"), (read.Turns[1].Expect.Kind, read.Turns[1].Expect.Slot));
        Assert.Equal(18, read.Turns[1].Line);
    }

    [Fact]
    public void Reads_same_event_filters_of_an_expected_condition()
    {
        // Arrange
        const string yaml = """
            - id: acme-online-order-over-150
              tenant: acme-retail
              as_of: 2026-11-22
              tags: [single, same_event]
              turns:
                - say: customers with a single online order over $150 in the last 45 days
                  expect:
                    kind: segment
                    conditions:
                      - facet: purchase_channel
                        operator: in
                        values: [online]
                        same_event:
                          - { facet: single_order_total, operator: gt, values: [150] }
                          - { facet: used_coupon, operator: is_false }
                      - { facet: loyalty_tier, operator: in, values: [gold] }
            """;

        // Act
        var read = Assert.Single(EvalSuiteParser.Parse(File, Header + yaml).Cases);

        // Assert
        var conditions = read.Turns[0].Expect.Conditions!;
        var filters = conditions[0].SameEvent!;
        Assert.Equal(2, filters.Count);
        Assert.Equal(("single_order_total", ConditionOperator.Gt), (filters[0].Facet, filters[0].Operator));
        Assert.Equal(["150"], filters[0].Values);
        Assert.Equal(("used_coupon", ConditionOperator.IsFalse), (filters[1].Facet, filters[1].Operator));
        Assert.Empty(filters[1].Values);
        Assert.Null(conditions[1].SameEvent);
    }

    [Theory]
    [InlineData("same_event: []", "cases.yaml:16:25: case 'bad-same-event': turns[0].expect.conditions[0].same_event: must not be empty; leave the key out instead")]
    [InlineData("same_event: [ { facet: single_order_total, operator: more } ]", "cases.yaml:16:66: case 'bad-same-event': turns[0].expect.conditions[0].same_event[0].operator: must be one of in, not_in,")]
    [InlineData("same_event: [ { facet: single_order_total, operator: gt, values: [150], window: {} } ]", "cases.yaml:16:85: case 'bad-same-event': turns[0].expect.conditions[0].same_event[0].window: unknown field; expected one of facet, operator, values")]
    [InlineData("same_event: [ { operator: gt, values: [150] } ]", "cases.yaml:16:27: case 'bad-same-event': turns[0].expect.conditions[0].same_event[0].facet: is required")]
    public void Reports_a_malformed_same_event_filter_with_its_path(string sameEvent, string message)
    {
        // Arrange
        var yaml = $"""
            - id: bad-same-event
              tenant: acme-retail
              as_of: 2026-11-22
              tags: [single]
              turns:
                - say: online orders over $150
                  expect:
                    kind: segment
                    conditions:
                      - facet: purchase_channel
                        operator: in
                        values: [online]
                        {sameEvent}
            """;

        // Act
        var error = Assert.Throws<EvalSuiteFormatException>(() => EvalSuiteParser.Parse(File, Header + yaml));

        // Assert
        Assert.StartsWith(message, Assert.Single(error.Issues), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_the_file_line_case_id_and_field_of_a_bad_operator()
    {
        const string yaml = """
            - id: acme-bad-operator
              tenant: acme-retail
              as_of: 2026-11-22
              tags: [single]
              turns:
                - say: gold members
                  expect:
                    kind: segment
                    conditions:
                      - { facet: loyalty_tier, operator: inn, values: [gold] }
            """;

        var error = Assert.Throws<EvalSuiteFormatException>(() => EvalSuiteParser.Parse(File, Header + yaml));

        var issue = Assert.Single(error.Issues);
        Assert.StartsWith("cases.yaml:13:46: case 'acme-bad-operator': turns[0].expect.conditions[0].operator: must be one of in, not_in,", issue, StringComparison.Ordinal);
        Assert.EndsWith("(got 'inn')", issue, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_every_problem_of_a_file_at_once()
    {
        const string yaml = """
            - id: first-case
              tenant: acme-retail
              as_of: 22/11/2026
              tags: [single]
              turns:
                - say: gold members
                  expect: { kind: segmant }
            - tenant: dealflow
              as_of: 2026-11-22
              tags: [single]
              turns: []
            """;

        var error = Assert.Throws<EvalSuiteFormatException>(() => EvalSuiteParser.Parse(File, Header + yaml));

        Assert.Equal(
            [
                "cases.yaml:6:10: case 'first-case': as_of: must be a date written YYYY-MM-DD (got '22/11/2026')",
                "cases.yaml:10:23: case 'first-case': turns[0].expect.kind: must be one of segment, clarification, refusal, answer, error (got 'segmant')",
                "cases.yaml:11:3: case #2: id: is required",
                "cases.yaml:14:10: case #2: turns: must not be empty",
            ],
            error.Issues);
        Assert.Contains("4 problem(s)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("conditons: []", "conditons: unknown field; did you mean 'conditions'?")]
    [InlineData("notes: fix later", "notes: unknown field; expected one of category, conditions, facets, kind, logic, no_question, reference_sql, slot, text_contains")]
    public void Rejects_an_unknown_key_and_names_the_key_it_resembles_or_the_keys_it_allows(string entry, string message)
    {
        var yaml = $$"""
            - id: typo-key
              tenant: acme-retail
              as_of: 2026-11-22
              tags: [single]
              turns:
                - say: gold members
                  expect: { kind: segment, {{entry}} }
            """;

        var error = Assert.Throws<EvalSuiteFormatException>(() => EvalSuiteParser.Parse(File, Header + yaml));

        Assert.Equal($"cases.yaml:10:32: case 'typo-key': turns[0].expect.{message}", Assert.Single(error.Issues));
    }

    [Theory]
    [InlineData("tags: [single]", "operator: NotIn", "cases.yaml:13:46: case 'one-spelling': turns[0].expect.conditions[0].operator: must be one of in, not_in,")]
    [InlineData("tags: [single]", "operator: in, negated: yes", "cases.yaml:13:59: case 'one-spelling': turns[0].expect.conditions[0].negated: must be true or false (got 'yes')")]
    [InlineData("tags: single", "operator: in", "cases.yaml:7:9: case 'one-spelling': tags: must be a list of values")]
    [InlineData("tags: [single]", "operator: in, values: gold", "cases.yaml:13:58: case 'one-spelling': turns[0].expect.conditions[0].values: must be a list of values")]
    public void Keeps_one_spelling_of_operators_booleans_and_lists(string tags, string condition, string message)
    {
        var yaml = $$"""
            - id: one-spelling
              tenant: acme-retail
              as_of: 2026-11-22
              {{tags}}
              turns:
                - say: gold members
                  expect:
                    kind: segment
                    conditions:
                      - { facet: loyalty_tier, {{condition}} }
            """;

        var error = Assert.Throws<EvalSuiteFormatException>(() => EvalSuiteParser.Parse(File, Header + yaml));

        Assert.StartsWith(message, Assert.Single(error.Issues), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_a_case_that_is_not_a_mapping_by_its_position()
    {
        const string yaml = """
            - id: first-case
              tenant: acme-retail
              as_of: 2026-11-22
              tags: [single]
              turns:
                - say: gold members
                  expect: { kind: segment }
            - gold members please
            """;

        var error = Assert.Throws<EvalSuiteFormatException>(() => EvalSuiteParser.Parse(File, Header + yaml));

        Assert.Equal("cases.yaml:11:3: case #2: must be a mapping (key: value pairs)", Assert.Single(error.Issues));
    }

    [Theory]
    [InlineData("{ kind: answer, slot: date_recency }", 37, "turns[0].expect.slot: only applies to kind: clarification (this turn expects answer)")]
    [InlineData("{ kind: segment, category: pii }", 42, "turns[0].expect.category: only applies to kind: refusal (this turn expects segment)")]
    [InlineData("{ kind: refusal, category: rude }", 42, "turns[0].expect.category: 'rude' is not a refusal category; use pii, protected_attribute, prompt_injection, permission")]
    [InlineData("{ kind: clarification, no_question: true }", 51, "turns[0].expect.no_question: a clarification is a question; no_question contradicts kind: clarification")]
    [InlineData("{ kind: segment, logic: C1 OR C2, conditions: [{ facet: state, operator: in, values: [TX] }] }", 39, "turns[0].expect.logic: C2 does not name one of the 1 expected condition(s)")]
    [InlineData("{ kind: answer, reference_sql: SELECT 1 }", 46, "turns[0].expect.reference_sql: only applies to kind: segment (this turn expects answer)")]
    [InlineData("{ kind: segment, reference_sql: DELETE FROM customers }", 47, "turns[0].expect.reference_sql: must be one query (SELECT or WITH) returning the entity key column")]
    [InlineData("{ kind: segment, facets: [state], conditions: [{ facet: state, operator: in, values: [TX] }] }", 40, "turns[0].expect.facets: the conditions already name the facets; give facets only when the conditions are left out")]
    public void Rejects_expectation_fields_that_do_not_fit_the_reply_kind_or_each_other(string expect, int column, string message)
    {
        var yaml = $"""
            - id: misfit
              tenant: acme-retail
              as_of: 2026-11-22
              tags: [single]
              turns:
                - say: something
                  expect: {expect}
            """;

        var error = Assert.Throws<EvalSuiteFormatException>(() => EvalSuiteParser.Parse(File, Header + yaml));

        Assert.Equal($"cases.yaml:10:{column}: case 'misfit': {message}", Assert.Single(error.Issues));
    }

    [Fact]
    public void Rejects_a_file_without_the_suite_header()
    {
        var error = Assert.Throws<EvalSuiteFormatException>(() => EvalSuiteParser.Parse(File, "- id: lonely-case\n"));

        Assert.Equal("cases.yaml:1:1: expected a YAML mapping (key: value pairs) at the top of the file", Assert.Single(error.Issues));
    }

    [Fact]
    public void Reports_a_missing_skill_and_an_empty_case_list_in_the_header()
    {
        var error = Assert.Throws<EvalSuiteFormatException>(() => EvalSuiteParser.Parse(File, "suite: help_eval\ncases: []\n"));

        Assert.Equal(
            [
                "cases.yaml:1:1: skill: is required",
                "cases.yaml:2:8: cases: must not be empty",
            ],
            error.Issues);
    }

    [Fact]
    public void Reads_the_header_reference_sql_and_expected_facets()
    {
        const string yaml = """
            - id: acme-gold
              tenant: acme-retail
              as_of: 2026-11-22
              tags: [single]
              turns:
                - say: gold members
                  expect:
                    kind: segment
                    facets: [loyalty_tier]
                    reference_sql: SELECT customer_id FROM customers WHERE loyalty_tier = 'gold'
            """;

        var file = EvalSuiteParser.Parse(File, Header + yaml);

        Assert.Equal(("segment_creation_eval", "segment_creation"), (file.SuiteId, file.SkillId));
        var expect = Assert.Single(Assert.Single(file.Cases).Turns).Expect;
        Assert.Equal(["loyalty_tier"], expect.Facets);
        Assert.Equal(["loyalty_tier"], expect.ExpectedFacets);
        Assert.Equal("SELECT customer_id FROM customers WHERE loyalty_tier = 'gold'", expect.ReferenceSql);
    }
}
