namespace SegmentAI.Skills.Warehouses.Generation.ContosoWorkforce;

/// <summary>
/// An employee plus the latent facts that drive their events. ActiveUntilDay is the exclusive history-day index
/// after which a terminated or on-leave employee produces no events.
/// </summary>
internal sealed record ContosoEmployee(
    long EmployeeId,
    ContosoRoleFamily Family,
    ContosoPersona Persona,
    string Location,
    DateOnly HireDate,
    int ActiveUntilDay,
    IReadOnlyList<string> RoleApps);
