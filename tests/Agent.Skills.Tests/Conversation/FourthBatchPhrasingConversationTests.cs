using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using static SegmentAI.Skills.Tests.Conversation.DraftTree;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>
/// Phrasings of the fourth generalization batch, played end to end on the demo tenants: counts said after who people
/// are, ages and company sizes said as numbers, a head noun said once for two values, negated verbs inside a clause,
/// request frames, and edits that widen a band, retarget a number or drop "the X bit". Each test reads the stored draft.
/// </summary>
[Collection(DemoTenantsEngineCollection.Name)]
public sealed class FourthBatchPhrasingConversationTests(DemoTenantsEngineFixture engine)
{
    private const string Acme = "acme-retail";
    private const string Dealflow = "dealflow";
    private const string Contoso = "contoso-workforce";

    [Fact]
    public async Task A_count_after_who_people_are_is_a_condition_of_its_own()
    {
        var (reply, definition) = await engine.CreateAsync(Dealflow, "founders or vcs in north america with over 5 logins in the past 7 days");

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal(["founder", "investor"], IncludedOn(definition, "user_role").Values);
        Assert.Equal(["NA"], IncludedOn(definition, "region").Values);
        var logins = IncludedOn(definition, "login_count");
        Assert.Equal((ConditionOperator.Gt, "5"), (logins.Operator, Assert.Single(logins.Values)));
    }

