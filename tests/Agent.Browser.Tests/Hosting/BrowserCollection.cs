namespace SegmentAI.Browser.Tests.Hosting;

/// <summary>One agent host, one shop site and one Chromium for every browser test; the tests run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<WidgetTestHost>
{
    public const string Name = "browser";
}
