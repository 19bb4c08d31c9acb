using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Handlers;

/// <summary>What a skill handler works with: the turn in progress, the skill as the tenant gets it, and its options.</summary>
public sealed class SkillContext
{
    private readonly SkillDispatcher _dispatcher;

    internal SkillContext(TurnContext turn, ResolvedSkill skill, Intent intent, SkillDispatcher dispatcher)
    {
        Turn = turn;
        Skill = skill;
        Intent = intent;
        _dispatcher = dispatcher;
    }

    /// <summary>The skill being run, with the tenant's version and parameter overrides.</summary>
    public ResolvedSkill Skill { get; }

    /// <summary>The intent the turn was routed by.</summary>
    public Intent Intent { get; }

    /// <summary>The tenant the turn is for.</summary>
    public Tenant Tenant => Turn.Tenant;

    /// <summary>The message as the channel sent it.</summary>
    public ChatRequest Request => Turn.Request;

    /// <summary>The message as perceived: normalized, corrected, with its entities.</summary>
    public PerceptionResult Perception => Turn.Perception;

    /// <summary>The session as it stands in this turn (its draft, pending question and turns).</summary>
    public SessionState Session => Turn.Session;

    internal TurnContext Turn { get; }

    /// <summary>The skill's parameters bound to <typeparamref name="TOptions"/>, the options type its handler declared.</summary>
    public TOptions Options<TOptions>() where TOptions : class, new() => SkillOptionsBinder.Bind<TOptions>(Skill);

    /// <summary>
    /// Hands the turn to another skill ("show us founders on the pro plan" names no saved segment but describes an
    /// audience: segment creation answers it).
    /// </summary>
    public Task<ChatReply> HandOverAsync(string skillId, CancellationToken cancellationToken = default) =>
        _dispatcher.HandOverAsync(Turn, skillId, Intent, cancellationToken);
}
