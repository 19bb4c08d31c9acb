using System.Globalization;
using DuckDB.NET.Data;
using SegmentAI.Skills.Warehouses.Generation.Building;

namespace SegmentAI.Skills.Warehouses.Generation.ContosoWorkforce;

/// <summary>
/// Contoso Workforce, an enterprise behind Okta-style SSO: an org tree of employees, app licenses following role
/// families, and weekday/working-hours SSO events shaped by latent engagement personas (truth.employee_persona).
/// </summary>
internal sealed class ContosoWorkforceGenerator : IWarehouseGenerator
{
    /// <summary>Generator id of the Contoso Workforce tenant.</summary>
    public const string Id = "contoso-workforce";

    /// <summary>Written to _warehouse_info; bump when the same options would produce different rows.</summary>
    public const string GeneratorVersion = "contoso-workforce/1";

    private const ulong EmployeeStream = 0xC0A1;
    private const ulong EventStream = 0xC0A2;

    private static readonly string[] Locations = ["Seattle", "New York", "Austin", "San Francisco", "London", "Dublin", "Bangalore", "Remote"];
    private static readonly double[] LocationWeights = [0.25, 0.15, 0.12, 0.10, 0.10, 0.06, 0.10, 0.12];
    private static readonly string[] RemoteCities = ["Denver", "Chicago", "Portland", "Atlanta", "Boston", "Toronto"];
    private static readonly string[] Devices = ["laptop", "mobile", "tablet"];
    private static readonly double[] DeviceWeights = [0.80, 0.15, 0.05];
    private static readonly double[] WorkHours = [0, 0, 0, 0, 0, 0, 0.2, 1, 4, 6, 5, 4, 2, 3, 4, 4, 3, 2, 1, 0.5, 0.3, 0, 0, 0];

    /// <inheritdoc />
    public string TenantId => Id;

    /// <inheritdoc />
    public int DefaultSize => 1_000;

    /// <inheritdoc />
    public int DefaultHistoryDays => 90;

