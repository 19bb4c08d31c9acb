using System.Globalization;
using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Analysis;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Statistics;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// Builds the personas dashboard of a tenant and window from the same analysis and views the chat skill answers with,
/// checks every number against the analysis, and keeps the result a few minutes per tenant, warehouse content and
/// window, so the page, its data and a shared link opened soon after do not rerun the clustering.
/// </summary>
public sealed partial class PersonaDashboards : IDisposable
{
    /// <summary>The longest window the dashboard analyses, in days.</summary>
    public const int MaxDays = 366;

    /// <summary>How long a dashboard is kept before it is built again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    // Each entry is one window's analysis (a few hundred kilobytes of reply contents); a handful covers the windows
    // people actually share, and the limit keeps a crawler walking every as-of date from growing the process.
    private const int CachedWindows = 32;

    private readonly RecentAnalyses<object, PersonaDashboardView> _recent = new(CachedWindows, Lifetime);
    private readonly RepositoryLayout _layout;
    private readonly TimeProvider _time;
    private readonly ILogger<PersonaDashboards> _logger;

    /// <summary>Creates the builder.</summary>
    public PersonaDashboards(RepositoryLayout layout, TimeProvider time, ILogger<PersonaDashboards> logger)
    {
        _layout = layout;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// The dashboard of the <paramref name="days"/> days before <paramref name="asOf"/> (the date the demo warehouse
    /// was generated for, or today, when not given).
    /// </summary>
    /// <exception cref="BehaviourAnalysisException">No event log, too few users, or a number that could not be checked; the message says which.</exception>
    /// <exception cref="WarehouseUnavailableException">The warehouse cannot be opened.</exception>
    public async Task<PersonaDashboardView> ViewAsync(Tenant tenant, int days, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        if (tenant.Config.Behaviour is null)
        {
            throw new BehaviourAnalysisException(
                $"{tenant.Config.DisplayName} has no product event log set up, so there are no behavioural personas to show; an admin can declare one in the behaviour: section of tenants/{tenant.Id}/tenant.yaml");
        }

        var warehouse = Warehouse.For(tenant, _layout.Root);
        var end = asOf ?? (await WarehouseMetadata.ReadAsync(warehouse, cancellationToken).ConfigureAwait(false))?.AsOf ?? DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var start = end.AddDays(-days);

        // A regenerated DuckDB file has a new stamp, so its dashboards are built afresh; PostgreSQL has none and is
        // kept for the lifetime only.
        var key = (tenant.Id, warehouse.ContentStamp() ?? warehouse.Location, start, end);
        return await _recent.GetAsync(key, () => BuildAsync(tenant, warehouse, start, end), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public void Dispose() => _recent.Dispose();

    private async Task<PersonaDashboardView> BuildAsync(Tenant tenant, Warehouse warehouse, DateOnly start, DateOnly end)
    {
        var study = await BehaviourAnalysis.StudyAsync(tenant, warehouse, start, end, new BehaviourStudyOptions(), CancellationToken.None).ConfigureAwait(false);
        var days = end.DayNumber - start.DayNumber;
        var lastDay = end.AddDays(-1);
        var from = start.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        var to = lastDay.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        var expression = days == 1 ? "the last day" : string.Create(CultureInfo.InvariantCulture, $"the last {days} days");
        var period = $"from {from} to {to} ({expression})";
        var everyone = Enumerable.Range(0, study.Profiles.Count).ToList();
        var views = new PersonaDashboardViews(
            PersonaReport.Overview(study, period),
            PersonaReport.DropOff(study, period),
            PersonaReport.Retention(study, RetentionKind.NDay, period),
            PersonaReport.Retention(study, RetentionKind.Unbounded, period),
            PersonaReport.Experiments(study, everyone, period));
        var drilldowns = everyone.Select(i => PersonaReport.Persona(study, i, period)).ToList();

        // The same check the chat skill makes before it replies: a page with a number the analysis did not produce is withheld.
        List<ReplyContent> shown = [.. views.Overview, .. views.DropOff, .. views.RetentionNDay, .. views.RetentionUnbounded, .. views.Experiments, .. drilldowns.SelectMany(d => d)];
        var untraced = NumberTrace.Untraced(shown, study.Numbers(), PersonaReport.Verbatim(study).Concat([from, to, expression]), study.Plotted());
        if (untraced.Count > 0)
        {
            LogUntracedNumbers(_logger, tenant.Id, untraced.Count);
            throw new BehaviourAnalysisException(
                "the personas were found, but not every number on the dashboard could be checked against the analysis, so it is not shown; please report this");
        }

        var summary = study.Summary;
        return new PersonaDashboardView(
            tenant.Id, tenant.Config.DisplayName, start, lastDay, days, end, period, summary.Users, summary.Stability, summary.Stable, study.Options.StableAbove,
            summary.Personas, views, drilldowns);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Personas dashboard of {Tenant} withheld: {Count} numbers not found in its analysis")]
    private static partial void LogUntracedNumbers(ILogger logger, string tenant, int count);
}
