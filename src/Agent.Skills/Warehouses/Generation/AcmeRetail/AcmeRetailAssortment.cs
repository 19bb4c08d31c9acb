namespace SegmentAI.Skills.Warehouses.Generation.AcmeRetail;

/// <summary>
/// The Acme Retail department → category assortment exactly as it appears in the generated warehouse.
/// Facet catalogs list these values, so they are public and stable.
/// </summary>
internal static class AcmeRetailAssortment
{
    /// <summary>The 14 departments in a fixed order, each with its categories.</summary>
    public static IReadOnlyList<AcmeDepartment> Departments { get; } =
        AcmeCatalogData.DepartmentOrder
            .Select(d => new AcmeDepartment(
                d,
                AcmeCatalogData.Categories.Where(c => c.Department == d).Select(c => c.Name).ToArray()))
            .ToArray();

    /// <summary>Department names in the same order as <see cref="Departments"/>.</summary>
    public static IReadOnlyList<string> DepartmentNames { get; } = AcmeCatalogData.DepartmentOrder;
}
