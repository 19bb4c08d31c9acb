namespace SegmentAI.Integration.Tests.Differential;

/// <summary>Test classes in this collection share one generated warehouse and its PostgreSQL copy.</summary>
[CollectionDefinition(Name)]
public sealed class AcmeWarehousesCollection : ICollectionFixture<AcmeWarehouses>
{
    public const string Name = "acme warehouses";
}
