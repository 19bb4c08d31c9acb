using System.Text;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Llm;

/// <summary>A compact, stable text of a tenant's usable facets for prompts: id, name, type, kind, operators, category.</summary>
internal static class CatalogOutline
{
    /// <summary>One line per usable facet, grouped by category; restricted and PII facets are left out.</summary>
    public static string For(Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var text = new StringBuilder();
        foreach (var group in tenant.Catalog.Facets.Where(f => tenant.WhyFacetIsUnusable(f) is null).GroupBy(f => f.Category))
        {
            text.Append("# ").AppendLine(group.Key);
            foreach (var facet in group)
            {
                text.Append("- ").Append(facet.Id).Append(" (").Append(facet.Name).Append("): ")
                    .Append(SnakeCase.From(facet.Type.ToString())).Append(' ').Append(SnakeCase.From(facet.Kind.ToString()))
                    .Append("; operators ").Append(string.Join(", ", facet.Operators.Select(o => SnakeCase.From(o.ToString()))));
                if (facet.Values.Count > 0)
                {
                    text.Append("; ").Append(facet.Values.Count).Append(" values");
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }
}
