namespace SegmentAI.Skills.Warehouses.Generation.ContosoWorkforce;

/// <summary>
/// Latent engagement (truth.employee_persona). power: in almost every weekday, many app accesses, some weekends;
/// regular: most weekdays; casual: about half the weekdays with few accesses; dormant: rarely signs in and then
/// mostly to the dashboard or mail, leaving role licenses unused (the license-reclaim story).
/// </summary>
/// <param name="Name">Persona name.</param>
/// <param name="Share">Share of employees.</param>
/// <param name="WeekdayActive">Probability of signing in on a weekday.</param>
/// <param name="WeekendActive">Probability of signing in on a weekend day.</param>
/// <param name="SessionsPerDay">Mean SSO sessions on an active day.</param>
/// <param name="AccessesPerSession">Mean app.access events per session.</param>
/// <param name="RoleAppShare">Share of accesses that go to role-family apps rather than core apps.</param>
internal sealed record ContosoPersona(
    string Name,
    double Share,
    double WeekdayActive,
    double WeekendActive,
    double SessionsPerDay,
    double AccessesPerSession,
    double RoleAppShare)
{
    public static IReadOnlyList<ContosoPersona> All { get; } =
    [
        new("power", 0.20, 0.97, 0.25, 2.5, 9, 0.65),
        new("regular", 0.45, 0.90, 0.05, 1.7, 5, 0.55),
        new("casual", 0.25, 0.55, 0.02, 1.2, 2.5, 0.4),
        new("dormant", 0.10, 0.08, 0.0, 1.0, 1.2, 0.05),
    ];

    public static double[] Shares { get; } = All.Select(p => p.Share).ToArray();
}
