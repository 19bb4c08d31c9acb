using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace SegmentAI.Host.Api;

/// <summary>
/// Reads request bodies with a ceiling: a declared or actual length over it is answered 413 before the rest is read,
/// so an oversized body costs neither memory nor a 500 (Kestrel's own 30 MB limit surfaces as an exception).
/// </summary>
internal static class RequestBody
{
    /// <summary>The limit for chat messages (<see cref="ApiOptions.MaxChatBodyBytes"/>).</summary>
    public static int ChatLimit(HttpContext context) => Options(context).MaxChatBodyBytes;

    /// <summary>The limit for the other JSON endpoints (<see cref="ApiOptions.MaxBodyBytes"/>).</summary>
    public static int Limit(HttpContext context) => Options(context).MaxBodyBytes;

    /// <summary>The body as UTF-8 text, or the 413 problem when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<(string? Text, IResult? Problem)> ReadTextAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, 16 * 1024));
        try
        {
            using var content = new MemoryStream();
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (content.Length + read > limit)
                {
                    return (null, TooLarge(limit));
                }

                content.Write(buffer, 0, read);
            }

            return (Encoding.UTF8.GetString(content.GetBuffer(), 0, (int)content.Length), null);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own limits (body size, data rate) end the read: answer with the status it chose.
            return (null, Results.Problem(statusCode: ex.StatusCode, title: "Request body not read",
                detail: ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? Detail(limit)
                    : "The request body could not be read completely. Send the request again."));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static IResult TooLarge(int limit) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large", detail: Detail(limit));

    private static string Detail(int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"This endpoint reads request bodies of at most {limit:N0} bytes. Send a shorter request.");

    private static ApiOptions Options(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
}
