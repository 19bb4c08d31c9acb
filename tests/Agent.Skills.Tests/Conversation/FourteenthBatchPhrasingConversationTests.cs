using SegmentAI.Skills.Segments;
using static SegmentAI.Skills.Tests.Conversation.DraftTree;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>
/// Readings the fourteenth dev batch showed missing, played end to end on the demo tenants: words already true of the
/// events named, pronouns and clauses that point at the event just named, a "who" clause after "or" with its own "but",
/// a period said only for the second of two counts, and edits that name another value of a list the draft holds.
/// </summary>
[Collection(DemoTenantsEngineCollection.Name)]
public sealed class FourteenthBatchPhrasingConversationTests(DemoTenantsEngineFixture engine)
{
    private const string Acme = "acme-retail";
    private const string Contoso = "contoso-workforce";
    private const string Dealflow = "dealflow";

    [Fact]
    public async Task Browsing_online_is_not_an_online_order()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "customers who looked at pet products online in the last 30 days");

        Assert.Equal(["Pets"], IncludedOn(definition, "department_browsed").Values);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "purchase_channel");
    }

    [Fact]
    public async Task A_coupon_used_on_it_is_used_on_the_order_just_named()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "anyone who placed a curbside order of more than $100 and used a coupon on it, since September");

        var order = IncludedOn(definition, "purchase_channel");
        Assert.Contains(order.SameEvent!, f => f is { Facet: "used_coupon", Operator: ConditionOperator.IsTrue });
        Assert.Contains(order.SameEvent!, f => f is { Facet: "single_order_total", Operator: ConditionOperator.Gt, Values: ["100"] });
        Assert.Single(definition.Conditions());
    }

    [Fact]
    public async Task Make_it_the_app_instead_changes_the_preferred_channel_the_draft_holds()
    {
        var (_, definition) = await engine.ConverseAsync(Acme, "Acme Plus members outside the South who mostly shop online", "make it the app instead");

        Assert.Equal(["app"], IncludedOn(definition, "preferred_channel").Values);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "app_installed");
    }

    [Fact]
    public async Task A_salesperson_is_one_of_the_salespeople()
    {
        var (_, one) = await engine.CreateAsync(Contoso, "Who holds a licence for CRM tools or sales tools but isn't a salesperson?");
        var (_, either) = await engine.CreateAsync(Contoso, "anyone holding licences for CRM or legal tools who isn't a salesperson or a marketer");

        Assert.Equal(["Sales"], ExcludedOn(one, "role_family").Values);
        Assert.Equal(["Sales", "Marketing"], ExcludedOn(either, "role_family").Values);
    }

    [Fact]
    public async Task A_who_clause_after_or_keeps_its_but_to_itself()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "everyone on leave, or who left the company but still has a HubSpot or Salesforce seat");

        var either = Assert.IsType<OrNode>(definition.Root);
        Assert.Contains(either.Children, c => c is SegmentCondition { Facet: "employment_status", Values: ["leave"] });
        var left = Assert.Single(either.Children.OfType<AndNode>());
        Assert.Contains(left.Children, c => c is SegmentCondition { Facet: "employment_status", Values: ["terminated"] });
        Assert.Contains(left.Children, c => c is SegmentCondition { Facet: "license_assigned" });
    }

    [Fact]
    public async Task A_period_said_with_the_second_count_leaves_the_licences_held_over_all_time()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "anyone holding more than ten licences with at most 30 app launches in the past two weeks, excluding the Seattle office");

        Assert.Null(IncludedOn(definition, "license_count").Window);
        Assert.NotNull(IncludedOn(definition, "app_access_count").Window);
    }

    [Fact]
    public async Task The_people_we_hired_are_not_the_people_team()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "Of the people we hired in fiscal 2025, who logged in under twenty times over the last 30 days?");

        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "department");
        Assert.Contains(Included(definition), c => c.Facet == "hire_date");
    }

    [Fact]
    public async Task Admin_rights_on_apps_are_the_licences_of_those_apps()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "which people were given admin rights on Okta or Workday in the last five years?");

        var licences = IncludedOn(definition, "license_assigned");
        Assert.Equal(["okta_dashboard", "workday"], licences.Values);
        Assert.Contains(licences.SameEvent!, f => f is { Facet: "license_tier", Values: ["admin"] });
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "app_accessed");
    }

    [Fact]
    public async Task A_new_count_keeps_more_than_said_as_more_than_once()
    {
        var (_, definition) = await engine.ConverseAsync(Contoso, "engineers who failed to log in more than once in the last 30 days", "make that 4 failed logins and 60 days");

        var failed = IncludedOn(definition, "failed_logins");
        Assert.Equal((ConditionOperator.Gt, "4"), (failed.Operator, failed.Values[0]));
    }

    [Fact]
    public async Task A_date_said_apart_dates_the_sign_up_of_a_tenant_phrase()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "Since March, which paying users at mid-size or big companies signed up?");

        Assert.Equal(ConditionOperator.Within, IncludedOn(definition, "signup_date").Operator);
        Assert.Equal(["pro", "enterprise"], IncludedOn(definition, "plan").Values);
    }

    [Fact]
    public async Task What_a_round_is_targeting_is_the_amount_of_that_round()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "founders who listed a series A or series B round since october that's targeting more than 10 million");

        var round = IncludedOn(definition, "deal_round_created");
        Assert.Contains(round.SameEvent!, f => f is { Facet: "capital_sought", Operator: ConditionOperator.Gt, Values: ["10000000"] });
    }

    [Fact]
    public async Task An_amount_after_a_deal_named_by_several_sectors_is_that_deals_size()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "anyone who revised an offer on a payments or B2B software deal above $3M in the last five days");

        var sectors = IncludedOn(definition, "deal_sector_engaged");
        Assert.Null(sectors.Aggregate);
        Assert.Contains(sectors.SameEvent!, f => f is { Facet: "deal_size_engaged", Operator: ConditionOperator.Gt });
    }

    [Fact]
    public async Task US_in_capitals_after_a_question_is_the_region()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "who had more than 10 deal views over the past 7 days? US only");

        Assert.Equal(["NA"], IncludedOn(definition, "region").Values);
    }

    [Fact]
    public async Task People_who_are_active_are_not_deals_that_are_active()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "which investors are active at least once a day");

        Assert.Equal(["investor"], IncludedOn(definition, "user_role").Values);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "deal_status_created");
    }

    [Fact]
    public async Task A_period_said_between_two_edits_is_an_edit_of_its_own()
    {
        var (_, definition) = await engine.ConverseAsync(Dealflow, "who had more than 10 deal views over the past 7 days? US only", "make it eight views and ten days, and take out the free plan");

        var views = IncludedOn(definition, "deals_viewed");
        Assert.Equal((ConditionOperator.Gt, "8"), (views.Operator, views.Values[0]));
        Assert.Equal(10, Span(views).End.DayNumber - Span(views).Start.DayNumber);
        Assert.Equal(["free"], ExcludedOn(definition, "plan").Values);
    }
}
