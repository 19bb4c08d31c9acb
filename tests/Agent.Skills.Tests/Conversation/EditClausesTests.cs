using SegmentAI.Skills.Sessions;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>A compound change splits only where the next words start another edit; a filler lead-in joins the edit after it.</summary>
public sealed class EditClausesTests
{
    [Theory]
    [InlineData("add Texas and Florida")]
    [InlineData("remove the toys and games part")]
    [InlineData("change it to gold and silver")]
    [InlineData("remove toys but keep games")]
    [InlineData("add founders and advisors")]
    [InlineData("make it between 3 and 30 days")]
    public void An_and_that_joins_values_keeps_one_edit(string text)
    {
        var clauses = EditClauses.Split(text);

        Assert.Equal([text], clauses);
    }

    [Theory]
    [InlineData("drop Michigan, then make it the last 12 months", "drop Michigan", "make it the last 12 months")]
    [InlineData("only online orders and make it 90 days", "only online orders", "make it 90 days")]
    [InlineData("remove Texas and add people with kids", "remove Texas", "add people with kids")]
    [InlineData("make it 90 days; drop toys", "make it 90 days", "drop toys")]
    [InlineData("remove toys then add games", "remove toys", "add games")]
    [InlineData("keep only data engineering, and look at the past 45 days instead", "keep only data engineering", "look at the past 45 days instead")]
    [InlineData("make it 7 or more and leave out security engineering", "make it 7 or more", "leave out security engineering")]
    [InlineData("make it 4 orders and 90 days", "make it 4 orders", "make it 90 days")]
    [InlineData("lower it to 2, the last 2 weeks", "lower it to 2", "make it the last 2 weeks")]
    [InlineData("lower it to 60, excluding the West", "lower it to 60", "excluding the West")]
    public void Two_edits_split_where_the_second_starts(string text, string first, string second)
    {
        var clauses = EditClauses.Split(text);

        Assert.Equal([first, second], clauses);
    }

    [Fact]
    public void A_period_said_between_two_edits_is_an_edit_of_its_own()
    {
        var clauses = EditClauses.Split("make it 8 views and 10 days, and take out the free plan");

        Assert.Equal(["make it 8 views", "make it 10 days", "take out the free plan"], clauses);
    }

    [Fact]
    public void A_filler_lead_in_is_part_of_the_single_edit_after_it()
    {
        var clauses = EditClauses.Split("ok, just add gold members");

        Assert.Equal(["ok, just add gold members"], clauses);
    }

    [Fact]
    public void A_no_before_a_correction_belongs_to_it()
    {
        Assert.Equal(["no, make it home goods"], EditClauses.Split("no, make it home goods"));
    }

    [Fact]
    public void A_filler_lead_in_merges_into_the_first_of_two_edits()
    {
        var clauses = EditClauses.Split("ok, remove Texas and add gold");

        Assert.Equal(["ok, remove Texas", "add gold"], clauses);
    }

    [Fact]
    public void Joined_edits_split_back_into_the_same_edits()
    {
        // A question's answer completes one edit and the whole change is read again from the joined text.
        var clauses = EditClauses.Split("remove Texas and add people with kids");

        var again = EditClauses.Split(EditClauses.Join(clauses));

        Assert.Equal(clauses, again);
    }
}
