using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Planning;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Tests.Tenants;

namespace SegmentAI.Skills.Tests.Planning;

/// <summary>
/// Values of one list facet joined by "or", a comma or (for attributes) "and" are one list, so the words around the
/// list apply to all of it; the decomposer never splits inside a list.
/// </summary>
public sealed class ValueCoordinationTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    [Fact]
    public void Silver_or_gold_is_one_tier_list_that_ends_before_Ohio()
    {
        const string Text = "Silver or gold members in Ohio";

        var lists = Find("acme-retail", Text);

        var list = Assert.Single(lists);
        Assert.Equal(("loyalty_tier", "Silver or gold"), (list.FacetId, Said(Text, list)));
        Assert.Equal(["silver", "gold"], list.Values);
        Assert.True(list.JoinedByOr);
    }

    [Fact]
    public void Commas_and_a_final_or_join_three_states_into_one_list()
    {
        const string Text = "members in Ohio, Texas or Florida";

        var list = Assert.Single(Find("acme-retail", Text));

        Assert.Equal(("state", "Ohio, Texas or Florida"), (list.FacetId, Said(Text, list)));
        Assert.Equal(["OH", "TX", "FL"], list.Values);
    }

    [Fact]
    public void And_joins_two_home_states_because_a_person_has_only_one()
    {
        const string Text = "customers in California and Texas";

        var list = Assert.Single(Find("acme-retail", Text));

        Assert.Equal("state", list.FacetId);
        Assert.Equal(["CA", "TX"], list.Values);
        Assert.False(list.JoinedByOr);
    }

    [Fact]
    public void And_between_two_bought_departments_is_no_list_because_someone_can_buy_both()
    {
        var lists = Find("acme-retail", "customers who bought toys and electronics");

        Assert.Empty(lists);
    }

    [Fact]
    public void Or_between_two_bought_departments_is_one_list()
    {
        var list = Assert.Single(Find("acme-retail", "customers who bought toys or electronics"));

        Assert.Equal("department_purchased", list.FacetId);
        Assert.Equal(["Toys", "Electronics"], list.Values);
    }

    [Fact]
    public void Values_of_different_facets_are_no_list()
    {
        // Toys is a department and Games a category: no one facet holds both.
        var lists = Find("acme-retail", "customers who bought toys and games");

        Assert.Empty(lists);
    }

    [Fact]
    public void Founders_and_advisors_is_one_role_list()
    {
        var list = Assert.Single(Find("dealflow", "founders and advisors"));

        Assert.Equal("user_role", list.FacetId);
        Assert.Equal(["founder", "advisor"], list.Values);
        Assert.False(list.JoinedByOr);
    }

    [Fact]
    public void A_repeated_preposition_between_values_still_joins_them()
    {
        const string Text = "employees on Jira or on Linear";

        var list = Assert.Single(Find("contoso-workforce", Text));

        Assert.Equal(("app_accessed", "Jira or on Linear"), (list.FacetId, Said(Text, list)));
        Assert.Equal(["jira", "linear"], list.Values);
    }

    [Fact]
    public void Not_in_EMEA_or_APAC_stays_one_negated_part_when_the_list_is_protected()
    {
        const string Text = "users who are not in EMEA or APAC";
        var list = Assert.Single(Find("dealflow", Text));

        var parts = RequestDecomposer.Decompose(Text, [list.Span]);

        var part = Assert.Single(parts);
        Assert.Equal("are not in EMEA or APAC", part.Text);
        Assert.True(part.Negated);
        Assert.Equal(["EMEA", "APAC"], list.Values);
    }

    [Fact]
    public void Silver_or_gold_members_in_Ohio_who_havent_shopped_is_two_parts_with_only_the_second_negated()
    {
        const string Text = "silver or gold members in Ohio who haven't shopped in 3 months";
        var lists = Find("acme-retail", Text);

        var parts = RequestDecomposer.Decompose(Text, [.. lists.Select(l => l.Span)]);

        Assert.Equal(["silver or gold members in Ohio", "haven't shopped in 3 months"], parts.Select(p => p.Text));
        Assert.Equal([false, true], parts.Select(p => p.Negated));
        Assert.Equal([false, false], parts.Select(p => p.JoinedByOr));
    }

    private static IReadOnlyList<CoordinatedValues> Find(string tenantId, string text)
    {
        var tenant = Tenant(tenantId);
        var entities = new EntityExtractor().Extract(text, tenant, AsOf);
        return ValueCoordination.Find(text, entities.Facets, tenant.Catalog);
    }

    private static Tenant Tenant(string tenantId) => RepositoryTenants.Directory.Get(tenantId);

    private static string Said(string text, CoordinatedValues list) => text.Substring(list.Span.Start, list.Span.Length);
}
