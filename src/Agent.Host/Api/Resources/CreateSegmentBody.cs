using System.Text.Json;

namespace SegmentAI.Host.Api.Resources;

/// <summary>Body of <c>POST /api/segments</c>.</summary>
/// <param name="Name">Name, unique within the tenant.</param>
/// <param name="Definition">Segment definition; its <c>tenant</c>, when given, must be the caller's.</param>
internal sealed record CreateSegmentBody(string Name, JsonElement Definition);
