using DuckDB.NET.Data;
using SegmentAI.Skills.Warehouses.Generation.Building;

namespace SegmentAI.Skills.Warehouses.Generation.Dealflow;

/// <summary>
/// Dealflow, a term-sheet negotiation platform: users with latent behaviour personas (truth.user_persona),
/// deals, and session-shaped product events (login → views → term sheet work → send/accept/reject or drop_off).
/// </summary>
internal sealed class DealflowGenerator : IWarehouseGenerator
{
    /// <summary>Generator id of the Dealflow tenant.</summary>
    public const string Id = "dealflow";

    /// <summary>Written to _warehouse_info; bump when the same options would produce different rows.</summary>
    public const string GeneratorVersion = "dealflow/1";

    private const ulong UserStream = 0xDEA1;
    private const ulong DealStream = 0xDEA2;
    private const ulong EventStream = 0xDEA3;

    private static readonly string[] Roles = ["founder", "investor", "lawyer", "advisor"];
    private static readonly double[] RoleWeights = [0.40, 0.30, 0.20, 0.10];
    private static readonly string[] Plans = ["free", "pro", "enterprise"];
    private static readonly string[] CompanySizes = ["1-10", "11-50", "51-200", "200+"];
    private static readonly string[] Regions = ["NA", "EMEA", "APAC", "LATAM"];
    private static readonly double[] RegionWeights = [0.50, 0.28, 0.15, 0.07];
    private static readonly string[] ReferralSources = ["organic", "referral", "linkedin", "event", "partner"];
    private static readonly double[] ReferralWeights = [0.35, 0.25, 0.20, 0.12, 0.08];
    private static readonly string[] Sectors = ["fintech", "healthtech", "saas", "climate", "consumer", "ai", "biotech", "marketplace", "devtools", "edtech"];
    private static readonly string[] Rounds = ["pre-seed", "seed", "series_a", "series_b"];
    private static readonly double[] RoundWeights = [0.25, 0.40, 0.25, 0.10];
    private static readonly double[] RoundMedianAmount = [750_000, 2_500_000, 12_000_000, 35_000_000];
    private static readonly double[] WorkHours = [0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 0.6, 1.5, 3, 4, 4, 3.5, 3, 3.5, 4, 4, 3.5, 3, 2, 1.5, 1, 0, 0, 0];

    /// <inheritdoc />
    public string TenantId => Id;

    /// <inheritdoc />
    public int DefaultSize => 1_000;

    /// <inheritdoc />
    public int DefaultHistoryDays => 7;

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
        DuckDb.Execute(connection, DealflowSchema.Ddl);
        var users = WriteUsers(connection, options);
        var dealCreatedTs = WriteDeals(connection, options, users);
        cancellationToken.ThrowIfCancellationRequested();

        var calendar = new DayCalendar(options.HistoryStart, options.HistoryDays, d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.35 : 1.0);
        var asOfMidnight = options.AsOf.ToDateTime(TimeOnly.MinValue);
        var nextEventId = 1L;
        using var appender = connection.CreateAppender("events");
        foreach (var user in users)
        {
            if ((user.UserId & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new GenerationProgress("events", user.UserId, users.Count));
            }

            var random = new DeterministicRandom(options.Seed, EventStream, (ulong)user.UserId);
            var sink = new DealflowSessionWriter(appender, user.UserId, asOfMidnight, nextEventId);
            var firstDay = Math.Max(0, (int)Math.Ceiling((user.SignupTs - options.HistoryStart.ToDateTime(TimeOnly.MinValue)).TotalDays));
            var sessionCount = random.Poisson(user.Persona.SessionsPerDay * calendar.NormalizedWeight(firstDay, options.HistoryDays));
            var starts = new List<DateTime>(sessionCount);
            for (var s = 0; s < sessionCount; s++)
            {
                var day = calendar.SampleDay(random, firstDay, options.HistoryDays);
                var start = calendar.Date(day).ToDateTime(TimeOnly.MinValue).AddSeconds(random.Pick(WorkHours) * 3600 + random.Next(3600));
                starts.Add(start < user.SignupTs ? user.SignupTs.AddMinutes(1) : start);
            }

            starts.Sort();
            for (var s = 0; s < starts.Count; s++)
            {
                // Sessions are separate bursts: a start that would overlap the previous session is pushed after it.
                var start = s > 0 && starts[s] < sink.Cursor.AddMinutes(30) ? sink.Cursor.AddMinutes(30 + random.Next(90)) : starts[s];
                sink.BeginSession(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"u{user.UserId}-s{s + 1}"), start);
                GenerateSession(random, user, sink, dealCreatedTs);
            }

