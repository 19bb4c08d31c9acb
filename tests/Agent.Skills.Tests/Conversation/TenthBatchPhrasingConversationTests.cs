using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using static SegmentAI.Skills.Tests.Conversation.DraftTree;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>
/// Readings the tenth dev batch showed missing, played end to end on the demo tenants: which words negate and which
/// only compare, a place other than the one named, "a licence" as any licence, clauses set off by a colon, verbs said
/// inside catalog terms, and compound edits that take a value out and lower a count.
/// </summary>
[Collection(DemoTenantsEngineCollection.Name)]
public sealed class TenthBatchPhrasingConversationTests(DemoTenantsEngineFixture engine)
{
    private const string Acme = "acme-retail";
    private const string Contoso = "contoso-workforce";
    private const string Dealflow = "dealflow";

    [Fact]
    public async Task Doesnt_negates_and_no_fewer_than_only_compares()
    {
        var (_, pets) = await engine.CreateAsync(Acme, "This fiscal year, who got the pet newsletter but doesn't own a pet?");
        var (_, coupons) = await engine.CreateAsync(Acme, "anyone with no fewer than three coupon orders since May and a coupon propensity of no more than 0.4");
        var (_, lapsed) = await engine.CreateAsync(Acme, "platinum members who are no longer subscribed to our emails");

        Assert.Equal(ConditionOperator.IsTrue, ExcludedOn(pets, "has_pets").Operator);
        Assert.Empty(Excluded(coupons));
        Assert.Equal(["3"], IncludedOn(coupons, "coupon_order_count").Values);
        Assert.Single(Excluded(lapsed), c => c.Facet == "email_opt_in");
    }

