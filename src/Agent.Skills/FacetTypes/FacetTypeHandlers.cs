using System.Collections.Frozen;
using SegmentAI.Skills.Catalog;

namespace SegmentAI.Skills.FacetTypes;

/// <summary>The one place facet types are registered: each <see cref="FacetType"/> and the handler that knows it.</summary>
internal static class FacetTypeHandlers
{
    private static readonly FrozenDictionary<FacetType, FacetTypeHandler> ByType = new FacetTypeHandler[]
    {
        new ListFacetType(),
        new NumberFacetType(),
        new MoneyFacetType(),
        new DateFacetType(),
        new BooleanFacetType(),
    }.ToFrozenDictionary(handler => handler.Type);

    /// <summary>Every registered handler.</summary>
    public static IReadOnlyCollection<FacetTypeHandler> All => ByType.Values;

    /// <summary>The handler of <paramref name="type"/>.</summary>
    public static FacetTypeHandler For(FacetType type) =>
        ByType.TryGetValue(type, out var handler) ? handler : throw new InvalidOperationException($"no handler is registered for facet type {type}");

    /// <summary>The handler of the facet's type.</summary>
    public static FacetTypeHandler Of(Facet facet) => For(facet.Type);
}
