using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Skills.Sessions;

/// <summary>Builds the chat contract's replies, so every reply names its skill and carries the turn's audit trail.</summary>
internal static class Replies
{
    // An answer about a segment (an explanation) is its text; the card rides along in the segment field only, so a
    // channel drawing contents shows the explanation rather than the card.
    public static ChatReply Answer(TurnContext turn, ResolvedSkill? skill, string text, SegmentCard? segment = null) =>
        new() { Kind = ReplyKind.Answer, Text = text, SessionId = turn.Session.SessionId, Skill = Reference(skill), Segment = segment, Audit = turn.Audit };

    // A segment or a question is both a typed content item and, for clients written before contents, its own field.
    public static ChatReply Segment(TurnContext turn, ResolvedSkill skill, string text, SegmentCard card) => new()
    {
        Kind = ReplyKind.Segment,
        Text = text,
        SessionId = turn.Session.SessionId,
        Skill = Reference(skill),
        Segment = card,
        Contents = [new SegmentContent(card)],
        Audit = turn.Audit,
    };

    public static ChatReply Clarification(TurnContext turn, ResolvedSkill? skill, AmbiguityDecision question)
    {
        var options = question.Options.Select(o => o.Label).ToList();
        var text = options.Count == 0
            ? question.Question!
            : question.Question + "\n" + string.Join("\n", options.Select((o, i) => $"{i + 1}. {o}"));
        var card = new ClarificationCard(question.Slot.Key, question.Question!, options);
        return new()
        {
            Kind = ReplyKind.Clarification,
            Text = text,
            SessionId = turn.Session.SessionId,
            Skill = Reference(skill),
            Clarification = card,
            Contents = [new ClarificationContent(card)],
            Audit = turn.Audit,
        };
    }

    public static ChatReply Refusal(TurnContext turn, ResolvedSkill? skill, string reason, string category) =>
        new()
        {
            Kind = ReplyKind.Refusal,
            Text = $"I can't do that: {reason}",
            SessionId = turn.Session.SessionId,
            Skill = Reference(skill),
            Refusal = new RefusalCard(reason, category),
            Audit = turn.Audit,
        };

    public static ChatReply Error(TurnContext turn, ResolvedSkill? skill, string text) =>
        new() { Kind = ReplyKind.Error, Text = text, SessionId = turn.Session.SessionId, Skill = Reference(skill), Audit = turn.Audit };

    private static SkillReference? Reference(ResolvedSkill? skill) => skill is null ? null : new SkillReference(skill.SkillId, skill.Version);
}
