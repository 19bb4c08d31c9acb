namespace SegmentAI.Host.Web.Widget;

/// <summary>
/// Who may chat through the widget, and who a chat message is from. The embedded default is
/// <see cref="DemoWidgetLogin"/>; an identity provider replaces it by registering its own implementation and
/// setting <c>Widget:Login</c> to its <see cref="Scheme"/>.
/// </summary>
internal interface IWidgetLogin
{
    /// <summary>The value of <c>Widget:Login</c> that selects this login.</summary>
    string Scheme { get; }

    /// <summary>What the widget's sign-in screen offers this visitor, for one tenant when <paramref name="tenantId"/> is given.</summary>
    Task<WidgetLoginScreen> DescribeAsync(HttpContext context, string? tenantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The user a web chat message is from, given the user it names; <see langword="null"/> when the request is
    /// not entitled to write as that user (the message is then refused before it reaches the engine).
    /// </summary>
    Task<string?> IdentifyAsync(HttpContext context, string claimedUserId, CancellationToken cancellationToken = default);
}
