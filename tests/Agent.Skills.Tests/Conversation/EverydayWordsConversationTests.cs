using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using static SegmentAI.Skills.Tests.Conversation.DraftTree;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>
/// Everyday words for catalog things ("telly", "trainers", "said yes to", "found us on google") played end to end on
/// the demo tenants: each is read as the catalog word it means and the reply says so; an alternative of the same kind
/// after a group stands beside the group's last condition; a word already used for a value is not read twice.
/// </summary>
[Collection(DemoTenantsEngineCollection.Name)]
public sealed class EverydayWordsConversationTests(DemoTenantsEngineFixture engine)
{
    private const string Acme = "acme-retail";
    private const string Dealflow = "dealflow";

    [Fact]
    public async Task Everyday_product_words_are_read_as_catalog_values_and_the_reply_says_so()
    {
        var (reply, definition) = await engine.CreateAsync(Acme, "women in the south who bought activewear or trainers since march");

        Assert.Equal(["Activewear", "Shoes"], IncludedOn(definition, "category_purchased").Values);
        Assert.Equal(["female"], IncludedOn(definition, "gender").Values);
        Assert.Contains("I read \"trainers\" as \"shoes\"", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slang_for_people_is_read_as_the_attribute_it_names()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "guys who bought razors or shampoo since october");

        Assert.Equal(["male"], IncludedOn(definition, "gender").Values);
        Assert.Equal(["Men's Grooming", "Hair Care"], IncludedOn(definition, "category_purchased").Values);
    }

