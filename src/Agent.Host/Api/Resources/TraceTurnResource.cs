using System.Text.Json;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Host.Api.Resources;

/// <summary>One turn of the conversation that built a segment, as long-term memory recorded it.</summary>
/// <param name="Turn">Number of the user's message in the session.</param>
/// <param name="At">When it was handled.</param>
/// <param name="Channel">Channel it arrived on.</param>
/// <param name="User">Who wrote it.</param>
/// <param name="Query">What they wrote.</param>
/// <param name="Intent">Intent it was routed by.</param>
/// <param name="IntentConfidence">Confidence of the intent.</param>
/// <param name="Skill">Skill that answered.</param>
/// <param name="ReplyKind">segment, clarification, refusal, answer or error.</param>
/// <param name="Definition">Definition the turn produced, for segment replies.</param>
/// <param name="Confidence">Confidence of that definition.</param>
/// <param name="RetrievedFacets">Facets retrieval offered, with scores and whether each was chosen.</param>
/// <param name="InferredValues">Values settled without being said in the turn (answers, preferences, defaults).</param>
/// <param name="Steps">The execution trace.</param>
/// <param name="Problem">Why the turn failed or was refused.</param>
internal sealed record TraceTurnResource(
    int Turn,
    DateTimeOffset At,
    string Channel,
    string User,
    string Query,
    string? Intent,
    double? IntentConfidence,
    SkillReference? Skill,
    string ReplyKind,
    JsonElement? Definition,
    double? Confidence,
    IReadOnlyList<RetrievedFacet> RetrievedFacets,
    IReadOnlyList<InferredValue> InferredValues,
    IReadOnlyList<TraceStepResource> Steps,
    string? Problem)
{
    public static TraceTurnResource From(TurnRecord record) => new(
        record.Turn,
        record.At,
        record.Channel,
        record.UserId,
        record.Query,
        record.Intent,
        record.IntentConfidence,
        record.SkillId is null ? null : new SkillReference(record.SkillId, record.SkillVersion ?? ""),
        record.ReplyKind,
        record.DefinitionJson is null ? null : JsonDocument.Parse(record.DefinitionJson).RootElement.Clone(),
        record.Confidence,
        record.RetrievedFacets,
        record.InferredValues,
        record.Trace.Select(s => new TraceStepResource(s.Step, s.Detail, s.ElapsedMs)).ToList(),
        record.Problem);
}
