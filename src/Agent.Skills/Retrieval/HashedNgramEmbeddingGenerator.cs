using System.Numerics.Tensors;
using Microsoft.Extensions.AI;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// The embedded default embedding generator: local, deterministic and free. Each text becomes a signed
/// feature-hashed bag of character 3–5-grams of its stemmed words plus word unigrams and bigrams, L2-normalized,
/// so cosine similarity rewards shared words and tolerates typos and inflections ("dipers", "bought").
/// </summary>
public sealed class HashedNgramEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Provider name reported in the metadata.</summary>
    public const string ProviderName = "segmentai-hashed-ngrams";

    /// <summary>Default number of dimensions.</summary>
    public const int DefaultDimensions = 512;

    // Whole words say more than fragments of them; n-grams mostly rescue typos.
    private const float WordWeight = 2.0f;
    private const float BigramWeight = 1.5f;
    private const float NgramWeight = 0.5f;

    private readonly int _dimensions;

    /// <summary>Creates a generator with <paramref name="dimensions"/> output dimensions.</summary>
    public HashedNgramEmbeddingGenerator(int dimensions = DefaultDimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 16);
        _dimensions = dimensions;
        Metadata = new EmbeddingGeneratorMetadata(ProviderName, providerUri: null, defaultModelId: $"hashed-ngrams-3-5-{dimensions}", defaultModelDimensions: dimensions);
    }

    /// <summary>Provider name, model id and dimensions.</summary>
    public EmbeddingGeneratorMetadata Metadata { get; }

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            embeddings.Add(new Embedding<float>(Embed(value)) { ModelId = Metadata.DefaultModelId, CreatedAt = null });
        }

        return Task.FromResult(embeddings);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        EmbeddingGeneratorServices.Resolve(this, Metadata, serviceType, serviceKey);

    /// <inheritdoc />
    public void Dispose()
    {
        // Holds no resources.
    }

    private float[] Embed(string text)
    {
        var vector = new float[_dimensions];
        var tokens = RetrievalText.ContentTokens(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            Add(vector, "w:" + tokens[i], WordWeight);
            if (i > 0)
            {
                Add(vector, "b:" + tokens[i - 1] + " " + tokens[i], BigramWeight);
            }

            var padded = "<" + tokens[i] + ">";
            for (var n = 3; n <= 5; n++)
            {
                for (var start = 0; start + n <= padded.Length; start++)
                {
                    Add(vector, "c:" + padded.Substring(start, n), NgramWeight);
                }
            }
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }

    private void Add(float[] vector, string feature, float weight)
    {
        var hash = Fnv1a(feature);
        var index = (int)(hash % (uint)_dimensions);
        vector[index] += (hash & 0x8000_0000_0000_0000UL) == 0 ? weight : -weight;
    }

    // FNV-1a is stable across processes and runtimes, unlike string.GetHashCode, so vectors stored in an
    // external index stay comparable with vectors computed later.
    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return hash;
    }
}
