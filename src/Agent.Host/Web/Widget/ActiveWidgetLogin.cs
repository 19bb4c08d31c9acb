using Microsoft.Extensions.Options;

namespace SegmentAI.Host.Web.Widget;

/// <summary>The registered <see cref="IWidgetLogin"/> that <c>Widget:Login</c> names.</summary>
internal sealed class ActiveWidgetLogin
{
    public ActiveWidgetLogin(IEnumerable<IWidgetLogin> logins, IOptions<WidgetOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var registered = logins.ToList();
        var scheme = options.Value.Login;

        // The last registration of a scheme wins, so a host can replace a built-in login under the same name.
        Login = registered.LastOrDefault(l => string.Equals(l.Scheme, scheme, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException(
                $"{WidgetOptions.SectionName}:Login is '{scheme}', but no widget login with that scheme is registered. " +
                $"Registered: {string.Join(", ", registered.Select(l => l.Scheme).Distinct(StringComparer.OrdinalIgnoreCase))}. " +
                $"Set {WidgetOptions.SectionName}:Login to one of them, or register an IWidgetLogin for '{scheme}'.");
    }

    public IWidgetLogin Login { get; }
}
