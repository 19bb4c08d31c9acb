using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Handlers;

/// <summary>
/// Runs the skill a turn was routed to: the skills whose YAML serves the intent are asked in turn (those whose own
/// triggers match the words first), and the first handler that answers gives the reply.
/// </summary>
internal sealed class SkillDispatcher(SkillRegistry skills, SkillHandlerCatalog handlers, TurnRatings ratings)
{
    private const string OutOfScopeText =
        "That's outside what I do. I build and explain customer segments: describe an audience (\"gold members who bought baby products in the last 30 days\") and I'll ground it in your catalog, size it and give you the SQL.";

    /// <summary>The skill a reply about <paramref name="intent"/> is attributed to before any handler runs; null when none serves it.</summary>
    public ResolvedSkill? SkillFor(Intent intent, Tenant tenant)
    {
        try
        {
            return skills.ForIntent(Served(intent), tenant.Config).FirstOrDefault();
        }
        catch (SkillResolutionException)
        {
            return null;
        }
    }

    /// <summary>The reply of the first skill serving <paramref name="intent"/> that answers the turn.</summary>
    public async Task<ChatReply> RouteAsync(TurnContext turn, Intent intent, CancellationToken cancellationToken = default)
    {
        if (intent == Intent.Feedback)
        {
            // A rating is kept with the conversation rather than run by a skill; words that rate nothing but name an
            // audience are a request for it.
            if (await ratings.RateAsync(turn, SkillFor(intent, turn.Tenant), cancellationToken).ConfigureAwait(false) is { } rated)
            {
                return rated;
            }

            intent = Intent.Create;
        }

        intent = Served(intent);
        foreach (var skill in Candidates(intent, turn))
        {
            if (await RunAsync(turn, skill, intent, cancellationToken).ConfigureAwait(false) is { } reply)
            {
                return reply;
            }
        }

        // A plug-in intent the text model chose although its skills find none of their words in the message was a
        // guess ("which founders have been dropping off lately?" is an audience, not a request for personas): the
        // model's second choice, or a new audience, gets the turn instead of "that's outside what I do".
        if (!Intent.BuiltIn.Contains(intent))
        {
            var fallback = turn.Perception.Intent?.RunnerUp is { } runnerUp && Intent.BuiltIn.Contains(runnerUp) && runnerUp != Intent.OutOfScope ? runnerUp : Intent.Create;
            return await RouteAsync(turn, fallback, cancellationToken).ConfigureAwait(false);
        }

        return Replies.Answer(turn, SkillFor(Intent.Help, turn.Tenant), OutOfScopeText);
    }

    /// <summary>The reply of skill <paramref name="skillId"/> to the turn, whatever intent led to the skill handing it over.</summary>
    public async Task<ChatReply> HandOverAsync(TurnContext turn, string skillId, Intent intent, CancellationToken cancellationToken = default) =>
        await RunAsync(turn, skills.Resolve(skillId, turn.Tenant.Config), intent, cancellationToken).ConfigureAwait(false)
            ?? Replies.Answer(turn, SkillFor(Intent.Help, turn.Tenant), OutOfScopeText);

    private Task<ChatReply?> RunAsync(TurnContext turn, ResolvedSkill skill, Intent intent, CancellationToken cancellationToken) =>
        handlers.HandlerFor(skill.Skill).HandleAsync(new SkillContext(turn, skill, intent, this), cancellationToken);

    // An answer with no question waiting for it (the pending question is settled before routing) describes an
    // audience the way a new request does.
    private static Intent Served(Intent intent) => intent == Intent.Answer ? Intent.Create : intent;

    // The skill whose own trigger matches the most of these words is the most specific reading ("break it down by
    // state" is a breakdown, "break it down" an explanation); the rest keep their stable order.
    private IEnumerable<ResolvedSkill> Candidates(Intent intent, TurnContext turn)
    {
        var text = turn.Perception.CorrectedText;
        return skills.ForIntent(intent, turn.Tenant.Config)
            .OrderByDescending(s => s.Skill.Triggers.Where(t => t.Intent == intent).Select(t => t.MatchLength(text)).DefaultIfEmpty(0).Max());
    }
}
