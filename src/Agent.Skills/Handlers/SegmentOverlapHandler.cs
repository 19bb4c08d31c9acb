using System.Text.RegularExpressions;
using SegmentAI.Skills.Analysis;
using SegmentAI.Skills.Authoring;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Skills.Handlers;

/// <summary>
/// The <c>assess_overlap</c> procedure: how two audiences relate (overlap, share, lift), each side grounded as
/// segment creation grounds a request. Words that describe one audience, not two, are a segment request.
/// </summary>
[SkillOptions(typeof(SegmentOverlapOptions))]
internal sealed partial class SegmentOverlapHandler(SegmentAuthor author) : ISkillHandler
{
    private readonly OverlapAnalyzer _analyzer = new();

    public async Task<ChatReply?> HandleAsync(SkillContext context, CancellationToken cancellationToken = default)
    {
        var turn = context.Turn;
        var skill = context.Skill;
        var text = QuestionLead().Replace(turn.Perception.CorrectedText.Trim().TrimEnd('?', '.', '!'), "");
        // "drafted a term sheet and also sent a DM": "and also" joins two conditions of one audience, not two groups.
        var split = JoinedConditions().IsMatch(text) && !QuestionLead().IsMatch(turn.Perception.CorrectedText) ? Match.Empty : OverlapSplit().Match(text);
        if (!split.Success && turn.Session.Draft is { } draft && OverlapWithDraft().Match(text) is { Success: true } withDraft && turn.Warehouse is not null)
        {
            return await OverlapWithDraftAsync(context, draft, withDraft.Groups["target"].Value.Trim(), cancellationToken).ConfigureAwait(false);
        }

        if (!split.Success)
        {
            // Not two groups to compare ("customers likely to buy electronics"): it is a segment request.
            return await context.HandOverAsync("segment_creation", cancellationToken).ConfigureAwait(false);
        }

        if (turn.Warehouse is null)
        {
            return Replies.Answer(turn, skill, $"I can't measure overlaps without the warehouse: {turn.WarehouseProblem}.");
        }

        var baseText = split.Groups["base"].Value.Trim();
        var targetText = split.Groups["target"].Value.Trim();
        var definitions = new List<SegmentDefinition>();
        foreach (var part in new[] { baseText, targetText })
        {
            var (definition, question) = await author.PlanPartOfMessageAsync(turn, skill, part, cancellationToken).ConfigureAwait(false);
            if (question is not null)
            {
                return question;
            }

            definitions.Add(definition!);
        }

        var result = await _analyzer.AnalyzeAsync(definitions[0], definitions[1], turn.Tenant, turn.Warehouse, turn.AsOf, cancellationToken).ConfigureAwait(false);
        var noun = turn.Tenant.Config.Entity.Noun;
        var answer = $"{result.TargetShareWithinBase:P1} of {baseText} also {targetText} ({result.Both:N0} of {result.BaseSize:N0}), against {result.TargetShareOverall:P1} of all {noun} — lift {result.Lift:0.00}, {Judgement(result, context.Options<SegmentOverlapOptions>(), noun)}.";
        return Replies.Answer(turn, skill, answer.Replace(" %", "%", StringComparison.Ordinal));
    }

    private async Task<ChatReply> OverlapWithDraftAsync(SkillContext context, DraftSegment draft, string targetText, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var skill = context.Skill;
        var (target, question) = await author.PlanPartOfMessageAsync(turn, skill, targetText, cancellationToken).ConfigureAwait(false);
        if (question is not null)
        {
            return question;
        }

        var result = await _analyzer.AnalyzeAsync(draft.Definition, target!, turn.Tenant, turn.Warehouse!, turn.AsOf, cancellationToken).ConfigureAwait(false);
        var name = draft.Definition.Name ?? "this segment";
        var noun = turn.Tenant.Config.Entity.Noun;
        var answer = $"{result.TargetShareWithinBase:P1} of \"{name}\" are also {targetText} ({result.Both:N0} of {result.BaseSize:N0}), against {result.TargetShareOverall:P1} of all {noun} — lift {result.Lift:0.00}, {Judgement(result, context.Options<SegmentOverlapOptions>(), noun)}.";
        return Replies.Answer(turn, skill, answer.Replace(" %", "%", StringComparison.Ordinal));
    }

    // A base too small to conclude from is said so, whatever its lift; otherwise the skill's min_lift judges the lift.
    private static string Judgement(OverlapResult result, SegmentOverlapOptions options, string noun) =>
        result.BaseSize > 0 && result.BaseSize < options.MinAudienceSize
            ? $"but with only {result.BaseSize:N0} {noun} in the first group (fewer than {options.MinAudienceSize:N0}) that is too few to conclude anything"
            : result.Strength(options.MinLift);

    [GeneratedRegex(@"^\s*(?:do|does|did|are|is|will|would|how many|what share of|what percentage of)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionLead();

    [GeneratedRegex(@"\boverlap(?:s)?\s+(?:with|between\s+(?:it|this|this segment)\s+and)\s+(?<target>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OverlapWithDraft();

    [GeneratedRegex(@"^(?<base>.+?)\s+(?:also|too|as well|tend to|usually)\s+(?<target>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OverlapSplit();

    [GeneratedRegex(@"\b(?:and|but)\s+(?:also|too)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinedConditions();
}