            nextEventId = sink.NextEventId;
        }

        return Task.CompletedTask;
    }

    private static void GenerateSession(DeterministicRandom random, DealflowUser user, DealflowSessionWriter sink, DateTime[] dealCreatedTs)
    {
        var persona = user.Persona;
        var gap = () => Math.Min(persona.MeanGapSeconds * 4, 3 + random.Exponential(persona.MeanGapSeconds));
        sink.Emit("login", null, 0);
        var available = UpperBound(dealCreatedTs, sink.Cursor);
        long? Deal() => available == 0 ? null : random.Next(available) + 1L;

        var focus = Deal();
        var views = random.Poisson(persona.ViewsPerSession);
        for (var v = 0; v < views; v++)
        {
            focus = Deal();
            sink.Emit("view_deal", focus, gap());
        }

        if (random.Chance(persona.DropOffProbability))
        {
            if (random.Chance(0.2))
            {
                sink.Emit("message", focus, gap());
            }

            sink.Emit("drop_off", focus, gap());
            return;
        }

        if (focus is null || !random.Chance(persona.ActProbability))
        {
            if (random.Chance(0.3))
            {
                sink.Emit("message", focus, gap());
            }

            return;
        }

        if (user.Role is "founder" or "lawyer" && random.Chance(0.3))
        {
            sink.Emit("create_term_sheet", focus, gap());
        }

        var revisions = random.Poisson(persona.RevisionsPerSession);
        for (var r = 0; r < revisions; r++)
        {
            sink.Emit("revise_offer", focus, gap());
            if (random.Chance(0.25))
            {
                sink.Emit("message", focus, gap());
            }
        }

        var sendProbability = persona.Name == "decisive_closer" ? 0.8 : 0.35;
        if (random.Chance(sendProbability))
        {
            sink.Emit("send_offer", focus, gap());
            var decideProbability = persona.Name == "decisive_closer" ? 0.6 : 0.2;
            if (random.Chance(decideProbability))
            {
                sink.Emit(random.Chance(0.7) ? "accept" : "reject", focus, gap());
            }
        }
    }

    private static int UpperBound(DateTime[] sorted, DateTime value)
    {
        var lo = 0;
        var hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static List<DealflowUser> WriteUsers(DuckDBConnection connection, WarehouseGenerationOptions options)
    {
        var users = new List<DealflowUser>(options.Size);
        var historyStart = options.HistoryStart.ToDateTime(TimeOnly.MinValue);
        using var appender = connection.CreateAppender("users");
        using var personas = connection.CreateAppender("truth", "user_persona");
        for (var i = 0; i < options.Size; i++)
        {
            var random = new DeterministicRandom(options.Seed, UserStream, (ulong)i);
            var userId = i + 1L;
            var persona = DealflowPersona.All[random.Pick(DealflowPersona.Shares)];
            var role = Roles[random.Pick(RoleWeights)];
            var beforeHistory = random.Chance(persona.Name == "ghost" ? 0.85 : 0.6);
            var signupTs = beforeHistory
                ? historyStart.AddSeconds(-random.Next(3600, 365 * 86_400))
                : historyStart.AddSeconds(random.Next(options.HistoryDays * 86_400 - 3 * 3600));
            double[] planWeights = persona.Name == "decisive_closer" ? [0.35, 0.45, 0.20] : persona.Name == "ghost" ? [0.85, 0.13, 0.02] : [0.60, 0.30, 0.10];
            var plan = Plans[random.Pick(planWeights)];
            double[] sizeWeights = role == "founder" ? [0.60, 0.30, 0.08, 0.02] : [0.20, 0.35, 0.25, 0.20];
            var companySize = CompanySizes[random.Pick(sizeWeights)];
            var region = Regions[random.Pick(RegionWeights)];
            var referral = ReferralSources[random.Pick(ReferralWeights)];
            appender.CreateRow().AppendValue(userId).AppendValue(signupTs).AppendValue(role).AppendValue(plan)
                .AppendValue(companySize).AppendValue(region).AppendValue(referral).EndRow();
            personas.CreateRow().AppendValue(userId).AppendValue(persona.Name).EndRow();
            users.Add(new DealflowUser(userId, signupTs, role, persona));
        }

        return users;
    }

    /// <summary>Writes deals in creation order (deal_id ascending with created_ts) and returns their creation times.</summary>
    private static DateTime[] WriteDeals(DuckDBConnection connection, WarehouseGenerationOptions options, List<DealflowUser> users)
    {
        var random = new DeterministicRandom(options.Seed, DealStream, 0);
        var count = Math.Max(3, options.Size / 3);
        var historyStart = options.HistoryStart.ToDateTime(TimeOnly.MinValue);
        var historySeconds = options.HistoryDays * 86_400;
        var created = new DateTime[count];
        for (var d = 0; d < count; d++)
        {
            created[d] = d == 0 || random.Chance(0.7)
                ? historyStart.AddSeconds(-random.Next(60, 60 * 86_400))
                : historyStart.AddSeconds(random.Next(historySeconds - 3600));
        }

        Array.Sort(created);
        var creators = users.Where(u => u.Role == "founder").Select(u => u.UserId).ToArray();
        var asOfMidnight = options.AsOf.ToDateTime(TimeOnly.MinValue);
        using var appender = connection.CreateAppender("deals");
        for (var d = 0; d < count; d++)
        {
            var round = random.Pick(RoundWeights);
            var target = Math.Round((decimal)(RoundMedianAmount[round] * random.LogNormal(0, 0.5)) / 1000m) * 1000m;
            var ageDays = (asOfMidnight - created[d]).TotalDays;
            var closedProbability = Math.Min(0.8, ageDays / 90);
            var status = random.Chance(closedProbability) ? (random.Chance(0.55) ? "closed_won" : "closed_lost") : "open";
            var creator = creators.Length > 0 ? creators[random.Next(creators.Length)] : random.Next(users.Count) + 1L;
            appender.CreateRow().AppendValue(d + 1L).AppendValue(created[d]).AppendValue(creator).AppendValue(Sectors[random.Next(Sectors.Length)])
                .AppendValue(Rounds[round]).AppendValue(target).AppendValue(status).EndRow();
        }

        return created;
    }
}
