using System.Text.Json;
using System.Text.Json.Serialization;

namespace SegmentAI.Host.Channels.Teams.Activities;

/// <summary>The Bot Framework's JSON: camelCase, nulls left out. Not the product's snake_case contract.</summary>
internal static class ActivityJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
