using SegmentAI.Skills.Analysis;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Skills.Tests.Analysis;

public sealed class NumberTraceTests
{
    private static readonly double[] Computed = [0.7171, 251, 1234.5, 3.528, 0.95];

    [Theory]
    [InlineData("72 % of 251 users")]
    [InlineData("a rate of 0.72 on 1,234.5 hours")]
    [InlineData("3.53 revisions per session at 95 % confidence")]
    [InlineData("1,235 and 1,234.5")]
    public void Numbers_that_are_computed_values_as_displayed_are_traced(string text)
    {
        Assert.Empty(NumberTrace.Untraced([new TextContent(text)], Computed, []));
    }

    [Theory]
    [InlineData("74 % of 251 users", "74")]
    [InlineData("3.5 revisions and 3.52 more", "3.52")]
    [InlineData("252 users", "252")]
    public void A_number_no_computed_value_accounts_for_is_reported_as_written(string text, string untraced)
    {
        Assert.Equal([untraced], NumberTrace.Untraced([new TextContent(text)], Computed, []));
    }

    [Fact]
    public void Verbatim_text_such_as_dates_and_names_is_not_read_for_numbers()
    {
        var untraced = NumberTrace.Untraced([new TextContent("from 15 Nov 2026 to 21 Nov 2026, 251 users")], Computed, ["15 Nov 2026", "21 Nov 2026"]);

        Assert.Empty(untraced);
    }

    [Fact]
    public void Chart_points_and_table_cells_are_checked_too()
    {
        var chart = new ChartContent { Kind = ChartKind.Bar, Categories = ["a"], Series = [new ChartSeries("s", [0.7171]) { Low = [0.66], High = [0.95] }] };
        var table = new TableContent([new TableColumn("Users", Numeric: true)], [["251"], ["250"]]);

        var untraced = NumberTrace.Untraced([chart, table], Computed, []);

        Assert.Equal(["0.66", "250"], untraced.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_percentage_must_be_a_share_and_a_plain_number_a_value()
    {
        Assert.Equal(["72"], NumberTrace.Untraced([new TextContent("72 users")], Computed, []));
        Assert.Equal(["251"], NumberTrace.Untraced([new TextContent("251 %")], Computed, []));
        Assert.Empty(NumberTrace.Untraced([new TextContent("66–72 % of them")], [0.66, 0.7171], []));
    }

    [Fact]
    public void The_numbers_written_in_a_reply_are_read_with_percentages_as_shares()
    {
        var written = NumberTrace.Written([new TextContent("72 % of 1,234 users"), new TableContent([new TableColumn("x")], [["3.5"]])]);

        Assert.Equal([0.72, 1234, 3.5], written);
    }

    [Fact]
    public void Map_points_are_checked_only_against_plotted_values()
    {
        var chart = new ChartContent { Kind = ChartKind.Scatter, Categories = [], Series = [new ChartSeries("s", [-1.25]) { X = [0.5] }] };

        Assert.Equal(2, NumberTrace.Untraced([chart], Computed, []).Count);
        Assert.Empty(NumberTrace.Untraced([chart], Computed, [], plotted: [-1.25, 0.5]));
        Assert.Equal(["125"], NumberTrace.Untraced([new TextContent("125 %")], Computed, [], plotted: [-1.25, 1.25]));
    }

    [Fact]
    public void Names_with_digits_glued_to_letters_are_not_numbers()
    {
        Assert.Empty(NumberTrace.Untraced([new TextContent("PC1 against PC2, k3")], Computed, []));
    }
}
