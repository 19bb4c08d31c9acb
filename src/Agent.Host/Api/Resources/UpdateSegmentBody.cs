using System.Text.Json;

namespace SegmentAI.Host.Api.Resources;

/// <summary>Body of <c>PATCH /api/segments/{id}</c>: a new name, a new definition, or both.</summary>
/// <param name="Name">New name (a rename), or null to keep it.</param>
/// <param name="Definition">New definition, or null to keep it.</param>
internal sealed record UpdateSegmentBody(string? Name, JsonElement? Definition);
