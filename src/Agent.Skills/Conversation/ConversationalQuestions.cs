using System.Globalization;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Estimation;
using SegmentAI.Skills.Handlers;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Sql;

namespace SegmentAI.Skills.Conversation;

/// <summary>Questions about the conversation itself, answered before anything is read as an audience.</summary>
internal sealed class ConversationalQuestions(SkillRegistry skills, SkillDispatcher dispatcher, SizeEstimator estimator)
{
    private const int ExamplesShown = 3;

    public async Task<ChatReply?> AnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        return QuestionReader.Read(turn.Perception.NormalizedText, turn.Perception.Entities.Facets.Count > 0) switch
        {
            ConversationalQuestion.NotEnglish => Replies.Answer(turn, dispatcher.SkillFor(Intent.Help, turn.Tenant),
                $"I only understand English for now, so I didn't read that as an audience. Please write it in English, e.g. \"{Examples(turn).FirstOrDefault() ?? "customers who bought toys in the last 30 days"}\"."),
            ConversationalQuestion.AnalyticsNotYet when !Claimed(turn) => Replies.Answer(turn, dispatcher.SkillFor(Intent.Help, turn.Tenant),
                $"I can't analyse that yet (\"{Excerpt(turn.Perception.NormalizedText)}\"): I build and explain segments of {turn.Tenant.Config.Entity.Noun}. "
                + $"I can build segments such as:\n{string.Join("\n", Examples(turn).Select(e => $"- \"{e}\""))}"),
            ConversationalQuestion.DraftSize => await DraftSizeAsync(turn, cancellationToken).ConfigureAwait(false),
            _ => null,
        };
    }

    // An analysis whose words a skill of its own intent claims with a trigger ("what kinds of users do we have?" for
    // behavioural personas) is that skill's to answer; the rest are analyses no skill offers yet. Segment skills'
    // triggers do not count: "revenue breakdown by region" is not an audience breakdown.
    private bool Claimed(TurnContext turn) =>
        skills.ActiveSkills().Where(s => s.Intents.Any(i => !Intent.BuiltIn.Contains(i)))
            .Any(s => s.Triggers.Any(t => t.Matches(turn.Perception.CorrectedText)));

    private static string Excerpt(string text)
    {
        var trimmed = text.Trim().TrimEnd('?', '.', '!');
        return trimmed.Length <= 80 ? trimmed : trimmed[..80].TrimEnd() + "…";
    }

    // The size comes from counting the draft now, never from a number remembered in the conversation.
    private async Task<ChatReply> DraftSizeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var skill = skills.Resolve("segment_explain", turn.Tenant.Config);
        if (turn.Session.Draft is not { } draft)
        {
            return Replies.Answer(turn, skill, $"There's no segment yet to count. Describe an audience first, e.g. \"{Examples(turn).FirstOrDefault() ?? "gold members"}\".");
        }

        if (turn.Warehouse is not { } warehouse)
        {
            return Replies.Answer(turn, skill, $"I can't count it without the warehouse: {turn.WarehouseProblem}.");
        }

        var compiled = SegmentCompiler.Compile(draft.Definition, turn.Tenant, warehouse.Dialect, turn.AsOf);
        var estimate = await estimator.EstimateAsync(compiled, turn.Tenant, warehouse, cancellationToken: cancellationToken).ConfigureAwait(false);
        var noun = turn.Tenant.Config.Entity.Noun;
        var name = draft.Definition.Name ?? "This segment";
        return Replies.Answer(turn, skill, string.Create(CultureInfo.InvariantCulture,
            $"{name} has {estimate.Size:N0} of {estimate.Population:N0} {noun} ({estimate.Share:P1}) as of {turn.AsOf:d MMM yyyy}.").Replace(" %", "%", StringComparison.Ordinal));
    }

    private IEnumerable<string> Examples(TurnContext turn) =>
        skills.ActiveSkills().Where(s => s.SkillId == "segment_creation")
            .SelectMany(s => s.Examples).Where(e => e.Tenant is null || e.Tenant == turn.Tenant.Id).Select(e => e.Input).Take(ExamplesShown);
}