    /// <inheritdoc />
    public Task<WarehouseGenerationResult> GenerateAsync(
        WarehouseGenerationOptions options,
        IProgress<GenerationProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        WarehouseBuild.RunAsync(Id, GeneratorVersion, options, (connection, ct) => Write(connection, options, progress, ct), cancellationToken);

    private static Task Write(
        DuckDBConnection connection,
        WarehouseGenerationOptions options,
        IProgress<GenerationProgress>? progress,
        CancellationToken cancellationToken)
    {
        DuckDb.Execute(connection, ContosoSchema.Ddl);
        using (var apps = connection.CreateAppender("apps"))
        {
            foreach (var app in ContosoApps.All)
            {
                apps.CreateRow().AppendValue(app.AppId).AppendValue(app.AppName).AppendValue(app.Category).AppendValue(app.AnnualLicenseCost).EndRow();
            }
        }

        var employees = WriteEmployees(connection, options);
        cancellationToken.ThrowIfCancellationRequested();
        using var events = connection.CreateAppender("sso_events");
        var nextEventId = 1L;
        foreach (var employee in employees)
        {
            if ((employee.EmployeeId & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new GenerationProgress("sso_events", employee.EmployeeId, employees.Count));
            }

            nextEventId = WriteEvents(events, options, employee, nextEventId);
        }

        return Task.CompletedTask;
    }

    private static List<ContosoEmployee> WriteEmployees(DuckDBConnection connection, WarehouseGenerationOptions options)
    {
        var employees = new List<ContosoEmployee>(options.Size);
        var managersByFamily = ContosoRoleFamily.All.ToDictionary(f => f.Name, _ => new List<long>());
        var emailCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        using var appender = connection.CreateAppender("employees");
        using var licenses = connection.CreateAppender("licenses");
        using var personas = connection.CreateAppender("truth", "employee_persona");
        for (var i = 0; i < options.Size; i++)
        {
            var random = new DeterministicRandom(options.Seed, EmployeeStream, (ulong)i);
            var employeeId = i + 1L;
            var family = i == 0 ? ContosoRoleFamily.All.First(f => f.Name == "Management") : ContosoRoleFamily.All[random.Pick(ContosoRoleFamily.Shares)];
            var persona = ContosoPersona.All[random.Pick(ContosoPersona.Shares)];
            var female = random.Chance(0.48);
            var first = random.Pick(female ? PersonNames.Female : PersonNames.Male);
            var last = random.Pick(PersonNames.Last);
            var localPart = $"{first}.{last}".ToLowerInvariant();
            var seen = emailCounts.GetValueOrDefault(localPart);
            emailCounts[localPart] = seen + 1;
            var email = seen == 0 ? $"{localPart}@contoso.com" : string.Create(CultureInfo.InvariantCulture, $"{localPart}{seen + 1}@contoso.com");

            // Managers always have smaller ids than their reports, so manager_id forms a tree rooted at employee 1.
            var familyManagers = managersByFamily[family.Name];
            long? managerId = i == 0 ? null : familyManagers.Count == 0 ? 1L : familyManagers[random.Next(familyManagers.Count)];
            var isManager = i == 0 || familyManagers.Count == 0 || random.Chance(0.12);
            if (isManager && i > 0)
            {
                familyManagers.Add(employeeId);
            }

            var title = i == 0 ? "Chief Executive Officer" : isManager && family.Name != "Management" ? $"{family.Name} Manager" : random.Pick(family.Titles);
            var department = random.Pick(family.Departments);
            var location = Locations[random.Pick(LocationWeights)];
            var hireOffset = random.Chance(0.08) ? random.Next(1, options.HistoryDays + 1) : options.HistoryDays + random.Next(1, 8 * 365);
            var hireDate = options.AsOf.AddDays(-hireOffset);
            var hireDay = Math.Max(0, options.HistoryDays - hireOffset);
            var statusRoll = i == 0 ? 1.0 : random.NextDouble();
            var status = statusRoll < 0.05 ? "terminated" : statusRoll < 0.08 ? "leave" : "active";
            var activeUntil = status == "active" ? options.HistoryDays : random.Next(Math.Min(hireDay + 1, options.HistoryDays), options.HistoryDays);

            var managerRow = appender.CreateRow().AppendValue(employeeId).AppendValue($"{first} {last}").AppendValue(email)
                .AppendValue(department).AppendValue(title).AppendValue(family.Name);
            var locationRow = managerId is { } m ? managerRow.AppendValue(m) : managerRow.AppendNullValue();
            locationRow.AppendValue(location).AppendValue(hireDate).AppendValue(status).EndRow();
            personas.CreateRow().AppendValue(employeeId).AppendValue(persona.Name).EndRow();

            var roleApps = new List<string>();
            foreach (var appId in ContosoApps.Core)
            {
                AppendLicense(licenses, random, options, employeeId, appId, hireDate, persona);
            }

            foreach (var (appId, probability) in family.Apps)
            {
                if (random.Chance(probability))
                {
                    roleApps.Add(appId);
                    AppendLicense(licenses, random, options, employeeId, appId, hireDate, persona);
                }
            }

            // A few seats outside the role signature: trials and one-off projects that often go unused.
            foreach (var app in ContosoApps.All)
            {
                if (!ContosoApps.Core.Contains(app.AppId) && !roleApps.Contains(app.AppId) && random.Chance(0.02))
                {
                    AppendLicense(licenses, random, options, employeeId, app.AppId, hireDate, persona);
                }
            }

            employees.Add(new ContosoEmployee(employeeId, family, persona, location, hireDate, activeUntil, roleApps));
        }

        return employees;
    }

    private static void AppendLicense(
        DuckDBAppender licenses,
        DeterministicRandom random,
        WarehouseGenerationOptions options,
        long employeeId,
        string appId,
        DateOnly hireDate,
        ContosoPersona persona)
    {
        var latest = options.AsOf.AddDays(-1);
        var assigned = hireDate.AddDays(random.Next(0, 30));
        if (assigned > latest)
        {
            assigned = latest < hireDate ? hireDate : latest;
        }

        var tier = persona.Name == "power" && random.Chance(0.3) ? "pro" : random.Chance(0.05) ? "admin" : "standard";
        licenses.CreateRow().AppendValue(employeeId).AppendValue(appId).AppendValue(assigned).AppendValue(tier).EndRow();
    }

    private static long WriteEvents(DuckDBAppender events, WarehouseGenerationOptions options, ContosoEmployee employee, long nextEventId)
    {
        var random = new DeterministicRandom(options.Seed, EventStream, (ulong)employee.EmployeeId);
        var persona = employee.Persona;
        var firstDay = Math.Max(0, employee.HireDate.DayNumber - options.HistoryStart.DayNumber);
        var sessionNo = 0;
        var asOfMidnight = options.AsOf.ToDateTime(TimeOnly.MinValue);
        for (var day = firstDay; day < employee.ActiveUntilDay; day++)
        {
            var date = options.HistoryStart.AddDays(day);
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if (!random.Chance(weekend ? persona.WeekendActive : persona.WeekdayActive))
            {
                continue;
            }

            var sessions = 1 + random.Poisson(persona.SessionsPerDay - 1);
            var starts = new int[sessions];
            for (var s = 0; s < sessions; s++)
            {
                starts[s] = random.Pick(WorkHours) * 3600 + random.Next(3600);
            }

            Array.Sort(starts);
            var cursor = date.ToDateTime(TimeOnly.MinValue).AddSeconds(starts[0]);
            foreach (var start in starts)
            {
                var sessionStart = date.ToDateTime(TimeOnly.MinValue).AddSeconds(start);
                cursor = sessionStart > cursor ? sessionStart : cursor.AddSeconds(random.Next(300, 1800));
                sessionNo++;
                var sessionId = string.Create(CultureInfo.InvariantCulture, $"e{employee.EmployeeId}-{sessionNo}");
                var device = Devices[random.Pick(DeviceWeights)];
                var city = employee.Location == "Remote" ? RemoteCities[(int)(employee.EmployeeId % RemoteCities.Length)] : employee.Location;
                if (random.Chance(0.02))
                {
                    city = Locations[random.Next(7)];
                }

                if (random.Chance(0.03))
                {
                    Emit("user.authentication.sso", null, "FAILURE", null);
                    cursor = cursor.AddSeconds(random.Next(10, 90));
                }

                Emit("user.authentication.sso", null, "SUCCESS", null);
                cursor = cursor.AddSeconds(random.Next(1, 5));
                Emit("user.session.start", null, "SUCCESS", null);
                var accesses = 1 + random.Poisson(persona.AccessesPerSession - 1);
                for (var a = 0; a < accesses; a++)
                {
                    cursor = cursor.AddSeconds(random.Next(20, 600));
                    var app = employee.RoleApps.Count > 0 && random.Chance(persona.RoleAppShare)
                        ? random.Pick(employee.RoleApps)
                        : persona.Name == "dormant" ? (random.Chance(0.6) ? "okta_dashboard" : "gmail") : random.Pick(ContosoApps.Core);
                    var duration = (int)Math.Min(4 * 3600, random.LogNormal(Math.Log(420), 0.9));
                    Emit("app.access", app, random.Chance(0.995) ? "SUCCESS" : "FAILURE", duration);
                }

                void Emit(string eventType, string? targetApp, string outcome, int? durationSec)
                {
                    if (cursor >= asOfMidnight)
                    {
                        return;
                    }

                    var row = events.CreateRow().AppendValue(nextEventId++).AppendValue(employee.EmployeeId).AppendValue(cursor).AppendValue(eventType);
                    row = targetApp is null ? row.AppendNullValue() : row.AppendValue(targetApp);
                    row = row.AppendValue(outcome).AppendValue(device).AppendValue(city).AppendValue(sessionId);
                    row = durationSec is { } d ? row.AppendValue(d) : row.AppendNullValue();
                    row.EndRow();
                }
            }
        }

        return nextEventId;
    }
}
