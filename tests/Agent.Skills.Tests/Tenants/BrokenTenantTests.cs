using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Tests.Tenants;

public sealed class BrokenTenantTests : IDisposable
{
    private const string Acme = "acme-retail";
    private readonly TenantsCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Bad_yaml_indentation_is_reported_at_its_line_and_the_other_tenants_still_load()
    {
        // Arrange: dedent one key of the dates block so it belongs to no mapping.
        var line = _copy.ReplaceLine(Acme, TenantDirectory.TenantFileName, "  week_start: sunday", _ => " week_start: sunday");

        // Act
        var tenants = _copy.Load();

        // Assert
        var issue = SingleIssue(tenants, Acme);
        Assert.Equal(_copy.PathOf(Acme, TenantDirectory.TenantFileName), issue.File);
        Assert.Equal(line, issue.Line);
        Assert.Contains("not valid YAML", issue.Message, StringComparison.Ordinal);
        AssertOthersLoaded(tenants, Acme);
    }

    [Fact]
    public void Fiscal_year_start_month_13_is_reported_with_file_line_and_field()
    {
        var line = _copy.ReplaceLine(Acme, TenantDirectory.TenantFileName, "fiscal_year_start_month: 2", l => l.Replace(": 2", ": 13", StringComparison.Ordinal));

        var tenants = _copy.Load();

        var issue = SingleIssue(tenants, Acme);
        Assert.Equal(_copy.PathOf(Acme, TenantDirectory.TenantFileName), issue.File);
        Assert.Equal(line, issue.Line);
        Assert.Equal("dates.fiscal_year_start_month", issue.Field);
        Assert.Contains("between 1 and 12", issue.Message, StringComparison.Ordinal);
        AssertOthersLoaded(tenants, Acme);
    }

    [Fact]
    public void A_misspelled_field_is_an_unknown_field_with_a_suggestion()
    {
        var line = _copy.ReplaceLine(Acme, TenantDirectory.TenantFileName, "fiscal_year_start_month:", l => l.Replace("fiscal_year_", "fiscal_yaer_", StringComparison.Ordinal));

        var tenants = _copy.Load();

        var issue = SingleIssue(tenants, Acme);
        Assert.Equal(line, issue.Line);
        Assert.Equal("dates.fiscal_yaer_start_month", issue.Field);
        Assert.Contains("did you mean 'fiscal_year_start_month'", issue.Message, StringComparison.Ordinal);
        AssertOthersLoaded(tenants, Acme);
    }

    [Fact]
    public void A_vocabulary_entry_on_an_unknown_facet_is_reported_at_its_line()
    {
        var line = _copy.ReplaceLine(Acme, TenantDirectory.TenantFileName, "facet: single_order_total", l => l.Replace("single_order_total", "single_order_totl", StringComparison.Ordinal));

        var tenants = _copy.Load();

        var issue = SingleIssue(tenants, Acme);
        Assert.Equal(_copy.PathOf(Acme, TenantDirectory.TenantFileName), issue.File);
        Assert.Equal(line, issue.Line);
        Assert.Equal("vocabulary[0].condition.facet", issue.Field);
        Assert.Contains("big spenders", issue.Message, StringComparison.Ordinal);
        Assert.Contains("unknown facet 'single_order_totl'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'single_order_total'", issue.Message, StringComparison.Ordinal);
        AssertOthersLoaded(tenants, Acme);
    }

    [Fact]
    public void A_within_vocabulary_entry_without_window_days_is_reported_at_its_line()
    {
        // Arrange: "new customers" is signup_date within its window_days; drop the window.
        var lines = _copy.Lines(Acme, TenantDirectory.TenantFileName);
        var conditionLine = Array.FindIndex(lines, l => l.Contains("facet: signup_date, operator: within", StringComparison.Ordinal)) + 1;
        var index = lines.Take(conditionLine).Count(l => l.StartsWith("  - phrase:", StringComparison.Ordinal)) - 1;
        _copy.ReplaceLine(Acme, TenantDirectory.TenantFileName, "window_days: 90", _ => "    # no window");

        // Act
        var tenants = _copy.Load();

        // Assert
        var issue = SingleIssue(tenants, Acme);
        Assert.Equal(conditionLine, issue.Line);
        Assert.Equal($"vocabulary[{index}].condition.window", issue.Field);
        Assert.Contains("'within' needs a window", issue.Message, StringComparison.Ordinal);
        AssertOthersLoaded(tenants, Acme);
    }

