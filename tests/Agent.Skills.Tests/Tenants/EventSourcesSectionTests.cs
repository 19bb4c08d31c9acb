using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Tests.Tenants;

public sealed class EventSourcesSectionTests
{
    private const string Sources = """
        event_sources:
          product_events:
            user: user_id
            timestamp: event_ts
            type: event_type
            session: session_id
            properties: { event_id: event_id, deal_id: deal_id }
            max_bad_row_share: 0.01
        """;

    private static readonly string DealflowYaml = File.ReadAllText(Path.Combine(RepositoryTenants.Folder, "dealflow", TenantDirectory.TenantFileName));

    [Fact]
    public void Dealflow_maps_its_generated_events_export_onto_the_behaviour_event_table()
    {
        var source = Assert.Single(RepositoryTenants.Directory.Get("dealflow").Config.EventSources);

        Assert.Equal(("product_events", "user_id", "event_ts", "event_type", "session_id"), (source.Name, source.UserField, source.TimestampField, source.TypeField, source.SessionField));
        Assert.Equal([new EventSourceProperty("event_id", "event_id"), new EventSourceProperty("deal_id", "deal_id")], source.Properties);
        Assert.Equal(0.01, source.MaxBadRowShare);
    }

    [Fact]
    public void The_bad_row_share_defaults_to_one_percent()
    {
        var config = Parse(Sources.Replace("    max_bad_row_share: 0.01\n", "", StringComparison.Ordinal));

        Assert.Equal(EventSourceMapping.DefaultMaxBadRowShare, Assert.Single(config.EventSources).MaxBadRowShare);
    }

    [Theory]
    [InlineData("max_bad_row_share: 0.01", "max_bad_row_share: 1.5", "event_sources.product_events.max_bad_row_share", "must be between 0 and 1")]
    [InlineData("deal_id: deal_id }", "deal_id: deal-id }", "event_sources.product_events.properties.deal_id", "is not a plain SQL identifier")]
    [InlineData("{ event_id: event_id,", "{ \"event id\": event_id,", "event_sources.product_events.properties.event id", "is not a plain field name")]
    [InlineData("deal_id: deal_id }", "deal_id: user_id }", "event_sources.product_events.properties.deal_id", "column 'user_id' is already filled")]
    [InlineData("    type: event_type\n", "", "event_sources.product_events.type", "is required")]
    [InlineData("    type: event_type\n", "    type: event_type\n    kind: x\n", "event_sources.product_events.kind", "unknown field")]
    public void A_broken_mapping_is_reported_with_its_field(string find, string replace, string field, string message)
    {
        var issues = Issues(Sources.Replace(find, replace, StringComparison.Ordinal));

        var issue = Assert.Single(issues);
        Assert.Equal(field, issue.Field);
        Assert.Contains(message, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_field_needs_a_session_column_in_behaviour_events()
    {
        var yaml = DealflowYaml.Replace(", session: session_id }", " }", StringComparison.Ordinal);

        var issue = Assert.Single(IssuesOf(yaml));

        Assert.Equal("event_sources.product_events.session", issue.Field);
        Assert.Contains("no session column", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_sources_need_a_behaviour_section()
    {
        var yaml = DealflowYaml[..DealflowYaml.IndexOf("behaviour:", StringComparison.Ordinal)] + Sources;

        var issue = Assert.Single(IssuesOf(yaml));

        Assert.Equal("event_sources", issue.Field);
        Assert.Contains("needs a behaviour: section", issue.Message, StringComparison.Ordinal);
    }

    private static TenantConfig Parse(string sources) => TenantConfigParser.Parse("dealflow", "tenant.yaml", WithSources(sources));

    private static IReadOnlyList<ConfigurationIssue> Issues(string sources) => IssuesOf(WithSources(sources));

    private static IReadOnlyList<ConfigurationIssue> IssuesOf(string yaml)
    {
        try
        {
            TenantConfigParser.Parse("dealflow", "tenant.yaml", yaml);
            return [];
        }
        catch (ConfigurationException ex)
        {
            return ex.Issues;
        }
    }

    private static string WithSources(string sources) =>
        DealflowYaml[..DealflowYaml.IndexOf("event_sources:", StringComparison.Ordinal)] + sources;
}
