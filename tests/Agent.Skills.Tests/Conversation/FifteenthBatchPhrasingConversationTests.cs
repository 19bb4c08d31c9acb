using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using static SegmentAI.Skills.Tests.Conversation.DraftTree;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>
/// Readings the fifteenth dev batch showed missing, played end to end on the demo tenants: income bands read from an
/// amount, "a couple" and ".4" as numbers, a fiscal year that "started", an occasion that names a mailing, a facet's
/// opposite word, two counts or two periods in one clause, values said again as "either state", a purpose said after
/// the request, and a threshold edit that changes the number of its size.
/// </summary>
[Collection(DemoTenantsEngineCollection.Name)]
public sealed class FifteenthBatchPhrasingConversationTests(DemoTenantsEngineFixture engine)
{
    private const string Acme = "acme-retail";
    private const string Contoso = "contoso-workforce";
    private const string Dealflow = "dealflow";

    [Fact]
    public async Task Bands_read_from_an_amount_stay_beside_a_list_of_regions()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "homeowners earning over 75k in the South or on the West Coast who've bought lawn and garden stuff since April");

        Assert.Equal(["75k_150k", "150k_plus"], IncludedOn(definition, "income_band").Values);
        Assert.Equal(["South", "West"], IncludedOn(definition, "region").Values);
    }

    [Fact]
    public async Task Under_an_income_edge_holds_the_band_that_ends_there()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "households earning under 75k with no fewer than four coupon orders since July");

        Assert.Equal(["under_35k", "35k_75k"], IncludedOn(definition, "income_band").Values);
        Assert.Equal((ConditionOperator.Gte, "4"), (IncludedOn(definition, "coupon_order_count").Operator, IncludedOn(definition, "coupon_order_count").Values[0]));
    }

    [Fact]
    public async Task A_couple_after_a_comparison_is_two()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "people subscribed to our emails who opened at least a couple of emails in the last 90 days but didn't click any");

        Assert.Equal((ConditionOperator.Gte, "2"), (IncludedOn(definition, "email_opens").Operator, IncludedOn(definition, "email_opens").Values[0]));
    }

    [Fact]
    public async Task A_decimal_without_its_zero_is_still_the_number()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "anyone with a coupon propensity above 0.6 and an engagement score under .4");

        Assert.Equal((ConditionOperator.Lt, "0.4"), (IncludedOn(definition, "engagement_score").Operator, IncludedOn(definition, "engagement_score").Values[0]));
    }

    [Fact]
    public async Task Since_the_fiscal_year_started_is_a_date_and_two_counts_are_two_conditions()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "Since the fiscal year started, who's placed no fewer than six orders with an average basket below sixty bucks?");

        Assert.Equal(["6"], IncludedOn(definition, "order_count").Values);
        Assert.Equal(["60"], IncludedOn(definition, "average_order_value").Values);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "checkout_started");
    }

    [Fact]
    public async Task The_Black_Friday_email_is_the_campaign_and_childless_is_no_children()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "childless customers who got the Black Friday email but never opened or clicked it");

        Assert.Equal(ConditionOperator.IsFalse, IncludedOn(definition, "has_children").Operator);
        Assert.Equal(["black_friday"], IncludedOn(definition, "campaign_theme_received").Values);
        Assert.Equal(["black_friday"], ExcludedOn(definition, "campaign_theme_engaged").Values);
    }

    [Fact]
    public async Task Either_state_names_the_states_said_before()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "customers who shopped at our Texas or Florida stores in the last 12 months but don't live in either state");

        Assert.Equal(["TX", "FL"], IncludedOn(definition, "store_state").Values);
        Assert.Equal(["TX", "FL"], ExcludedOn(definition, "state").Values);
    }

    [Fact]
    public async Task In_that_time_is_the_period_already_said()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "people who reached checkout in the last 90 days but didn't order online or through the app in that time");

        var checkout = IncludedOn(definition, "checkout_started");
        Assert.All(Excluded(definition), c => Assert.Equal(Span(checkout), Span(c)));
        Assert.NotEmpty(Excluded(definition));
    }

    [Fact]
    public async Task A_purpose_said_after_the_question_is_not_a_condition()
    {
        var (reply, definition) = await engine.CreateAsync(Contoso, "Can you pull everyone with a 1Password seat who hasn't opened it in the last 30 days? want to give them a nudge");

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal(["1password"], IncludedOn(definition, "license_assigned").Values);
    }

    [Fact]
    public async Task Two_periods_in_one_clause_each_date_their_own_part()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "people hired since July 2024 with between 15 and 40 work sessions over the last 30 days");

        var sessions = IncludedOn(definition, "sessions_started");
        Assert.Equal(ConditionOperator.Between, sessions.Operator);
        Assert.Equal(30, Span(sessions).End.DayNumber - Span(sessions).Start.DayNumber);
        Assert.Equal(ConditionOperator.Within, IncludedOn(definition, "hire_date").Operator);
    }

    [Fact]
    public async Task Companies_of_up_to_fifty_people_are_the_small_headcount_bands()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "who's gone dormant over the past 2 days in APAC or Latin America, at companies of up to 50 people?");

        Assert.Equal(["1-10", "11-50"], IncludedOn(definition, "company_size").Values);
    }

    [Fact]
    public async Task Lowering_it_changes_the_number_of_its_size_and_an_exclusion_after_it_applies_too()
    {
        var (_, definition) = await engine.ConverseAsync(Acme, "households of three or more that bought over a hundred items in the last 12 months", "lower it to sixty, excluding the West");

        Assert.Equal(["3"], IncludedOn(definition, "household_size").Values);
        Assert.Equal(["60"], IncludedOn(definition, "items_purchased").Values);
        Assert.Equal(["West"], ExcludedOn(definition, "region").Values);
    }
}
