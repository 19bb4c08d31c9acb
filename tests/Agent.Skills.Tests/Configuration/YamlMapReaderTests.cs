using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tests.Configuration;

public sealed class YamlMapReaderTests
{
    private const string File = "test.yaml";

    [Fact]
    public void Decimal_keeps_the_exact_amount_and_reports_a_value_that_is_not_a_number_at_its_place()
    {
        var (map, issues) = Read("amount: 1,000.10\nprice: $5\n");

        Assert.Equal(1000.10m, map.Decimal("amount"));
        Assert.Null(map.Decimal("price"));
        Assert.Null(map.Decimal("count", required: true));

        Assert.Equal(
            [
                "test.yaml:1:1: count: is required",
                "test.yaml:2:8: price: must be a number (got '$5')",
            ],
            Sorted(issues));
    }

    [Fact]
    public void Date_reads_year_month_day_only()
    {
        var (map, issues) = Read("as_of: 2026-11-22\nstart: 22/11/2026\nend: 2026-13-01\n");

        Assert.Equal(new DateOnly(2026, 11, 22), map.Date("as_of", required: true));
        Assert.Null(map.Date("start"));
        Assert.Null(map.Date("end"));
        Assert.Null(map.Date("missing"));

        Assert.Equal(
            [
                "test.yaml:2:8: start: must be a date written YYYY-MM-DD (got '22/11/2026')",
                "test.yaml:3:6: end: must be a date written YYYY-MM-DD (got '2026-13-01')",
            ],
            Sorted(issues));
    }

    [Theory]
    [InlineData("not_in", false, true)]
    [InlineData("NotIn", false, true)]
    [InlineData("not-in", false, true)]
    [InlineData("not_in", true, true)]
    [InlineData("NotIn", true, false)]
    [InlineData("not-in", true, false)]
    [InlineData(" not_in ", true, true)]
    public void Enum_takes_any_spelling_of_a_member_unless_exact_asks_for_snake_case(string text, bool exact, bool accepted)
    {
        var (map, issues) = Read($"operator: '{text}'\n");

        var value = map.Enum<ConditionOperator>("operator", exact: exact);

        ConditionOperator? expected = accepted ? ConditionOperator.NotIn : null;
        Assert.Equal(expected, value);
        if (accepted)
        {
            Assert.Empty(issues);
        }
        else
        {
            var issue = Assert.Single(issues);
            Assert.Equal((1, 11, "operator"), (issue.Line, issue.Column, issue.Field));
            Assert.StartsWith("must be one of in, not_in, eq", issue.Message, StringComparison.Ordinal);
            Assert.EndsWith($"(got '{text}')", issue.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("true", false, true)]
    [InlineData("yes", false, true)]
    [InlineData("Off", false, false)]
    [InlineData("true", true, true)]
    [InlineData("false", true, false)]
    [InlineData("yes", true, null)]
    [InlineData("True", true, null)]
    public void Bool_takes_yes_no_on_off_unless_exact_asks_for_true_or_false(string text, bool exact, bool? expected)
    {
        var (map, issues) = Read($"negated: {text}\n");

        var value = map.Bool("negated", exact: exact);

        string[] problems = expected is null ? [$"test.yaml:1:10: negated: must be true or false (got '{text}')"] : [];
        Assert.Equal(expected, value);
        Assert.Equal(problems, Sorted(issues));
    }

    [Fact]
    public void Strings_reads_a_lone_value_as_a_one_item_list_unless_list_only()
    {
        var (map, issues) = Read("tags: single\nfacets: state\n");

        Assert.Equal(["single"], map.Strings("tags"));
        Assert.Empty(map.Strings("facets", listOnly: true));

        Assert.Equal(["test.yaml:2:9: facets: must be a list of values"], Sorted(issues));
    }

    [Fact]
    public void Strings_and_maps_that_must_not_be_empty_report_an_empty_list_and_say_an_optional_one_can_go()
    {
        var (map, issues) = Read("tags: []\nfacets: []\nvalues: []\ncases: []\nturns: []\nlabels:\n");

        Assert.Empty(map.Strings("tags", required: true, nonEmpty: true));
        Assert.Empty(map.Strings("facets", nonEmpty: true));
        Assert.Empty(map.Strings("values"));
        Assert.Empty(map.Maps("cases", required: true, nonEmpty: true));
        Assert.Empty(map.Maps("turns"));
        Assert.Empty(map.Strings("labels", nonEmpty: true));

        Assert.Equal(
            [
                "test.yaml:1:7: tags: must not be empty",
                "test.yaml:2:9: facets: must not be empty; leave the key out instead",
                "test.yaml:4:8: cases: must not be empty",
                "test.yaml:6:8: labels: must not be empty; leave the key out instead",
            ],
            Sorted(issues));
    }

    [Fact]
    public void Maps_that_must_not_be_empty_still_read_every_mapping_of_a_list()
    {
        var (map, issues) = Read("cases:\n  - id: a\n  - id: b\n");

        var cases = map.Maps("cases", required: true, nonEmpty: true);

        Assert.Equal(["a", "b"], cases.Select(c => c.String("id")));
        Assert.Equal(["cases[0]", "cases[1]"], cases.Select(c => c.Path));
        Assert.Empty(issues);
    }

    [Fact]
    public void String_that_must_not_be_empty_reports_a_key_written_without_a_value()
    {
        var (map, issues) = Read("user: ''\nnote: ''\nname: ''\n");

        Assert.Null(map.String("user", nonEmpty: true));
        Assert.Null(map.String("note"));
        Assert.Null(map.String("name", required: true));

        Assert.Equal(
            [
                "test.yaml:1:7: user: must not be empty; leave the key out instead",
                "test.yaml:3:7: name: must not be empty",
            ],
            Sorted(issues));
    }

    [Fact]
    public void An_unknown_key_names_the_key_it_resembles_or_else_every_key_asked_for()
    {
        var (map, issues) = Read("facet: state\noperater: in\nbogus: 1\n");

        map.String("facet");
        map.String("operator");
        map.RejectUnknownKeys();

        Assert.Equal(
            [
                "test.yaml:2:1: operater: unknown field; did you mean 'operator'?",
                "test.yaml:3:1: bogus: unknown field; expected one of facet, operator",
            ],
            Sorted(issues));
    }

    private static (YamlMapReader Map, List<ConfigurationIssue> Issues) Read(string yaml)
    {
        var issues = new List<ConfigurationIssue>();
        var map = YamlMapReader.Parse(File, yaml, issues);
        Assert.NotNull(map);
        return (map, issues);
    }

    private static List<string> Sorted(List<ConfigurationIssue> issues) =>
        [.. issues.OrderBy(i => i.Line).ThenBy(i => i.Column).Select(i => i.ToString())];
}
