namespace SegmentAI.Skills.Warehouses.Generation.ContosoWorkforce;

/// <summary>The Contoso application portfolio exactly as written to the apps table; facet catalogs list it.</summary>
internal static class ContosoApps
{
    /// <summary>All applications in a fixed order.</summary>
    public static IReadOnlyList<ContosoApp> All { get; } =
    [
        new("okta_dashboard", "Okta Dashboard", "Identity", 24m),
        new("slack", "Slack", "Communication", 105m),
        new("gmail", "Gmail", "Productivity", 72m),
        new("google_drive", "Google Drive", "Productivity", 72m),
        new("zoom", "Zoom", "Communication", 150m),
        new("workday", "Workday", "HR", 420m),
        new("confluence", "Confluence", "Knowledge Base", 66m),
        new("github", "GitHub", "Engineering", 252m),
        new("jira", "Jira", "Project Management", 98m),
        new("linear", "Linear", "Project Management", 96m),
        new("datadog", "Datadog", "Observability", 900m),
        new("figma", "Figma", "Design", 180m),
        new("adobe_cc", "Adobe Creative Cloud", "Design", 660m),
        new("miro", "Miro", "Design", 120m),
        new("salesforce", "Salesforce", "CRM", 1800m),
        new("hubspot", "HubSpot", "Marketing", 960m),
        new("gong", "Gong", "Sales", 1400m),
        new("docusign", "DocuSign", "Legal", 480m),
        new("zendesk", "Zendesk", "Customer Support", 660m),
        new("notion", "Notion", "Productivity", 96m),
        new("asana", "Asana", "Project Management", 132m),
        new("tableau", "Tableau", "Analytics", 840m),
        new("netsuite", "NetSuite", "Finance", 1200m),
        new("greenhouse", "Greenhouse", "HR", 500m),
        new("1password", "1Password", "Security", 96m),
    ];

    /// <summary>Apps every employee is provisioned with.</summary>
    public static IReadOnlyList<string> Core { get; } = ["okta_dashboard", "slack", "gmail", "google_drive", "zoom", "workday", "confluence"];
}
