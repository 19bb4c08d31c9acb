using System.ClientModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OpenAI;
using SegmentAI.Skills.Llm;
using SegmentAI.Skills.Llm.Caching;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the optional model: nothing when no endpoint is configured, an OpenAI-compatible client otherwise.</summary>
public static class LlmServiceCollectionExtensions
{
    /// <summary>Adds <see cref="SegmentDrafter"/> and <see cref="AnswerRephraser"/> when the <c>Llm</c> section names an endpoint.</summary>
    public static IServiceCollection AddSegmentLlm(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new LlmOptions();
        configuration.GetSection(LlmOptions.SectionName).Bind(options);
        services.AddSingleton(options);
        if (!options.Enabled)
        {
            return services;
        }

        services.AddSingleton<IChatClient>(_ =>
        {
            var client = new OpenAIClient(
                new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "unused" : options.ApiKey),
                new OpenAIClientOptions { Endpoint = new Uri(options.Endpoint!) });
            var model = options.Models[ModelTier.Standard];
            return LlmResponseCaching.Use(client.GetChatClient(model).AsIChatClient(), options.ResponseCache, model);
        });
        services.AddSingleton(sp => new SegmentDrafter(sp.GetRequiredService<IChatClient>(), options, sp.GetRequiredService<ILogger<SegmentDrafter>>()));
        services.AddSingleton(sp => new AnswerRephraser(sp.GetRequiredService<IChatClient>(), options, sp.GetRequiredService<ILogger<AnswerRephraser>>()));
        return services;
    }
}
