using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using static SegmentAI.Skills.Tests.Conversation.DraftTree;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>
/// Readings the seventh dev batch showed missing, played end to end on the demo tenants: twin facets told apart by the
/// words only one of them uses, a number's unit read as what it counts or measures on one event, a participle or an
/// unused number starting a clause of its own, a length of time converted to the facet's unit, a region the catalog
/// lists never taken for a national origin, and edits that lower a count, move only the dated conditions, or ask the size.
/// </summary>
[Collection(DemoTenantsEngineCollection.Name)]
public sealed class SeventhBatchPhrasingConversationTests(DemoTenantsEngineFixture engine)
{
    private const string Acme = "acme-retail";
    private const string Contoso = "contoso-workforce";
    private const string Dealflow = "dealflow";

    [Fact]
    public async Task A_verb_only_one_twin_facet_describes_chooses_that_twin()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "founders who opened a seed round in september");

        Assert.Equal(["seed"], IncludedOn(definition, "deal_round_created").Values);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "deal_round_engaged");
    }

    [Fact]
    public async Task A_list_beside_a_twin_facet_widens_the_twin_the_other_words_name()
    {
        var (_, licences) = await engine.CreateAsync(Contoso, "folks in smb sales with crm or sales enablement licences");
        var (_, seats) = await engine.CreateAsync(Contoso, "who's got an admin seat on any of our security or identity tools");

        Assert.Equal(["CRM", "Sales"], IncludedOn(licences, "license_app_category").Values);
        Assert.Equal(["Security", "Identity"], IncludedOn(seats, "license_app_category").Values);
        Assert.DoesNotContain(seats.Conditions(), c => c.Facet == "app_category_accessed");
    }

    [Fact]
    public async Task A_participle_after_the_people_starts_a_counted_condition()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "please find staff in the san francisco and bangalore offices holding more than ten licences");

        Assert.Equal(["San Francisco", "Bangalore"], IncludedOn(definition, "location").Values);
        var count = IncludedOn(definition, "license_count");
        Assert.Equal((ConditionOperator.Gt, "10"), (count.Operator, Assert.Single(count.Values)));
    }

    [Fact]
    public async Task Not_a_single_app_is_no_app_at_all()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "folks in the austin or seattle offices who havent opened a single app since november");

        Assert.Equal("accessed_any_app", Assert.Single(Excluded(definition)).Facet);
    }

    [Fact]
    public async Task A_place_before_the_word_office_is_the_office_location()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "who in the bangalore office used jira or linear last month");

        Assert.Equal(["Bangalore"], IncludedOn(definition, "location").Values);
        Assert.Null(IncludedOn(definition, "app_accessed").SameEvent);
    }

    [Fact]
    public async Task An_age_said_beside_a_purchase_is_the_age_band_not_a_count_of_purchases()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "anyone 45 or older in the south or the midwest who's bought gardening supplies since july");

        Assert.Equal(["45-54", "55-64", "65+"], IncludedOn(definition, "age_band").Values);
        Assert.Null(IncludedOn(definition, "department_purchased").Frequency);
    }

    [Fact]
    public async Task A_range_of_year_olds_is_the_age_bands_it_spans()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "25 to 44 year olds with kids at home who bought grills or garden tools in Q2");

        Assert.Equal(["25-34", "35-44"], IncludedOn(definition, "age_band").Values);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "household_size");
    }

    [Fact]
    public async Task Earning_over_an_amount_is_read_on_the_income_bands()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "households with exactly 4 people that earn over 75k and own their house");

        Assert.Equal(["75k_150k", "150k_plus"], IncludedOn(definition, "income_band").Values);
        Assert.Equal(ConditionOperator.IsTrue, IncludedOn(definition, "home_owner").Operator);
    }

    [Fact]
    public async Task An_item_worth_an_amount_is_the_amount_of_that_one_return()
    {
        var (reply, definition) = await engine.CreateAsync(Acme, "people who sent back a broken item worth over $40 since cyber monday");

        var reason = Assert.Single(definition.Conditions());
        Assert.Equal(("return_reason", "damaged"), (reason.Facet, Assert.Single(reason.Values)));
        var amount = Assert.Single(reason.SameEvent!);
        Assert.Equal((ConditionOperator.Gt, "40"), (amount.Operator, Assert.Single(amount.Values)));
        Assert.DoesNotContain("I didn't use", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_in_one_order_measure_that_order_rather_than_count_orders()
    {
        var (_, pickup) = await engine.CreateAsync(Acme, "customers who did a curbside pickup order with 6 or more items in it last quarter");
        var (_, trip) = await engine.CreateAsync(Acme, "ppl who bought 12 or more items on a single in-store trip in the last 60 days");

        var channel = Assert.Single(pickup.Conditions());
        Assert.Null(channel.Frequency);
        var items = Assert.Single(channel.SameEvent!);
        Assert.Equal(("largest_basket", ConditionOperator.Gte, "6"), (items.Facet, items.Operator, Assert.Single(items.Values)));
        Assert.Equal("largest_basket", Assert.Single(trip.Conditions()).Facet);
    }

    [Fact]
    public async Task Spending_in_one_go_is_the_total_of_one_order()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "who spent over $200 in one go at our california stores since august");

        var store = Assert.Single(definition.Conditions());
        Assert.Null(store.Aggregate);
        Assert.Equal("single_order_total", Assert.Single(store.SameEvent!).Facet);
    }

    [Fact]
    public async Task A_reason_for_a_return_replaces_the_flag_for_any_return()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "customers who returned something because it didn't fit in the last 6 months");

        var reason = Assert.Single(definition.Conditions());
        Assert.Equal(("return_reason", ConditionOperator.In, "wrong_size"), (reason.Facet, reason.Operator, Assert.Single(reason.Values)));
    }

    [Fact]
    public async Task A_score_after_with_is_a_condition_of_its_own()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "high income customers with an engagement score of less than 0.3");

        Assert.Equal(["150k_plus"], IncludedOn(definition, "income_band").Values);
        Assert.Equal(ConditionOperator.Lt, IncludedOn(definition, "engagement_score").Operator);
    }

    [Fact]
    public async Task A_count_whose_unit_names_the_facet_is_read_after_a_date()
    {
        var (_, joined) = await engine.CreateAsync(Contoso, "staff who joined in FY25 with not more than ten licences");
        var (_, hires) = await engine.CreateAsync(Contoso, "Could you pull the FY26 hires whose seat cost is up to $2,000 a year, please?");

        var count = IncludedOn(joined, "license_count");
        Assert.Equal((ConditionOperator.Lte, "10"), (count.Operator, Assert.Single(count.Values)));
        Assert.Equal(ConditionOperator.Within, IncludedOn(joined, "hire_date").Operator);
        Assert.Equal((new DateOnly(2025, 7, 1), new DateOnly(2026, 7, 1)), Span(IncludedOn(hires, "hire_date")));
        Assert.Equal(ConditionOperator.Lte, IncludedOn(hires, "license_cost").Operator);
    }

    [Fact]
    public async Task Zero_activity_is_no_activity_at_all()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "other than people on leave, who has had zero app activity in the past 45 days?");

        Assert.Equal(ConditionOperator.IsFalse, IncludedOn(definition, "accessed_any_app").Operator);
        Assert.Equal(["leave"], ExcludedOn(definition, "employment_status").Values);
    }

    [Fact]
    public async Task Hours_and_minutes_are_converted_to_the_seconds_the_facet_counts()
    {
        var (reply, hours) = await engine.CreateAsync(Contoso, "who racked up more than 20 hours online or had any login trouble last week?");
        var (_, minutes) = await engine.CreateAsync(Contoso, "remote staff only: anyone whose avg session is under 10 minutes, or who started fewer than twenty sessions in the past 30 days");

        Assert.Equal(["72000"], IncludedOn(hours, "total_session_time").Values);
        Assert.Contains("72,000 seconds (20 hours)", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["600"], IncludedOn(minutes, "average_session_duration").Values);
    }

    [Fact]
    public async Task A_region_the_catalog_lists_is_a_place_not_a_national_origin()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "uk and european users who abandoned a flow more than once this week but have never declined an offer");
        var session = DemoTenantsEngineFixture.NewSession();
        var refused = await engine.SayAsync(Dealflow, "european immigrants", session, $"{session}@{Dealflow}");

        Assert.Equal(["EMEA"], IncludedOn(definition, "region").Values);
        Assert.Equal(ReplyKind.Refusal, refused.Kind);
    }

    [Fact]
    public async Task Everyday_words_for_how_people_found_the_product_and_for_going_quiet_are_read()
    {
        var (_, heard) = await engine.CreateAsync(Dealflow, "founders who heard about us at a demo day or on linked in and have listed two or more deals since september");
        var (_, organic) = await engine.CreateAsync(Dealflow, "founders who came in organically and started a round in the last 45 days");
        var (_, dormant) = await engine.CreateAsync(Dealflow, "linkedin signups from this month who've gone dormant in the last three days");

        Assert.Equal(["event", "linkedin"], IncludedOn(heard, "referral_source").Values);
        Assert.Equal(["organic"], IncludedOn(organic, "referral_source").Values);
        Assert.Equal(ConditionOperator.IsFalse, IncludedOn(dormant, "any_activity").Operator);
    }

    [Fact]
    public async Task But_who_after_a_segment_adds_to_the_draft_and_both_of_those_moves_every_period()
    {
        var (reply, definition) = await engine.ConverseAsync(Acme,
            "shoppers who viewed a minimum of 5 products in the past 30 days",
            "but who havent ordered online or in the app in the past 30 days",
            "actually make both of those 60 days");

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal(Span(IncludedOn(definition, "product_views")), Span(ExcludedOn(definition, "purchase_channel")));
        Assert.Equal(new DateOnly(2026, 9, 23), Span(IncludedOn(definition, "product_views")).Start);
    }

    [Fact]
    public async Task Dropping_it_to_a_number_lowers_the_count_and_how_many_does_that_give_us_answers_the_size()
    {
        var (size, definition) = await engine.ConverseAsync(Acme,
            "customers who clicked at least 3 email links in the last 90 days",
            "drop it to two or more clicks and only cardholders",
            "and how many does that give us");

        Assert.Equal(["2"], IncludedOn(definition, "email_clicks").Values);
        Assert.Equal(ConditionOperator.IsTrue, IncludedOn(definition, "acme_credit_card").Operator);
        Assert.Equal(ReplyKind.Answer, size.Kind);
        Assert.Contains("customers", size.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_period_leaves_a_licence_held_at_any_time_alone()
    {
        var (_, definition) = await engine.ConverseAsync(Contoso,
            "people who have a zoom licence but havent opened zoom in the last 60 days",
            "leave out the leavers and change it to the past 45 days");

        Assert.Null(IncludedOn(definition, "license_assigned").Window);
        Assert.Equal(new DateOnly(2026, 10, 8), Span(ExcludedOn(definition, "app_accessed")).Start);
        Assert.Equal(["terminated"], ExcludedOn(definition, "employment_status").Values);
    }
}
