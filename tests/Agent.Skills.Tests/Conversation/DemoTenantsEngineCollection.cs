namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>The end-to-end classes that share one engine and one set of demo warehouses (generated once, not per class).</summary>
[CollectionDefinition(Name)]
public sealed class DemoTenantsEngineCollection : ICollectionFixture<DemoTenantsEngineFixture>
{
    public const string Name = "demo tenants engine";
}
