using Microsoft.Extensions.AI;

namespace SegmentAI.Skills.Llm.Caching;

/// <summary>Puts the on-disk response cache in front of a chat client.</summary>
internal static class LlmResponseCaching
{
    /// <summary>
    /// <paramref name="inner"/> behind Microsoft.Extensions.AI's <see cref="DistributedCachingChatClient"/> over a
    /// <see cref="FileResponseCache"/>; the key covers the full request plus <paramref name="modelId"/> and the salt,
    /// because the model a client talks to is not part of the request. Returns <paramref name="inner"/> when the cache is off.
    /// </summary>
    public static IChatClient Use(IChatClient inner, LlmResponseCacheOptions options, string modelId)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return inner;
        }

        return new ChatClientBuilder(inner)
            .UseDistributedCache(new FileResponseCache(options.Directory!), cache => cache.CacheKeyAdditionalValues = [modelId, options.Salt])
            .Build();
    }
}
