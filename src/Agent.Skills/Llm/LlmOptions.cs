namespace SegmentAI.Skills.Llm;

/// <summary>
/// An optional OpenAI-compatible endpoint, bound from the <c>Llm</c> configuration section. With no endpoint the
/// engine is fully deterministic; with one, turns it cannot ground with confidence make one model call.
/// </summary>
internal sealed class LlmOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Llm";

    /// <summary>Base URL of an OpenAI-compatible API (e.g. https://host/v1); empty disables the LLM.</summary>
    public string? Endpoint { get; set; }

    /// <summary>API key; may be empty for local servers.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Model id per tier.</summary>
    public Dictionary<ModelTier, string> Models { get; set; } = new()
    {
        [ModelTier.Simple] = "gpt-4o-mini",
        [ModelTier.Standard] = "gpt-4o",
        [ModelTier.Reasoning] = "o3-mini",
    };

    /// <summary>Price per model id (USD per million tokens).</summary>
    public Dictionary<string, ModelPrice> Prices { get; set; } = new(StringComparer.Ordinal)
    {
        ["gpt-4o-mini"] = new(0.15m, 0.60m),
        ["gpt-4o"] = new(2.50m, 10.00m),
        ["o3-mini"] = new(1.10m, 4.40m),
    };

    /// <summary>Longest a call may take before the deterministic result is used instead.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The on-disk response cache that makes runs with a model repeatable.</summary>
    public Caching.LlmResponseCacheOptions ResponseCache { get; set; } = new();

    /// <summary>True when an endpoint is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);
}
