namespace SegmentAI.Skills.Catalog;

/// <summary>A tenant's facet catalog: the only source of truth for what a segment may say.</summary>
public sealed class FacetCatalog
{
    private readonly Dictionary<string, Facet> _byId;

    /// <summary>Creates a catalog; facet ids must be unique.</summary>
    public FacetCatalog(string tenantId, IReadOnlyList<EventSource> eventSources, IReadOnlyList<Facet> facets)
    {
        ArgumentNullException.ThrowIfNull(facets);
        TenantId = tenantId;
        EventSources = eventSources;
        Facets = facets;
        _byId = facets.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    /// <summary>Tenant that owns the catalog.</summary>
    public string TenantId { get; }

    /// <summary>Event tables facets aggregate over.</summary>
    public IReadOnlyList<EventSource> EventSources { get; }

    /// <summary>All facets, in catalog order.</summary>
    public IReadOnlyList<Facet> Facets { get; }

    /// <summary>Distinct categories, in catalog order.</summary>
    public IReadOnlyList<string> Categories => Facets.Select(f => f.Category).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The facet with this id, or null.</summary>
    public Facet? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Ids of facets close to <paramref name="id"/>, for "did you mean" messages.</summary>
    public string? Suggest(string id) => Configuration.EditDistance.Suggest(id, _byId.Keys);
}
