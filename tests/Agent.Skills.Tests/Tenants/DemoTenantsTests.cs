using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Tests.Tenants;

public sealed class DemoTenantsTests
{
    private static readonly TenantDirectory Tenants = RepositoryTenants.Directory;

    [Fact]
    public void All_three_demo_tenants_load_without_failures()
    {
        // Arrange / Act: loaded once from the repository's tenants folder.
        var failures = string.Join("\n", Tenants.Failures.Select(f => f.ToString()));

        // Assert
        Assert.True(Tenants.Failures.Count == 0, failures);
        Assert.Equal(RepositoryTenants.Ids, Tenants.Tenants.Select(t => t.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Acme_catalog_has_at_least_60_facets_over_the_six_retail_categories()
    {
        var acme = Tenants.Get("acme-retail");

        Assert.True(acme.Catalog.Facets.Count >= 60, $"acme has {acme.Catalog.Facets.Count} facets");
        Assert.Superset(
            new HashSet<string>(["Customer Profile", "Transactions & Purchase", "Interactions & Preferences", "Membership & Services", "Predictive Intelligence", "Geography"]),
            acme.Catalog.Categories.ToHashSet());
        Assert.All(acme.Catalog.Facets, f => Assert.False(string.IsNullOrWhiteSpace(f.Subcategory), $"{f.Id} has no subcategory"));
    }

    [Theory]
    [InlineData("dealflow")]
    [InlineData("contoso-workforce")]
    public void Smaller_tenants_have_at_least_20_facets_in_several_categories(string tenantId)
    {
        var tenant = Tenants.Get(tenantId);

        Assert.True(tenant.Catalog.Facets.Count >= 20, $"{tenantId} has {tenant.Catalog.Facets.Count} facets");
        Assert.True(tenant.Catalog.Categories.Count >= 4, $"{tenantId} has {tenant.Catalog.Categories.Count} categories");
    }

    public static TheoryData<string, string> PiiFacets()
    {
        var data = new TheoryData<string, string>();
        foreach (var tenant in Tenants.Tenants)
        {
            foreach (var facet in tenant.Catalog.Facets.Where(f => f.Pii))
            {
                data.Add(tenant.Id, facet.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PiiFacets))]
    public void Pii_facets_are_restricted_and_refused_as_personal_data(string tenantId, string facetId)
    {
        // Arrange
        var tenant = Tenants.Get(tenantId);
        var facet = tenant.Catalog.Find(facetId)!;
        var condition = FacetConditions.For(facet, facet.Operators[0]);

        // Act
        var error = Assert.Throws<SegmentValidationException>(() => SegmentValidator.Validate(new SegmentDefinition { Root = condition }, tenant));

        // Assert
        Assert.True(facet.Restricted);
        Assert.Contains(facetId, tenant.Config.RestrictedFacets);
        var issue = Assert.Single(error.Issues);
        Assert.Contains("personal data", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acme-retail", new[] { "first_name", "last_name", "email", "birth_date", "zip" })]
    [InlineData("contoso-workforce", new[] { "display_name", "email" })]
    public void Personal_identifiers_are_marked_pii(string tenantId, string[] facetIds)
    {
        var tenant = Tenants.Get(tenantId);

        Assert.All(facetIds, id => Assert.True(tenant.Catalog.Find(id)?.Pii, $"{tenantId}/{id} is not a PII facet"));
    }

    [Theory]
    [InlineData("electronics_affinity", "department_purchased")]
    [InlineData("total_spend", "single_order_total")]
    [InlineData("total_spend", "average_order_value")]
    [InlineData("single_order_total", "average_order_value")]
    [InlineData("department_browsed", "department_purchased")]
    [InlineData("preferred_channel", "purchase_channel")]
    [InlineData("email_opt_in", "email_opens")]
    [InlineData("store_state", "state")]
    public void Look_alike_facets_are_distinct_and_each_points_to_the_other(string firstId, string secondId)
    {
        var catalog = Tenants.Get("acme-retail").Catalog;

        var first = catalog.Find(firstId);
        var second = catalog.Find(secondId);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotEqual(first.Id, second.Id);
        Assert.NotEqual((first.Category, first.Subcategory), (second.Category, second.Subcategory));
        Assert.Contains(second.Name, first.Purpose, StringComparison.Ordinal);
        Assert.Contains(first.Name, second.Purpose, StringComparison.Ordinal);
    }

    [Fact]
    public void Look_alike_traps_differ_where_it_matters()
    {
        var catalog = Tenants.Get("acme-retail").Catalog;
        var facet = (string id) => catalog.Find(id)!;

        Assert.Equal("Predictive Intelligence", facet("electronics_affinity").Category);
        Assert.Equal("Transactions & Purchase", facet("department_purchased").Category);
        Assert.NotNull(facet("department_purchased").FindValue("Electronics"));
        Assert.Equal(AggregateFunction.Sum, facet("total_spend").Sql.Aggregate);
        Assert.Equal(AggregateFunction.Max, facet("single_order_total").Sql.Aggregate);
        Assert.Equal(AggregateFunction.Avg, facet("average_order_value").Sql.Aggregate);
        Assert.Equal("web_events", facet("department_browsed").Sql.Source!.Table);
        Assert.Equal("order_items", facet("department_purchased").Sql.Source!.Table);
        Assert.Equal(FacetKind.Attribute, facet("preferred_channel").Kind);
        Assert.Equal(FacetKind.Event, facet("purchase_channel").Kind);
        Assert.Equal((FacetType.Boolean, FacetKind.Attribute), (facet("email_opt_in").Type, facet("email_opt_in").Kind));
        Assert.Equal((FacetType.Number, FacetKind.Event), (facet("email_opens").Type, facet("email_opens").Kind));
        Assert.Equal("store_state", facet("store_state").Sql.Match!.Column);
        Assert.Equal("state", facet("state").Sql.Column);
    }

    [Fact]
    public void Each_tenant_defines_five_to_ten_vocabulary_phrases_that_validate()
    {
        Assert.All(Tenants.Tenants, tenant =>
        {
            Assert.InRange(tenant.Config.Vocabulary.Count, 5, 10);
            Assert.All(tenant.Config.Vocabulary, entry => Assert.Equal(entry.Phrase, entry.Condition.SourceText));
        });
        var acme = Tenants.Get("acme-retail").Config.Vocabulary.ToDictionary(v => v.Phrase);
        Assert.Equal("single_order_total", acme["big spenders"].Condition.Facet);
        Assert.Equal(ConditionOperator.Gt, acme["big spenders"].Condition.Operator);
        Assert.Equal(["500"], acme["big spenders"].Condition.Values);
        Assert.Equal(ConditionOperator.Within, acme["new customers"].Condition.Operator);
        Assert.Equal(90, acme["new customers"].WindowDays);
    }

    [Fact]
    public void Users_belong_to_one_tenant_and_every_tenant_has_an_admin_marketers_and_a_viewer()
    {
        var users = Tenants.Tenants.SelectMany(t => t.Config.Users).ToList();

        Assert.Equal(users.Count, users.Select(u => u.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(users.Count, users.Select(u => u.ChannelId("teams")).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(users.Count, users.Select(u => u.ChannelId("slack")).Distinct(StringComparer.Ordinal).Count());
        Assert.All(users, u => Assert.True(Guid.TryParse(u.ChannelId("teams"), out _), $"{u.Id} has no AAD object id"));
        Assert.All(Tenants.Tenants, tenant =>
        {
            Assert.InRange(tenant.Config.Users.Count, 4, 6);
            Assert.Contains(tenant.Config.Users, u => u.Role == "admin");
            Assert.Contains(tenant.Config.Users, u => u.Role == "marketer");
            Assert.Contains(tenant.Config.Users, u => u.Role == "viewer");
        });
    }

    [Theory]
    [InlineData("acme-retail", 2, DayOfWeek.Sunday, CalendarKind.Fiscal, 28, 365)]
    [InlineData("dealflow", 1, DayOfWeek.Monday, CalendarKind.Gregorian, 7, 30)]
    [InlineData("contoso-workforce", 7, DayOfWeek.Monday, CalendarKind.Fiscal, 14, 90)]
    public void Tenants_use_their_own_calendar_and_default_windows(string tenantId, int fiscalStart, DayOfWeek weekStart, CalendarKind calendar, int frequencyDays, int eventDays)
    {
        var dates = Tenants.Get(tenantId).Config.Dates;

        Assert.Equal(fiscalStart, dates.Calendar.FiscalYearStartMonth);
        Assert.Equal(weekStart, dates.Calendar.WeekStart);
        Assert.Equal(calendar, dates.Calendar.DefaultCalendar);
        Assert.Equal(frequencyDays, dates.DefaultFrequencyWindowDays);
        Assert.Equal(eventDays, dates.DefaultEventWindowDays);
    }
}
