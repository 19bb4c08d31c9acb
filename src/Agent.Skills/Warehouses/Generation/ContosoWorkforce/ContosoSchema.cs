namespace SegmentAI.Skills.Warehouses.Generation.ContosoWorkforce;

/// <summary>Explicit DDL for the Contoso Workforce contract tables.</summary>
internal static class ContosoSchema
{
    public const string Ddl = """
        CREATE TABLE employees(
            employee_id BIGINT, display_name VARCHAR, email VARCHAR, department VARCHAR, job_title VARCHAR, role_family VARCHAR,
            manager_id BIGINT, location VARCHAR, hire_date DATE, employment_status VARCHAR);
        CREATE TABLE apps(app_id VARCHAR, app_name VARCHAR, category VARCHAR, annual_license_cost DECIMAL(10,2));
        CREATE TABLE licenses(employee_id BIGINT, app_id VARCHAR, assigned_date DATE, tier VARCHAR);
        CREATE TABLE sso_events(
            event_id BIGINT, actor_id BIGINT, published TIMESTAMP, event_type VARCHAR, target_app VARCHAR, outcome VARCHAR,
            device VARCHAR, city VARCHAR, session_id VARCHAR, duration_sec INT);
        CREATE TABLE truth.employee_persona(employee_id BIGINT, persona VARCHAR);
        """;
}
