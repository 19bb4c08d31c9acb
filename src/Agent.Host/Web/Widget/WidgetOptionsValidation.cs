using Microsoft.Extensions.Options;

namespace SegmentAI.Host.Web.Widget;

/// <summary>Refuses to start with an allowed origin the browser would never send, naming the entry and its right form.</summary>
internal sealed class WidgetOptionsValidation : IValidateOptions<WidgetOptions>
{
    public ValidateOptionsResult Validate(string? name, WidgetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Login))
        {
            failures.Add($"{WidgetOptions.SectionName}:Login is empty; set it to '{DemoWidgetLogin.SchemeName}' or to the scheme of a registered login.");
        }

        foreach (var origin in options.AllowedOrigins)
        {
            if (WhyNotAnOrigin(origin) is { } problem)
            {
                failures.Add($"{WidgetOptions.SectionName}:AllowedOrigins entry '{origin}' {problem}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? WhyNotAnOrigin(string origin)
    {
        if (origin.Trim() == "*")
        {
            return "would let every site use this host's chat; list the origins of the pages that embed the widget instead.";
        }

        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "is not an http(s) origin; write it as scheme://host[:port], e.g. https://shop.example.com.";
        }

        // Browsers send the origin without path, trailing slash or default port; any other spelling never matches.
        var canonical = uri.GetLeftPart(UriPartial.Authority);
        return string.Equals(origin, canonical, StringComparison.OrdinalIgnoreCase) ? null : $"is not how a browser names the origin; write it as {canonical}.";
    }
}
