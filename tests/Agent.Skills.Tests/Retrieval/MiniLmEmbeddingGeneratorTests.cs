using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using SegmentAI.Skills.Retrieval;

namespace SegmentAI.Skills.Tests.Retrieval;

public sealed class MiniLmEmbeddingGeneratorTests
{
    private static readonly Lazy<MiniLmEmbeddingGenerator> Shared = new(() => MiniLmEmbeddingGenerator.CreateShared());

    private static MiniLmEmbeddingGenerator Generator => Shared.Value;

    [Fact]
    public void Metadata_names_the_model_and_its_384_dimensions()
    {
        var metadata = Generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal("all-MiniLM-L6-v2", metadata.DefaultModelId);
        Assert.Equal(384, metadata.DefaultModelDimensions);
        Assert.Equal(MiniLmEmbeddingGenerator.ProviderName, metadata.ProviderName);
    }

    [Fact]
    public async Task Every_text_gets_a_stable_384_dimension_unit_vector()
    {
        var first = await Generator.GenerateAsync(["gold members"]);
        var second = await Generator.GenerateAsync(["gold members"]);

        Assert.Equal(384, first[0].Vector.Length);
        Assert.Equal(1f, TensorPrimitives.Norm(first[0].Vector.Span), 3);
        Assert.Equal(first[0].Vector.ToArray(), second[0].Vector.ToArray());
        Assert.Equal("all-MiniLM-L6-v2", first[0].ModelId);
    }

    [Fact]
    public async Task Words_of_the_same_meaning_are_closer_than_unrelated_ones_even_without_a_shared_word()
    {
        var vectors = await Generator.GenerateAsync(["moms", "parents with kids at home", "gold loyalty tier"]);

        var related = TensorPrimitives.CosineSimilarity(vectors[0].Vector.Span, vectors[1].Vector.Span);
        var unrelated = TensorPrimitives.CosineSimilarity(vectors[0].Vector.Span, vectors[2].Vector.Span);
        Assert.True(related > unrelated + 0.15f, $"moms ~ parents with kids: {related}, moms ~ gold loyalty tier: {unrelated}");
    }

    [Fact]
    public async Task A_batch_returns_each_text_its_own_vector_in_the_order_given()
    {
        var texts = Enumerable.Range(0, 40).Select(i => i % 3 == 0 ? $"customers in store number {i} who bought garden tools last spring" : $"item {i}").ToArray();
        var generator = MiniLmEmbeddingGenerator.CreateShared(new MiniLmEmbeddingOptions { BatchSize = 7 });

        var batch = await generator.GenerateAsync(texts);

        Assert.Equal(texts.Length, batch.Count);
        foreach (var i in new[] { 0, 1, 17, 39 })
        {
            var alone = await Generator.GenerateVectorAsync(texts[i]);
            Assert.True(TensorPrimitives.CosineSimilarity(alone.Span, batch[i].Vector.Span) > 0.999f, $"text {i} got another text's vector");
        }
    }

    [Fact]
    public async Task Line_breaks_and_tabs_separate_words_like_spaces()
    {
        var spaced = await Generator.GenerateVectorAsync("pet owners in Texas");
        var broken = await Generator.GenerateVectorAsync("pet\towners\nin  Texas");

        Assert.True(TensorPrimitives.CosineSimilarity(spaced.Span, broken.Span) > 0.999f);
    }

    [Fact]
    public async Task A_blank_text_is_a_zero_vector()
    {
        var vectors = await Generator.GenerateAsync(["", "  ", "gold members"]);

        Assert.All(vectors[0].Vector.ToArray(), x => Assert.Equal(0f, x));
        Assert.All(vectors[1].Vector.ToArray(), x => Assert.Equal(0f, x));
        Assert.Equal(1f, TensorPrimitives.Norm(vectors[2].Vector.Span), 3);
    }

    [Fact]
    public async Task A_cancelled_call_throws_operation_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Generator.GenerateAsync(["gold members"], cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task Concurrent_callers_each_get_their_own_texts_vectors()
    {
        var phrases = new[] { "moms", "tech lovers", "lapsed shoppers", "gold members", "renters", "Texans", "coupon clippers", "heavy browsers" };
        var expected = await Generator.GenerateAsync(phrases);
        var generator = MiniLmEmbeddingGenerator.CreateShared(new MiniLmEmbeddingOptions { MaxConcurrency = 3 });

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(async () => (i, await generator.GenerateVectorAsync(phrases[i % phrases.Length])))));

        Assert.All(results, r => Assert.True(TensorPrimitives.CosineSimilarity(expected[r.i % phrases.Length].Vector.Span, r.Item2.Span) > 0.999f));
    }

    [Fact]
    public async Task A_generator_with_its_own_model_refuses_work_once_disposed()
    {
        var generator = new MiniLmEmbeddingGenerator();
        var vector = await generator.GenerateVectorAsync("gold members");

        generator.Dispose();
        generator.Dispose();

        Assert.Equal(384, vector.Length);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => generator.GenerateAsync(["gold members"]));
    }
}
