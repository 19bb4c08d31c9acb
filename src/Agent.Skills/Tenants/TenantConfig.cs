namespace SegmentAI.Skills.Tenants;

/// <summary>Everything a tenant configures in <c>tenant.yaml</c>; adding a tenant needs no code.</summary>
public sealed record TenantConfig
{
    /// <summary>Tenant id; equals its folder name.</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>What segments are made of.</summary>
    public required SegmentEntity Entity { get; init; }

    /// <summary>Where the warehouse is.</summary>
    public required WarehouseConnection Warehouse { get; init; }

    /// <summary>Facets the tenant allows; empty means every catalog facet that is not restricted.</summary>
    public IReadOnlyList<string> AllowedFacets { get; init; } = [];

    /// <summary>Facets the tenant forbids in segments (in addition to the catalog's restricted and PII facets).</summary>
    public IReadOnlyList<string> RestrictedFacets { get; init; } = [];

    /// <summary>Attributes the tenant treats as protected besides the built-in ones (race, religion, ...).</summary>
    public IReadOnlyList<string> ProtectedAttributes { get; init; } = [];

    /// <summary>Tenant phrases with fixed meanings.</summary>
    public IReadOnlyList<VocabularyEntry> Vocabulary { get; init; } = [];

    /// <summary>Phrases whose meaning differs between people ("recent", "high-value"), each with the question that settles it.</summary>
    public IReadOnlyList<VagueTerm> VagueTerms { get; init; } = [];

    /// <summary>Usable segment sizes.</summary>
    public required SegmentSizeLimits SizeLimits { get; init; }

    /// <summary>Calendar and default windows.</summary>
    public required DateConventions Dates { get; init; }

    /// <summary>Usage limits.</summary>
    public required RateLimits RateLimits { get; init; }

    /// <summary>Roles by name.</summary>
    public required IReadOnlyDictionary<string, TenantRole> Roles { get; init; }

    /// <summary>Role given to users of trusted local tools (the CLI) who are not enrolled.</summary>
    public required string DefaultRole { get; init; }

    /// <summary>Enrolled users.</summary>
    public IReadOnlyList<TenantUser> Users { get; init; } = [];

    /// <summary>Teams and Slack workspaces the tenant is reachable from.</summary>
    public TenantChannels Channels { get; init; } = TenantChannels.Any;

    /// <summary>Skill customizations by skill id.</summary>
    public IReadOnlyDictionary<string, SkillOverride> SkillOverrides { get; init; } = new Dictionary<string, SkillOverride>();

    /// <summary>Webhooks segments can be sent to, by the name users say.</summary>
    public IReadOnlyList<DeliveryDestination> Destinations { get; init; } = [];

    /// <summary>The product event log behavioural personas are found in (<c>behaviour:</c>); null when the tenant has none.</summary>
    public BehaviourEventLog? Behaviour { get; init; }

    /// <summary>The event exports the tenant imports into that event log (<c>event_sources:</c>), by name; empty when none.</summary>
    public IReadOnlyList<EventSourceMapping> EventSources { get; init; } = [];

    /// <summary>The enrolled user with this id, or null.</summary>
    public TenantUser? FindUser(string userId) => Users.FirstOrDefault(u => string.Equals(u.Id, userId, StringComparison.Ordinal));

    /// <summary>The user known by <paramref name="identity"/>: their id or their id on any channel; null when none is.</summary>
    public TenantUser? FindEnrolled(string identity) =>
        FindUser(identity)
        ?? Users.FirstOrDefault(u => u.ChannelIds.Values.Contains(identity, StringComparer.OrdinalIgnoreCase));

    /// <summary>True when the tenant's own rules allow the facet (catalog restrictions are checked separately).</summary>
    public bool AllowsFacet(string facetId) =>
        !RestrictedFacets.Contains(facetId, StringComparer.Ordinal)
        && (AllowedFacets.Count == 0 || AllowedFacets.Contains(facetId, StringComparer.Ordinal));
}