    [Fact]
    public async Task A_tenant_phrase_with_a_number_counts_its_events()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "founders with two or more drop-offs in the past 6 days");

        var count = IncludedOn(definition, "drop_off_count");
        Assert.Equal((ConditionOperator.Gte, "2"), (count.Operator, Assert.Single(count.Values)));
        Assert.DoesNotContain(Included(definition), c => c.Facet == "dropped_off");
    }

    [Theory]
    [InlineData("renters under 35 living in ohio", new[] { "18-24", "25-34" })]
    [InlineData("customers over 65 who bought toys", new[] { "65+" })]
    [InlineData("customers aged 25 to 44", new[] { "25-34", "35-44" })]
    public async Task An_age_said_as_a_number_picks_the_bands_it_bounds(string request, string[] bands)
    {
        var (_, definition) = await engine.CreateAsync(Acme, request);

        Assert.Equal(bands, IncludedOn(definition, "age_band").Values);
    }

    [Fact]
    public async Task An_age_inside_a_band_is_asked_about_not_rounded()
    {
        var reply = await SayAsync(Acme, "customers under 30", Session());

        Assert.Equal(ReplyKind.Clarification, reply.Kind);
    }

    [Fact]
    public async Task A_company_size_said_as_a_number_picks_its_band()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "founders at companies with more than 200 employees");

        Assert.Equal(["200+"], IncludedOn(definition, "company_size").Values);
    }

    [Fact]
    public async Task A_head_noun_said_once_names_both_values()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "anyone in smb or enterprise sales who holds a gong seat");

        Assert.Equal(["SMB Sales", "Enterprise Sales"], IncludedOn(definition, "department").Values);
    }

    [Fact]
    public async Task A_negated_verb_inside_a_clause_excludes_what_it_names()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "who in growth or brand marketing hasnt opened asana since october?");

        Assert.Equal(["Growth Marketing", "Brand Marketing"], IncludedOn(definition, "department").Values);
        Assert.Equal(["asana"], ExcludedOn(definition, "app_accessed").Values);
    }

    [Fact]
    public async Task No_longer_subscribed_is_the_no_side_and_asks_nothing()
    {
        var (reply, definition) = await engine.CreateAsync(Acme, "platinum members who are no longer subscribed to our emails but still have push notifications enabled");

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Contains(Excluded(definition), c => c.Facet == "email_opt_in");
        Assert.Equal(ConditionOperator.IsTrue, IncludedOn(definition, "push_opt_in").Operator);
    }

    [Fact]
    public async Task Email_subscribers_is_an_audience_not_an_order_to_send_email()
    {
        var (reply, definition) = await engine.CreateAsync(Acme, "email subscribers in the midwest");

        Assert.NotEqual(ReplyKind.Answer, reply.Kind);
        Assert.Contains(Included(definition), c => c.Facet == "region");
    }

    [Fact]
    public async Task A_request_frame_before_who_is_not_a_condition()
    {
        var (reply, definition) = await engine.CreateAsync(Dealflow, "can you find users who've viewed between 10 and 20 deals but never sent an offer");

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal(["10", "20"], IncludedOn(definition, "deals_viewed").Values);
        Assert.DoesNotContain("Ers", reply.Segment!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_list_replaces_a_value_retrieval_guessed_from_the_same_words()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "pet owners who own their home and live in the south or west");

        Assert.Equal(["South", "West"], IncludedOn(definition, "region").Values);
        Assert.DoesNotContain(Included(definition), c => c.Facet == "state");
    }

    [Theory]
    [InlineData("find me customers who bought toys")]
    [InlineData("get me gold customers who bought toys")]
    public async Task Me_is_never_maine(string request)
    {
        var (_, definition) = await engine.CreateAsync(Acme, request);

        Assert.DoesNotContain(Included(definition), c => c.Facet == "state");
    }

    [Fact]
    public async Task A_state_code_that_is_a_word_counts_in_capitals()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "customers in ME who bought toys");

        Assert.Equal(["ME"], IncludedOn(definition, "state").Values);
    }

    [Fact]
    public async Task Widening_the_age_to_a_range_picks_its_bands_and_keeps_other_numbers()
    {
        var session = Session();
        await SayAsync(Acme, "35-44 year olds with an electronics affinity of at least 0.7", session);

        var reply = await SayAsync(Acme, "widen the age to 25-44", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var draft = await engine.DraftAsync(Acme, session);
        Assert.Equal(["25-34", "35-44"], IncludedOn(draft, "age_band").Values);
        Assert.Equal("0.7", Assert.Single(IncludedOn(draft, "electronics_affinity").Values));
    }

    [Fact]
    public async Task A_new_number_said_with_its_facet_and_a_new_period_both_apply()
    {
        var session = Session();
        await SayAsync(Acme, "customers who opened at least 3 emails in the last 30 days", session);

        await SayAsync(Acme, "bump it to 5 opens & make it the last 60 days", session);

        var opens = IncludedOn(await engine.DraftAsync(Acme, session), "email_opens");
        Assert.Equal("5", Assert.Single(opens.Values));
        Assert.Equal(60, opens.Window!.Days);
    }

    [Fact]
    public async Task Forget_the_bit_removes_it_and_the_rest_of_the_change_applies()
    {
        var session = Session();
        await SayAsync(Acme, "women aged 45-54 who are acme+ members", session);

        await SayAsync(Acme, "forget the acme plus bit, and widen it to the 55-64s as well", session);

        var draft = await engine.DraftAsync(Acme, session);
        Assert.DoesNotContain(Included(draft), c => c.Facet == "acme_plus_member");
        Assert.Equal(["45-54", "55-64"], IncludedOn(draft, "age_band").Values);
    }

    [Fact]
    public async Task A_capital_code_that_is_a_word_can_be_excluded_in_a_compound_change()
    {
        var session = Session();
        await SayAsync(Contoso, "who had a failed sign-in in the last 7 days", session);

        await SayAsync(Contoso, "exclude IT and make it the last 3 days", session);

        var draft = await engine.DraftAsync(Contoso, session);
        Assert.Equal(["IT Operations"], ExcludedOn(draft, "department").Values);
        Assert.Equal(3, IncludedOn(draft, "had_failed_login").Window!.Days);
    }

    [Fact]
    public async Task What_they_should_also_have_done_is_added_to_the_draft()
    {
        var session = Session();
        await SayAsync(Dealflow, "pro users who created a deal since october", session);

        var reply = await SayAsync(Dealflow, "they should also have logged in in the last 4 days", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var draft = await engine.DraftAsync(Dealflow, session);
        Assert.Equal(["pro"], IncludedOn(draft, "plan").Values);
        Assert.Equal(4, IncludedOn(draft, "logged_in").Window!.Days);
    }

    [Fact]
    public async Task Another_value_instead_of_the_one_held_stays_on_the_same_facet()
    {
        var session = Session();
        await SayAsync(Acme, "customers whose favourite channel is the app and who bought electronics", session);

        await SayAsync(Acme, "what about online instead of the app", session);

        var draft = await engine.DraftAsync(Acme, session);
        Assert.Equal(["online"], IncludedOn(draft, "preferred_channel").Values);
        Assert.DoesNotContain(Included(draft), c => c.Facet == "purchase_channel");
    }

    [Fact]
    public async Task Including_a_value_in_that_list_widens_the_list()
    {
        var session = Session();
        await SayAsync(Acme, "customers who bought motor oil or car care products ytd", session);

        await SayAsync(Acme, "include tyres in that list as well", session);

        Assert.Equal(["Motor Oil", "Car Care", "Tires"], IncludedOn(await engine.DraftAsync(Acme, session), "category_purchased").Values);
    }

    [Fact]
    public async Task A_date_that_says_when_people_were_hired_does_not_limit_their_activity()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "engineers and salespeople hired in FY26 who have never opened datadog");

        var hired = IncludedOn(definition, "hire_date");
        Assert.Equal((ConditionOperator.Within, 365), (hired.Operator, hired.Window!.Days));
        Assert.True(ExcludedOn(definition, "app_accessed").Window!.Days >= 3650, "never is at any time, not in FY26");
    }

    [Fact]
    public async Task Another_form_of_an_irregular_verb_reads_as_the_catalogs_phrase()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "paying users who've gone quiet over the last 4 days");

        var quiet = Assert.Single(definition.Conditions(), c => c.Facet == "any_activity");
        Assert.Equal(4, quiet.Window!.Days);
    }

    private static string Session() => DemoTenantsEngineFixture.NewSession();

    private Task<ChatReply> SayAsync(string tenant, string text, string session) =>
        engine.SayAsync(tenant, text, session, $"{session}@{tenant}");
}