    [Fact]
    public async Task Signed_in_from_outside_a_city_is_a_sign_in_from_another_city()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "people based in London who signed in from outside London in the last 30 days");

        Assert.Equal(["London"], IncludedOn(definition, "location").Values);
        var elsewhere = Assert.Single(IncludedOn(definition, "signed_in").SameEvent!);
        Assert.Equal(("sign_in_city", ConditionOperator.NotIn), (elsewhere.Facet, elsewhere.Operator));
        Assert.Equal(["London"], elsewhere.Values);
    }

    [Fact]
    public async Task A_licence_with_no_app_named_is_any_licence()
    {
        var (_, holders) = await engine.CreateAsync(Contoso, "ex-employees who still have a license");
        var (_, none) = await engine.CreateAsync(Contoso, "people in Seattle without any licence");

        Assert.Equal((ConditionOperator.Gte, "1"), (IncludedOn(holders, "license_count").Operator, IncludedOn(holders, "license_count").Values[0]));
        Assert.Equal(["terminated"], IncludedOn(holders, "employment_status").Values);
        Assert.Equal("license_count", Assert.Single(Excluded(none)).Facet);
    }

    [Fact]
    public async Task A_colon_starts_the_clause_that_defines_the_people_before_it()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "heavy users at mid-size or big companies: 25 or more actions in the last seven days");

        Assert.Equal(["51-200", "200+"], IncludedOn(definition, "company_size").Values);
        Assert.Equal(["25"], IncludedOn(definition, "activity_count").Values);
    }

    [Fact]
    public async Task A_verb_inside_a_catalog_term_is_read_in_any_of_its_forms()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "who's been countering offers on deals under 800k over the last 4 days?");

        Assert.Contains(definition.Conditions().SelectMany(c => c.SameEvent ?? []), f => f.Facet == "activity_type" && f.Values.SequenceEqual(["revise_offer"]));
    }

    [Fact]
    public async Task A_plural_head_said_once_is_shared_by_the_values_before_it()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "quick one - can you pull everyone on the data and security teams who hasn't logged into Datadog since September? thanks!");

        Assert.Equal(["Data Engineering", "Security Engineering"], IncludedOn(definition, "department").Values);
        Assert.Equal(["datadog"], ExcludedOn(definition, "app_accessed").Values);
    }

    [Fact]
    public async Task A_request_verb_after_can_you_and_a_list_it_is_for_are_not_conditions()
    {
        var (grab, _) = await engine.CreateAsync(Dealflow, "can you grab paying users in the US who messaged someone in the past 5 days");
        var (webinar, definition) = await engine.CreateAsync(Dealflow, "for our webinar invite list - anyone at companies with 10 or fewer employees, or anyone who engaged with education deals in the last 10 days");

        Assert.DoesNotContain("grab", grab.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "referral_source");
        Assert.IsType<OrNode>(definition.Root);
    }

    [Fact]
    public async Task Same_but_only_narrows_and_take_out_with_bring_down_applies_both()
    {
        var (_, marketers) = await engine.ConverseAsync(Contoso, "who's opened Figma or Photoshop in the last ten days?", "same but only the marketers");
        var (_, investors) = await engine.ConverseAsync(Dealflow, "vcs or advisers with at least 4 logins in the last 7 days", "take the advisers out and bring it down to 2");

        Assert.Equal(["Marketing"], IncludedOn(marketers, "role_family").Values);
        Assert.Equal(["investor"], IncludedOn(investors, "user_role").Values);
        Assert.Equal(["2"], IncludedOn(investors, "login_count").Values);
    }

    [Fact]
    public async Task An_age_said_as_or_older_is_refused_where_age_is_protected_and_a_band_elsewhere()
    {
        var refused = await engine.SayAsync(Dealflow, "advisors in europe who are 60 or older and logged in this week", DemoTenantsEngineFixture.NewSession(), "someone@dealflow");
        var (_, banded) = await engine.CreateAsync(Acme, "customers 55 or older in Ohio");

        Assert.Equal(ReplyKind.Refusal, refused.Kind);
        Assert.Equal(["55-64", "65+"], IncludedOn(banded, "age_band").Values);
    }

    [Fact]
    public async Task A_number_after_the_noun_it_measures_is_a_condition_beside_a_list_of_places()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "households of three or more in Pennsylvania, New Jersey and New York State");

        Assert.Equal(["3"], IncludedOn(definition, "household_size").Values);
        Assert.Equal(["PA", "NJ", "NY"], IncludedOn(definition, "state").Values);
    }

    [Fact]
    public async Task Renting_is_not_owning_and_a_value_named_whole_grounds_its_part()
    {
        var (_, renters) = await engine.CreateAsync(Acme, "silver members who are renting, or platinum members with kids at home");
        var (_, returns) = await engine.CreateAsync(Acme, "customers who returned more than $80 worth of goods in the last 12 months, but never because something didn't fit");

        Assert.Contains(renters.Conditions(), c => c.Facet == "home_owner" && c.Operator == ConditionOperator.IsFalse);
        Assert.IsType<OrNode>(renters.Root);
        Assert.Equal(["wrong_size"], ExcludedOn(returns, "return_reason").Values);
    }

    [Fact]
    public async Task A_verb_with_no_after_it_is_the_verb_not_done()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "investors who viewed more than 20 deals but sent no offers in the past 7 days");

        Assert.Equal(Span(IncludedOn(definition, "deals_viewed")), Span(ExcludedOn(definition, "sent_offer")));
    }

    [Fact]
    public async Task A_clause_with_its_own_subject_takes_the_licence_named_before_as_its_object()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "managers in Dublin with a Salesforce licence they haven't opened in 60 days");

        Assert.Equal(["salesforce"], IncludedOn(definition, "license_assigned").Values);
        Assert.Null(IncludedOn(definition, "license_assigned").Window);
        Assert.Equal(["salesforce"], ExcludedOn(definition, "app_accessed").Values);
        Assert.Equal(["Dublin"], IncludedOn(definition, "location").Values);
    }

    [Fact]
    public async Task Not_on_our_email_list_is_not_subscribed_and_shop_is_no_question()
    {
        var (_, list) = await engine.CreateAsync(Acme, "gold members who aren't on our email list");
        var (shop, _) = await engine.CreateAsync(Acme, "parents who shop in our stores at least twice a month");

        Assert.Single(Excluded(list), c => c.Facet == "email_opt_in");
        Assert.DoesNotContain("\"shop\"", shop.Text, StringComparison.Ordinal);
    }
}
