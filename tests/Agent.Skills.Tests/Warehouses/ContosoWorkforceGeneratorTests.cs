using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation.ContosoWorkforce;

namespace SegmentAI.Skills.Tests.Warehouses;

public sealed class ContosoWorkforceGeneratorTests : IAsyncLifetime
{
    private static readonly DateOnly AsOf = new(2025, 4, 1);
    private readonly TempWarehouseDirectory _directory = new();

    private string Path => _directory.File("contoso.duckdb");

    public Task InitializeAsync() =>
        new ContosoWorkforceGenerator().GenerateAsync(new WarehouseGenerationOptions(Path, 1_000, 3, AsOf, 90));

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("employees", "employee_id BIGINT, display_name VARCHAR, email VARCHAR, department VARCHAR, job_title VARCHAR, role_family VARCHAR, manager_id BIGINT, location VARCHAR, hire_date DATE, employment_status VARCHAR")]
    [InlineData("apps", "app_id VARCHAR, app_name VARCHAR, category VARCHAR, annual_license_cost DECIMAL(10,2)")]
    [InlineData("licenses", "employee_id BIGINT, app_id VARCHAR, assigned_date DATE, tier VARCHAR")]
    [InlineData("sso_events", "event_id BIGINT, actor_id BIGINT, published TIMESTAMP, event_type VARCHAR, target_app VARCHAR, outcome VARCHAR, device VARCHAR, city VARCHAR, session_id VARCHAR, duration_sec INTEGER")]
    public void Table_has_exactly_the_contract_columns_and_types(string table, string expected)
    {
        var actual = WarehouseQuery.Columns(Path, table).Select(c => $"{c.Column} {c.Type}");

        Assert.Equal(expected.Split(", "), actual);
    }

    [Fact]
    public void Power_users_access_apps_far_more_than_dormant_ones()
    {
        double AccessesPerEmployee(string persona) => WarehouseQuery.Scalar<double>(Path, $"""
            SELECT COUNT(e.event_id) / COUNT(DISTINCT p.employee_id)
            FROM truth.employee_persona p LEFT JOIN sso_events e ON e.actor_id = p.employee_id AND e.event_type = 'app.access'
            WHERE p.persona = '{persona}'
            """);

        Assert.True(AccessesPerEmployee("power") > 10 * AccessesPerEmployee("dormant"));
    }

    [Fact]
    public void Managers_form_a_single_tree_rooted_at_the_ceo()
    {
        var roots = WarehouseQuery.Scalar<long>(Path, "SELECT COUNT(*) FROM employees WHERE manager_id IS NULL");
        var forwardReferences = WarehouseQuery.Scalar<long>(Path, "SELECT COUNT(*) FROM employees WHERE manager_id >= employee_id");

        Assert.Equal(1, roots);
        Assert.Equal(0, forwardReferences);
    }

    [Fact]
    public void Engineers_use_github_and_sales_use_salesforce()
    {
        double Share(string family, string app) => WarehouseQuery.Scalar<double>(Path, $"""
            SELECT COUNT(*) FILTER (WHERE e.target_app = '{app}') / COUNT(*)
            FROM sso_events e JOIN employees m ON m.employee_id = e.actor_id
            WHERE e.event_type = 'app.access' AND m.role_family = '{family}'
            """);

        Assert.True(Share("Engineering", "github") > 10 * Share("Sales", "github"));
        Assert.True(Share("Sales", "salesforce") > 10 * Share("Engineering", "salesforce"));
    }

    [Fact]
    public void Events_fall_on_working_days_and_stop_at_as_of()
    {
        var weekendShare = WarehouseQuery.Scalar<double>(Path, "SELECT AVG(CASE WHEN dayofweek(published) IN (0, 6) THEN 1 ELSE 0 END) FROM sso_events");
        var latest = WarehouseQuery.Scalar<DateTime>(Path, "SELECT MAX(published) FROM sso_events");

        Assert.True(weekendShare < 0.1, $"weekend share {weekendShare:P1}");
        Assert.True(latest < AsOf.ToDateTime(TimeOnly.MinValue));
        Assert.True(ContosoApps.All.Count >= 20);
    }

    [Fact]
    public void Dormant_employees_hold_role_licenses_they_barely_use()
    {
        var unusedShare = WarehouseQuery.Scalar<double>(Path, """
            SELECT AVG(CASE WHEN used.app IS NULL THEN 1 ELSE 0 END)
            FROM licenses l JOIN truth.employee_persona p USING (employee_id)
            LEFT JOIN (SELECT DISTINCT actor_id, target_app app FROM sso_events WHERE event_type = 'app.access') used
              ON used.actor_id = l.employee_id AND used.app = l.app_id
            WHERE p.persona = 'dormant' AND l.app_id NOT IN ('okta_dashboard', 'gmail')
            """);

        Assert.True(unusedShare > 0.7, $"unused share {unusedShare:P0}");
    }
}
