using SegmentAI.Skills.Segments;

namespace SegmentAI.Host.Api;

/// <summary>
/// The REST API's errors as RFC 7807 problem details: a title naming the problem, a detail saying what was wrong
/// and what to do, and the status. Every endpoint answers each kind of failure the same way.
/// </summary>
internal static class ApiProblems
{
    public const string TenantHeader = "X-SegmentAI-Tenant";
    public const string UserHeader = "X-SegmentAI-User";
    public const string ProxyKeyHeader = "X-SegmentAI-Proxy-Key";

    public static IResult Unauthenticated(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Not authenticated", detail: detail);

    public static IResult NotEnrolled(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "User not enrolled", detail: detail);

    public static IResult Forbidden(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Permission denied", detail: detail);

    public static IResult UnknownTenant(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown tenant", detail: detail);

    public static IResult UnknownSegment(string segmentId) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown segment",
            detail: $"This tenant has no saved segment '{segmentId}'. GET /api/segments lists the segments you can see.");

    public static IResult NameConflict(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Segment name already used", detail: detail);

    public static IResult MemoryUnavailable(string store) =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Memory unavailable",
            detail: $"The {store} memory store did not answer, so nothing was read or changed. Try again in a moment; GET /readyz shows which store is down.");

    // The store's own words may quote the database driver: they go to the log, the caller gets the trace id.
    public static IResult MemoryFailed(string store) =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Memory failed",
            detail: $"The {store} memory store failed the request on our side, so nothing was changed. Try again; if it keeps failing, give your admin the trace id of this response.");

    public static IResult WarehouseUnavailable(string reason) =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Warehouse unavailable",
            detail: $"The segment is saved, but its warehouse cannot be queried: {reason}.");

    public static IResult Invalid(string title, string path, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { [path] = [message] }, title: title,
            detail: "Fix the fields listed in errors and send the request again.");

    public static IResult InvalidDefinition(IEnumerable<SegmentIssue> issues, string pathPrefix) =>
        Results.ValidationProblem(
            issues.GroupBy(i => Prefixed(pathPrefix, i.Path)).ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToArray(), StringComparer.Ordinal),
            title: "Invalid segment definition",
            detail: "The definition does not fit this tenant's catalog or the segment schema (GET /api/tenants/{tenant}/catalog lists the facets). Fix the fields listed in errors and send it again.");

    private static string Prefixed(string prefix, string path) =>
        string.IsNullOrEmpty(path) || path == "$" ? prefix : $"{prefix}.{path.TrimStart('$', '.')}";
}
