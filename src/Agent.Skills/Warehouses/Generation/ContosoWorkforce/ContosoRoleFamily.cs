namespace SegmentAI.Skills.Warehouses.Generation.ContosoWorkforce;

/// <summary>A role family: headcount share, departments, titles and the app signature (app id → license probability).</summary>
internal sealed record ContosoRoleFamily(
    string Name,
    double Share,
    IReadOnlyList<string> Departments,
    IReadOnlyList<string> Titles,
    IReadOnlyList<(string AppId, double Probability)> Apps)
{
    public static IReadOnlyList<ContosoRoleFamily> All { get; } =
    [
        new("Engineering", 0.28, ["Platform Engineering", "Product Engineering", "Data Engineering", "Security Engineering"],
            ["Software Engineer", "Senior Software Engineer", "Staff Engineer", "Engineering Manager", "Site Reliability Engineer"],
            [("github", 0.98), ("jira", 0.95), ("datadog", 0.7), ("linear", 0.4), ("notion", 0.3), ("1password", 0.8)]),
        new("Sales", 0.14, ["Enterprise Sales", "SMB Sales"],
            ["Account Executive", "Sales Development Rep", "Sales Manager", "Solutions Consultant"],
            [("salesforce", 0.98), ("hubspot", 0.7), ("gong", 0.6), ("docusign", 0.6)]),
        new("Customer Support", 0.12, ["Customer Support"],
            ["Support Specialist", "Senior Support Specialist", "Support Team Lead"],
            [("zendesk", 0.98), ("jira", 0.5), ("salesforce", 0.4)]),
        new("Design", 0.05, ["Design"],
            ["Product Designer", "Senior Product Designer", "UX Researcher", "Design Manager"],
            [("figma", 0.98), ("adobe_cc", 0.8), ("miro", 0.7), ("jira", 0.5)]),
        new("Product", 0.06, ["Product Management"],
            ["Product Manager", "Senior Product Manager", "Group Product Manager"],
            [("jira", 0.95), ("figma", 0.6), ("notion", 0.6), ("miro", 0.6), ("tableau", 0.4), ("linear", 0.3)]),
        new("Operations", 0.08, ["IT Operations", "Business Operations"],
            ["IT Administrator", "Operations Analyst", "Operations Manager"],
            [("jira", 0.6), ("tableau", 0.5), ("asana", 0.5), ("datadog", 0.3), ("1password", 0.7)]),
        new("Management", 0.05, ["Executive Office"],
            ["Director", "Vice President", "Chief of Staff"],
            [("tableau", 0.6), ("docusign", 0.5), ("salesforce", 0.4), ("notion", 0.4)]),
        new("Finance", 0.06, ["Finance"],
            ["Financial Analyst", "Accountant", "Controller"],
            [("netsuite", 0.95), ("tableau", 0.7), ("docusign", 0.6)]),
        new("HR", 0.05, ["People"],
            ["HR Business Partner", "Recruiter", "People Operations Specialist"],
            [("greenhouse", 0.95), ("docusign", 0.6), ("asana", 0.4)]),
        new("Marketing", 0.11, ["Growth Marketing", "Brand Marketing"],
            ["Marketing Manager", "Content Strategist", "Demand Generation Manager", "Marketing Analyst"],
            [("hubspot", 0.95), ("asana", 0.6), ("adobe_cc", 0.4), ("figma", 0.4), ("tableau", 0.3)]),
    ];

    public static double[] Shares { get; } = All.Select(f => f.Share).ToArray();
}
