using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace SegmentAI.Host.Web.Widget;

/// <summary>One file of the widget, embedded in this assembly so the host serves it with no build step or web root.</summary>
/// <param name="Name">File name (<c>widget.js</c>).</param>
/// <param name="ContentType">Media type with charset.</param>
/// <param name="Content">The bytes.</param>
/// <param name="EntityTag">Hash of the bytes, so browsers revalidate cheaply and pick up a new version at once.</param>
internal sealed record WidgetAsset(string Name, string ContentType, byte[] Content, EntityTagHeaderValue EntityTag)
{
    private const string ResourcePrefix = "SegmentAI.Host.Web.Widget.Assets.";

    public static WidgetAsset Load(string name, string contentType)
    {
        using var stream = typeof(WidgetAsset).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"widget file '{name}' is not embedded in {typeof(WidgetAsset).Assembly.GetName().Name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var content = copy.ToArray();
        return new WidgetAsset(name, contentType, content, new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\""));
    }

    public IResult ToResult(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.CacheControl = "no-cache";
        return Results.Bytes(Content, ContentType, entityTag: EntityTag);
    }
}
