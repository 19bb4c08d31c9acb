namespace SegmentAI.Skills.Llm;

/// <summary>Price of a model per million tokens, for the cost recorded with every call.</summary>
/// <param name="InputPerMillion">USD per million input tokens.</param>
/// <param name="OutputPerMillion">USD per million output tokens.</param>
internal sealed record ModelPrice(decimal InputPerMillion, decimal OutputPerMillion)
{
    /// <summary>Cost of one call.</summary>
    public decimal Cost(long inputTokens, long outputTokens) =>
        ((inputTokens * InputPerMillion) + (outputTokens * OutputPerMillion)) / 1_000_000m;
}
