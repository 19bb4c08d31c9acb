using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Dates;

namespace SegmentAI.Skills.Tenants;

/// <summary>A loaded tenant: its configuration, its facet catalog and the folder they came from.</summary>
/// <param name="Config">Contents of tenant.yaml.</param>
/// <param name="Catalog">Contents of catalog.yaml.</param>
/// <param name="Folder">The tenant's folder.</param>
public sealed record Tenant(TenantConfig Config, FacetCatalog Catalog, string Folder)
{
    /// <summary>Tenant id.</summary>
    public string Id => Config.Id;

    /// <summary>The tenant's calendar: where its fiscal year starts and how its years are named.</summary>
    public FiscalCalendar FiscalCalendar => new(Config.Dates.Calendar);

    /// <summary>
    /// Why the facet may not be used in a segment of this tenant, or null when it may:
    /// PII and restricted facets of the catalog, and facets the tenant restricts or does not allow.
    /// </summary>
    public string? WhyFacetIsUnusable(Facet facet)
    {
        ArgumentNullException.ThrowIfNull(facet);
        if (facet.Pii)
        {
            return $"'{facet.Id}' ({facet.Name}) is personal data (PII) and can never be used in a segment";
        }

        if (facet.Restricted)
        {
            return $"'{facet.Id}' ({facet.Name}) is a restricted facet and cannot be used in a segment";
        }

        return Config.AllowsFacet(facet.Id)
            ? null
            : $"'{facet.Id}' ({facet.Name}) is not allowed for tenant {Id}";
    }
}
