using System.Globalization;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Authoring;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Handlers;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Skills.Conversation;

/// <summary>
/// The answer to the one question the agent asked: it completes the request that was waiting for it (a new
/// segment, an addition, an exclusion, one part of a compound change), settles a deletion, or picks one of two
/// readings. A message that answers nothing moves the conversation on, and the question is never asked again.
/// </summary>
internal sealed partial class PendingAnswers(SegmentAuthor author, AmbiguityResolver resolver, SkillDispatcher dispatcher)
{
    public async Task<ChatReply?> TryAnswerAsync(TurnContext turn, PendingClarification pending, CancellationToken cancellationToken)
    {
        if (pending.Slot.Kind == "confirm_delete")
        {
            // Whatever the classifier made of "yes" or "no, keep it", a pending deletion is settled by the confirmation flow.
            return AnswerMatcher.Match(turn.Perception.NormalizedText, pending.Options) is not null || YesOrNo().IsMatch(turn.Perception.NormalizedText)
                ? await dispatcher.RouteAsync(turn, Intent.Confirm, cancellationToken).ConfigureAwait(false)
                : null;
        }

        var answer = AnswerMatcher.Match(turn.Perception.NormalizedText, pending.Options);
        if (answer is null)
        {
            // Not an answer to the question: the user moved on. The slot stays asked, so it is never asked again.
            turn.Session = turn.Session with { Pending = null, TaskStep = "idle" };
            return null;
        }

        if (pending.Slot.Kind == "intent_choice")
        {
            await resolver.RecordAnswerAsync(turn.Ambiguities, turn.Tenant.Id, turn.Request.UserId, turn.Session.SessionId, pending.Slot, answer, turn.Turn, learn: false, cancellationToken).ConfigureAwait(false);
            turn.Session = turn.Session with { Pending = null, TaskStep = "idle" };
            turn.Perception = author.PerceiveText(turn, pending.Request);
            // Sessions saved before intents were names hold "Create"; TryParse reads both spellings.
            return await dispatcher.RouteAsync(turn, Intent.TryParse(answer.Value, out var chosen) ? chosen : Intent.Create, cancellationToken).ConfigureAwait(false);
        }

        var learn = turn.Tenant.Config.VagueTerms.Any(t => t.Kind == pending.Slot.Kind);
        await resolver.RecordAnswerAsync(turn.Ambiguities, turn.Tenant.Id, turn.Request.UserId, turn.Session.SessionId, pending.Slot, answer, turn.Turn, learn, cancellationToken).ConfigureAwait(false);
        turn.Audit.Add(new AuditEntry("answer", $"{pending.Slot.Key} = {answer.Label}", 0));
        var step = turn.Session.TaskStep;
        turn.Session = turn.Session with { Pending = null, TaskStep = "idle" };
        var request = pending.Slot.Kind == "facet_choice" ? $"{pending.Request} ({answer.Label})" : pending.Request;
        if (step.StartsWith("awaiting_answer:edit:", StringComparison.Ordinal) && turn.Session.Draft is not null)
        {
            // The answer completes one part of a compound change; the whole change is worked out again with it.
            var clauses = EditClauses.Split(pending.Request).ToList();
            var index = int.Parse(step["awaiting_answer:edit:".Length..], CultureInfo.InvariantCulture);
            if (pending.Slot.Kind == "facet_choice" && index < clauses.Count)
            {
                clauses[index] = $"{clauses[index]} ({answer.Label})";
            }

            turn.Perception = author.PerceiveText(turn, EditClauses.Join(clauses));
            return await author.EditAsync(turn, cancellationToken).ConfigureAwait(false);
        }

        return step switch
        {
            "awaiting_answer:add" => await author.CreateAsync(turn, request, cancellationToken, combineWith: turn.Session.Draft?.Definition.Root).ConfigureAwait(false),
            "awaiting_answer:exclude" => await author.CreateAsync(turn, request, cancellationToken, combineWith: turn.Session.Draft?.Definition.Root, negate: true).ConfigureAwait(false),
            _ => await author.CreateAsync(turn, request, cancellationToken).ConfigureAwait(false),
        };
    }

    [GeneratedRegex(@"^\s*(yes|yeah|yep|sure|ok|okay|confirm|do it|go ahead|no|nope|cancel|keep it|don't)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YesOrNo();
}
