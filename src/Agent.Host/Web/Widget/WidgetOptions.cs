
namespace SegmentAI.Host.Web.Widget;

/// <summary>The web chat widget, bound from the <c>Widget</c> configuration section.</summary>
internal sealed class WidgetOptions
{
    public const string SectionName = "Widget";

    /// <summary>Scheme of the <see cref="IWidgetLogin"/> that says who is chatting; <c>demo</c> lets visitors pick any enrolled user.</summary>
    public string Login { get; set; } = DemoWidgetLogin.SchemeName;

    /// <summary>
    /// Origins (<c>https://shop.example.com</c>) of pages that may embed the widget and call the chat endpoints
    /// from the browser. Empty means the host's own pages only: a page elsewhere can load widget.js, but the
    /// browser refuses it the answers.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];
}
