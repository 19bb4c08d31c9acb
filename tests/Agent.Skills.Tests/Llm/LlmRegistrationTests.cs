using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Llm;

namespace SegmentAI.Skills.Tests.Llm;

public sealed class LlmRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSegmentLlm(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Without_an_endpoint_no_model_is_registered()
    {
        using var services = Build([]);

        Assert.Null(services.GetService<SegmentDrafter>());
        Assert.False(services.GetRequiredService<LlmOptions>().Enabled);
    }

    [Fact]
    public void With_an_endpoint_the_drafter_and_tiers_are_configured()
    {
        using var services = Build(new()
        {
            ["Llm:Endpoint"] = "http://127.0.0.1:9/v1",
            ["Llm:Models:Reasoning"] = "local-reasoner",
            ["Llm:Timeout"] = "00:00:03",
        });

        Assert.NotNull(services.GetService<SegmentDrafter>());
        var options = services.GetRequiredService<LlmOptions>();
        Assert.Equal("local-reasoner", options.Models[ModelTier.Reasoning]);
        Assert.Equal("gpt-4o", options.Models[ModelTier.Standard]);
        Assert.Equal(TimeSpan.FromSeconds(3), options.Timeout);
    }
}
