namespace SegmentAI.Host.Readiness;

/// <summary>The host is not ready, as RFC 7807 problem details extended with the checks that failed.</summary>
/// <param name="Type">Problem type.</param>
/// <param name="Title">Not ready.</param>
/// <param name="Status">503.</param>
/// <param name="Detail">Which store is down, why, and what to do.</param>
/// <param name="Down">Names of the failed checks.</param>
/// <param name="Checks">Every check by name.</param>
internal sealed record ReadinessProblem(
    string Type, string Title, int Status, string Detail, IReadOnlyList<string> Down, IReadOnlyDictionary<string, ReadinessCheckResource> Checks);
