using Microsoft.Extensions.AI;

namespace SegmentAI.Skills.Retrieval;

/// <summary>The <c>GetService</c> every embedder of this project answers the same way: its metadata, or itself.</summary>
internal static class EmbeddingGeneratorServices
{
    public static object? Resolve(object generator, EmbeddingGeneratorMetadata metadata, Type serviceType, object? serviceKey)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        return serviceType == typeof(EmbeddingGeneratorMetadata) ? metadata
            : serviceType.IsInstanceOfType(generator) ? generator
            : null;
    }
}
