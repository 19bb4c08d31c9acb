using SegmentAI.Skills.Chat;

namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// The personas dashboard of one tenant and window: its header figures, the four views the chat answers with and each
/// persona's drill-down, as reply contents whose every number was checked against the analysis.
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="TenantName">The tenant's display name.</param>
/// <param name="Start">First day analysed.</param>
/// <param name="LastDay">Last day analysed.</param>
/// <param name="Days">Days in the window.</param>
/// <param name="AsOf">The day after the window, the date the dashboard is as of.</param>
/// <param name="Period">The window in words, as every view states it.</param>
/// <param name="Users">Users active in the window (the ones clustered).</param>
/// <param name="Stability">Mean adjusted Rand index between the personas and reruns on subsamples.</param>
/// <param name="Stable">False when <paramref name="Stability"/> is below <paramref name="StableAbove"/>: the personas are tentative.</param>
/// <param name="StableAbove">The stability below which the dashboard warns.</param>
/// <param name="Personas">The personas, largest first; a persona's number on the page is its place here, from 1.</param>
/// <param name="Views">The overview, drop-off, retention and experiment views.</param>
/// <param name="Drilldowns">Each persona in depth, in <paramref name="Personas"/> order.</param>
public sealed record PersonaDashboardView(
    string TenantId,
    string TenantName,
    DateOnly Start,
    DateOnly LastDay,
    int Days,
    DateOnly AsOf,
    string Period,
    int Users,
    double Stability,
    bool Stable,
    double StableAbove,
    IReadOnlyList<PersonaSummary> Personas,
    PersonaDashboardViews Views,
    IReadOnlyList<IReadOnlyList<ReplyContent>> Drilldowns);
