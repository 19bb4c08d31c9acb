namespace SegmentAI.Host.Api.Resources;

/// <summary>One step of a turn's execution trace.</summary>
/// <param name="Step">What ran (perceive, retrieve, resolve_dates, verify, estimate, llm, ...).</param>
/// <param name="Detail">What it found, in a sentence.</param>
/// <param name="ElapsedMs">Time it took.</param>
internal sealed record TraceStepResource(string Step, string Detail, double ElapsedMs);