    [Fact]
    public void An_event_facet_on_an_undeclared_source_is_reported_in_the_catalog()
    {
        // Arrange: point Return Count at a source that event_sources does not declare.
        var file = TenantDirectory.CatalogFileName;
        var facetIndex = FacetIndex(Acme, "return_count");
        var line = _copy.ReplaceLine(Acme, file, "sql: { source: returns, aggregate: count }", l => l.Replace("source: returns", "source: refunds", StringComparison.Ordinal));

        // Act
        var tenants = _copy.Load();

        // Assert
        var issue = SingleIssue(tenants, Acme);
        Assert.Equal(_copy.PathOf(Acme, file), issue.File);
        Assert.Equal(line, issue.Line);
        Assert.Equal($"facets[{facetIndex}].sql.source", issue.Field);
        Assert.Contains("unknown event source 'refunds'", issue.Message, StringComparison.Ordinal);
        AssertOthersLoaded(tenants, Acme);
    }

    [Fact]
    public void A_vocabulary_same_event_filter_on_other_events_is_reported_at_its_line()
    {
        // Arrange: "big spenders" qualified by an e-mail open, which is no event of the order.
        var line = _copy.ReplaceLine(Acme, TenantDirectory.TenantFileName, "condition: { facet: single_order_total", l =>
            l.Replace("values: [500] }", "values: [500], same_event: [ { facet: opened_email, operator: is_true } ] }", StringComparison.Ordinal));

        // Act
        var tenants = _copy.Load();

        // Assert
        var issue = SingleIssue(tenants, Acme);
        Assert.Equal(line, issue.Line);
        Assert.Equal("vocabulary[0].condition.same_event[0].facet", issue.Field);
        Assert.Contains("Opened an Email is read from email_events events, not from the orders events of Single Order Total", issue.Message, StringComparison.Ordinal);
        AssertOthersLoaded(tenants, Acme);
    }

    [Theory]
    [InlineData("return_count", "sql: { source: returns, aggregate: count }", "soon", "'soon' must be all_time or a number of days from 1 to 3660")]
    [InlineData("return_count", "sql: { source: returns, aggregate: count }", "0", "'0' must be all_time or a number of days from 1 to 3660")]
    [InlineData("age_band", "sql: { column: age_band }", "all_time", "only event facets have a time window")]
    public void A_bad_default_window_is_reported_with_its_facet_and_line(string facetId, string sqlLine, string window, string message)
    {
        // Arrange
        var file = TenantDirectory.CatalogFileName;
        var facetIndex = FacetIndex(Acme, facetId);
        var line = _copy.ReplaceLine(Acme, file, sqlLine, l => $"    default_window: {window}\n{l}");

        // Act
        var tenants = _copy.Load();

        // Assert
        var issue = SingleIssue(tenants, Acme);
        Assert.Equal(line, issue.Line);
        Assert.Equal($"facets[{facetIndex}].default_window", issue.Field);
        Assert.Contains(message, issue.Message, StringComparison.Ordinal);
        AssertOthersLoaded(tenants, Acme);
    }

    [Fact]
    public void A_user_enrolled_in_two_tenants_fails_the_second_tenant_at_the_users_line()
    {
        // Arrange: enroll an Acme user in dealflow too (acme-retail loads first, so dealflow is the second).
        var file = TenantDirectory.TenantFileName;
        var index = _copy.Lines("dealflow", file).SkipWhile(l => l != "users:").Count(l => l.TrimStart().StartsWith("- { id:", StringComparison.Ordinal));
        var line = _copy.InsertAfterLast("dealflow", file, "- { id:", "  - { id: alice.admin@acme, name: Alice Romero, role: marketer }");

        // Act
        var tenants = _copy.Load();

        // Assert
        var issue = SingleIssue(tenants, "dealflow");
        Assert.Equal(_copy.PathOf("dealflow", file), issue.File);
        Assert.Equal(line, issue.Line);
        Assert.Equal($"users[{index}].id", issue.Field);
        Assert.Contains("already enrolled in tenant 'acme-retail'", issue.Message, StringComparison.Ordinal);
        AssertOthersLoaded(tenants, "dealflow");
    }

    private int FacetIndex(string tenantId, string facetId) =>
        _copy.Lines(tenantId, TenantDirectory.CatalogFileName)
            .Where(l => l.StartsWith("  - id: ", StringComparison.Ordinal))
            .Select(l => l["  - id: ".Length..].Trim())
            .ToList()
            .IndexOf(facetId);

    private static ConfigurationIssue SingleIssue(TenantDirectory tenants, string tenantId)
    {
        var failure = Assert.Single(tenants.Failures);
        Assert.Equal(tenantId, failure.TenantId);
        Assert.Null(tenants.Find(tenantId));
        return Assert.Single(failure.Issues);
    }

    private static void AssertOthersLoaded(TenantDirectory tenants, string brokenId) =>
        Assert.Equal(
            RepositoryTenants.Ids.Where(id => id != brokenId),
            tenants.Tenants.Select(t => t.Id).Order(StringComparer.Ordinal));
}