    [Fact]
    public async Task Reachable_by_push_or_by_text_is_one_alternative_beside_the_lapsed_condition()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "lapsed customers we can reach either by push or by text");

        var root = Assert.IsType<AndNode>(definition.Root);
        var either = Assert.Single(root.Children.OfType<OrNode>());
        Assert.Equal(["push_opt_in", "sms_opt_in"], either.Conditions().Select(c => c.Facet).Order(StringComparer.Ordinal));
        Assert.Equal(ConditionOperator.IsFalse, IncludedOn(definition, "purchased_anything").Operator);
    }

    [Fact]
    public async Task A_value_read_by_meaning_replaces_made_a_purchase_rather_than_standing_beside_it()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "customers who bought barbecues in q2");

        Assert.Equal(["Grills"], Assert.Single(definition.Conditions()).Values);
    }

    [Fact]
    public async Task A_word_that_names_the_value_is_not_also_read_as_another_facets_synonym()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "customers who bought a laptop this year");

        Assert.Equal("category_purchased", Assert.Single(definition.Conditions()).Facet);
    }

    [Fact]
    public async Task Idioms_for_deal_actions_are_read_as_the_actions()
    {
        var (reply, definition) = await engine.CreateAsync(Dealflow, "vcs who went back and forth on offers at least 5 times in the past 6 days");

        var revisions = IncludedOn(definition, "offer_revisions");
        Assert.Equal((ConditionOperator.Gte, "5"), (revisions.Operator, Assert.Single(revisions.Values)));
        Assert.Equal(["investor"], IncludedOn(definition, "user_role").Values);
        Assert.Contains("went back and forth on", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_antonym_of_activity_beside_a_role_is_a_condition_of_its_own()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "which lawyers have been dormant for the past 3 days?");

        var activity = IncludedOn(definition, "any_activity");
        Assert.Equal(ConditionOperator.IsFalse, activity.Operator);
        Assert.Equal(3, activity.Window!.Days);
        Assert.Equal(["lawyer"], IncludedOn(definition, "user_role").Values);
    }

    [Fact]
    public async Task How_people_found_the_tenant_is_read_as_the_referral_source()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "folks who found us on google, free or pro plan, outside europe and asia");

        Assert.Equal(["organic"], IncludedOn(definition, "referral_source").Values);
        Assert.Equal(["EMEA", "APAC"], ExcludedOn(definition, "region").Values);
    }

    [Theory]
    [InlineData("customers under 25", "18-24")]
    [InlineData("the under 25s", "18-24")]
    [InlineData("gold members aged 35 to 54s", "35-44,45-54")]
    public async Task An_age_said_as_the_group_of_people_that_age_is_the_age_band(string request, string bands)
    {
        var (_, definition) = await engine.CreateAsync(Acme, request);

        Assert.Equal(bands.Split(','), IncludedOn(definition, "age_band").Values);
    }

    [Fact]
    public async Task An_addition_said_as_and_as_well_changes_the_draft_instead_of_starting_a_new_one()
    {
        var (reply, definition) = await EditAsync(Acme, "acme plus members who bought vitamins in the last 90 days", "and painkillers as well");

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal(ConditionOperator.IsTrue, IncludedOn(definition, "acme_plus_member").Operator);
        Assert.Contains(Included(definition), c => c.Facet == "category_purchased" && c.Values.Contains("Pain Relief"));
    }

    [Fact]
    public async Task Remove_the_date_reads_behaviour_over_its_default_period_again()
    {
        var (reply, definition) = await EditAsync(Dealflow, "founders who sent at least 2 offers in the last 3 days", "remove the date");

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var offers = IncludedOn(definition, "offers_sent");
        Assert.Equal(30, offers.Window!.Days);
        Assert.Contains("Removed the dates", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("founders at firms with 200+ employees or lawyers who came in through a partner", "user_role", "referral_source")]
    [InlineData("anyone who turned down an offer in the last 2 days, or enterprise users who bailed yesterday", "plan", "dropped_off")]
    public async Task Or_between_two_whole_clauses_keeps_each_clause_together(string request, string firstOfSecond, string secondOfSecond)
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, request);

        var either = Assert.IsType<OrNode>(definition.Root);
        Assert.Equal(2, either.Children.Count);
        var second = Assert.IsType<AndNode>(either.Children[1]);
        Assert.Equal([firstOfSecond, secondOfSecond], second.Conditions().Select(c => c.Facet));
    }

    [Fact]
    public async Task A_trailing_sentence_after_a_question_mark_is_a_condition_of_its_own()
    {
        var (_, definition) = await engine.CreateAsync("contoso-workforce", "since 15 October, who logged into jira but didn't open github? NYC and London offices only");

        Assert.Equal(["New York", "London"], IncludedOn(definition, "location").Values);
        var github = ExcludedOn(definition, "app_accessed");
        Assert.Equal(new DateOnly(2026, 10, 15), github.Window!.Start);
    }

    [Fact]
    public async Task Never_reads_at_any_time_even_beside_a_dated_activity()
    {
        var (reply, definition) = await engine.CreateAsync(Dealflow, "founders that sent more than two messages in the past 5 days but never made an offer");

        Assert.Equal(5, IncludedOn(definition, "messages_sent").Window!.Days);
        Assert.True(ExcludedOn(definition, "sent_offer").Window!.Days >= 3650);
        Assert.Contains("Sent an Offer is yes at any time", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("anyone 55 or older who bought toys", "55-64,65+")]
    [InlineData("customers 35 and older who bought toys", "35-44,45-54,55-64,65+")]
    public async Task Or_older_bounds_the_age_from_below(string request, string bands)
    {
        var (_, definition) = await engine.CreateAsync(Acme, request);

        Assert.Equal(bands.Split(','), IncludedOn(definition, "age_band").Values);
    }

    [Fact]
    public async Task Upwards_of_is_more_than()
    {
        var (_, definition) = await engine.CreateAsync("contoso-workforce", "staff who started upwards of 15 sessions in the past 30 days");

        var sessions = IncludedOn(definition, "sessions_started");
        Assert.Equal(ConditionOperator.Gt, sessions.Operator);
        Assert.Equal("15", Assert.Single(sessions.Values));
    }

    [Fact]
    public async Task Same_but_puts_the_named_value_in_place_of_the_one_it_corrects()
    {
        var (_, definition) = await EditAsync(Acme, "customers in the midwest who bought dog food last quarter", "same but cat food");

        Assert.Equal(["Cat Food"], IncludedOn(definition, "category_purchased").Values);
        Assert.Equal(["Midwest"], IncludedOn(definition, "region").Values);
    }

    [Fact]
    public async Task Changing_one_month_to_another_moves_the_window_to_the_new_month()
    {
        var (_, definition) = await EditAsync(Dealflow, "founders who opened a deal in september", "change september to october");

        var created = IncludedOn(definition, "created_deal");
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1)), Span(created));
    }

    [Theory]
    [InlineData("contoso-workforce", "coders with a linear licence", "role_family", "Engineering")]
    [InlineData(Dealflow, "enterprise users who havent loged in for the last 4 days", "plan", "enterprise")]
    public async Task Slang_and_common_slips_are_read_as_what_they_mean(string tenant, string request, string facet, string value)
    {
        var (reply, definition) = await engine.CreateAsync(tenant, request);

        Assert.Contains(value, IncludedOn(definition, facet).Values);
        Assert.Contains("I read", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leading_over_the_past_period_dates_the_whole_request()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "over the past 7 days, which vcs sent 2 or more offers? only the ones in north america or europe");

        Assert.Equal(7, IncludedOn(definition, "offers_sent").Window!.Days);
        Assert.Equal(["NA", "EMEA"], IncludedOn(definition, "region").Values);
    }

    [Theory]
    [InlineData("bangalore-based engineers", "Bangalore")]
    [InlineData("seattle or new york based staff who signed in from san francisco, bangalore or london in october", "Seattle,New York")]
    public async Task Places_said_as_based_are_the_office(string request, string offices)
    {
        var (_, definition) = await engine.CreateAsync("contoso-workforce", request);

        Assert.Equal(offices.Split(','), IncludedOn(definition, "location").Values);
    }

    [Fact]
    public async Task A_singular_that_is_also_another_values_synonym_still_joins_the_list_of_its_plural()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "anyone 55 or older who bought a laptop, tablet, camera or headphones between may and august");

        Assert.Equal(["Laptops", "Tablets", "Cameras", "Headphones"], IncludedOn(definition, "category_purchased").Values);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "browsing_device");
    }

    [Fact]
    public async Task Hired_since_a_day_is_a_window_from_that_day_until_today()
    {
        var (_, definition) = await engine.CreateAsync("contoso-workforce", "pull me everyone hired since black friday who isn't an engineer, thanks");

        var hired = IncludedOn(definition, "hire_date");
        Assert.Equal(ConditionOperator.Within, hired.Operator);
        Assert.Equal((new DateOnly(2025, 11, 28), DemoTenantsEngineFixture.AsOf), Span(hired));
    }

    // A request in a fresh session, then an edit of its draft: the edit's reply and the draft after it.
    private async Task<(ChatReply Reply, SegmentDefinition Definition)> EditAsync(string tenant, string request, string edit)
    {
        var session = DemoTenantsEngineFixture.NewSession();
        var user = $"{session}@{tenant}";
        await engine.SayAsync(tenant, request, session, user);
        var reply = await engine.SayAsync(tenant, edit, session, user);
        return (reply, await engine.DraftAsync(tenant, session));
    }
}
