using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using SegmentAI.Skills.Retrieval;

namespace SegmentAI.Skills.Tests.Retrieval;

public sealed class HashedNgramEmbeddingGeneratorTests
{
    private readonly HashedNgramEmbeddingGenerator _generator = new();

    [Fact]
    public void Metadata_names_the_local_provider_and_its_dimensions()
    {
        var metadata = _generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal(HashedNgramEmbeddingGenerator.ProviderName, metadata.ProviderName);
        Assert.Equal(512, metadata.DefaultModelDimensions);
    }

    [Fact]
    public async Task The_same_text_always_gets_the_same_unit_vector()
    {
        var first = await _generator.GenerateVectorAsync("electronics buyers");
        var second = await new HashedNgramEmbeddingGenerator().GenerateVectorAsync("electronics buyers");

        Assert.Equal(512, first.Length);
        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(1f, TensorPrimitives.Norm(first.Span), 3);
    }

    [Fact]
    public async Task Inflections_and_typos_stay_closer_than_unrelated_words()
    {
        var bought = await _generator.GenerateVectorAsync("bought diapers");
        var buyers = await _generator.GenerateVectorAsync("diaper buyers");
        var typo = await _generator.GenerateVectorAsync("dipers");
        var diapers = await _generator.GenerateVectorAsync("diapers");
        var unrelated = await _generator.GenerateVectorAsync("purple elephants");

        var inflected = TensorPrimitives.CosineSimilarity(bought.Span, buyers.Span);
        var misspelt = TensorPrimitives.CosineSimilarity(typo.Span, diapers.Span);
        var different = TensorPrimitives.CosineSimilarity(unrelated.Span, diapers.Span);
        Assert.True(inflected > 0.6f, $"bought diapers ~ diaper buyers: {inflected}");
        Assert.True(misspelt > different + 0.1f, $"dipers ~ diapers: {misspelt}, purple elephants ~ diapers: {different}");
    }

    [Fact]
    public async Task A_text_without_content_words_is_a_zero_vector()
    {
        var vector = await _generator.GenerateVectorAsync("the of and");

        Assert.All(vector.ToArray(), x => Assert.Equal(0f, x));
    }
}
