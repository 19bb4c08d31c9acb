using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Tests.Hosting;

public sealed class SkillsRegistrationTests
{
    [Fact]
    public async Task The_embedded_default_resolves_every_core_service_without_servers()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([]).Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSegmentSkills()
            .BuildServiceProvider();

        var tenants = services.GetRequiredService<TenantDirectory>();
        var registry = services.GetRequiredService<SkillRegistry>();
        var classifier = services.GetRequiredService<IIntentClassifier>();
        var retriever = services.GetRequiredService<FacetRetriever>();
        var embeddings = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        Assert.Equal(3, tenants.Tenants.Count);
        Assert.Equal("segment_creation", registry.Resolve("segment_creation", tenants.Get("acme-retail").Config).SkillId);
        Assert.Equal(Intent.Create, classifier.Classify("create a segment of gold members", awaitingAnswer: false).Intent);
        Assert.NotNull(embeddings.GetService<MiniLmEmbeddingGenerator>());
        Assert.IsType<InMemoryFacetVectorIndex>(services.GetRequiredService<IFacetVectorIndex>());
        Assert.NotNull(retriever);
    }
}
