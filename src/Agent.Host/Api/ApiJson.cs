using System.Text.Json;
using SegmentAI.Skills.Configuration;

namespace SegmentAI.Host.Api;

/// <summary>Reading request bodies the handlers parse themselves, so malformed JSON gets a problem saying what was wrong.</summary>
internal static class ApiJson
{
    /// <summary>The body as a JSON object; an empty body reads as <c>{}</c> when <paramref name="optional"/>.</summary>
    public static async Task<(JsonElement Body, IResult? Problem)> ReadObjectAsync(HttpRequest request, string title, bool optional, CancellationToken cancellationToken)
    {
        if (optional && request.ContentLength is 0 or null && !request.Headers.TransferEncoding.Any())
        {
            return (JsonDocument.Parse("{}").RootElement.Clone(), null);
        }

        var (text, tooLarge) = await RequestBody.ReadTextAsync(request, RequestBody.Limit(request.HttpContext), cancellationToken).ConfigureAwait(false);
        if (tooLarge is not null)
        {
            return (default, tooLarge);
        }

        if (optional && string.IsNullOrWhiteSpace(text))
        {
            return (JsonDocument.Parse("{}").RootElement.Clone(), null);
        }

        try
        {
            using var document = JsonDocument.Parse(text!);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (document.RootElement.Clone(), null)
                : (default, ApiProblems.Invalid(title, "$", "the body must be a JSON object"));
        }
        catch (JsonException ex)
        {
            return (default, ApiProblems.Invalid(title, "$", $"the body is not valid JSON: {JsonErrorText.Reason(ex)}"));
        }
    }

    /// <summary>A string property, null when absent or JSON null; an entry in <paramref name="errors"/> when it has another type.</summary>
    public static string? OptionalString(JsonElement body, string name, Dictionary<string, string[]> errors)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors[name] = [$"{name} must be a string"];
            return null;
        }

        return value.GetString();
    }
}
