using System.Globalization;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Skills.Sessions;

/// <summary>Explicit feedback: a 1–5 rating, a thumb or a clear verdict on the last answer, kept with the conversation.</summary>
internal sealed partial class TurnRatings(TurnJournal journal, LongTermMemory memory)
{
    /// <summary>
    /// Records the rating the message gives the last answer, or asks for one. Null when the message rates nothing
    /// but names an audience ("separately, I want recent high-value customers"): that is a request, not feedback.
    /// </summary>
    public async Task<ChatReply?> RateAsync(TurnContext turn, ResolvedSkill? skill, CancellationToken cancellationToken)
    {
        var text = turn.Request.Text ?? "";
        var rating = RatingOf(text);
        if (rating is null && turn.Perception.NamesAnAudience(turn.Tenant))
        {
            return null;
        }

        if (rating is null)
        {
            return Replies.Answer(turn, skill, "Thanks — how would you rate that answer from 1 (poor) to 5 (great)? You can add a comment after the number.");
        }

        var feedback = journal.Signal(turn, FeedbackKind.Rating, rating, text.Length > FeedbackRules.MaxCommentLength ? text[..FeedbackRules.MaxCommentLength] : text);
        await memory.Feedback.RecordAsync(feedback, cancellationToken).ConfigureAwait(false);
        return Replies.Answer(turn, skill, rating >= 4
            ? $"Thanks for the {rating}/5 — noted with this conversation."
            : $"Thanks for the {rating}/5 — noted with this conversation so the team can improve this skill. Tell me what to change and I'll fix the segment.");
    }

    /// <summary>A 1–5 rating in a message: "4/5", "5 stars", "rate it 2", a thumb, or a clear verdict ("perfect", "that's wrong").</summary>
    public static int? RatingOf(string text)
    {
        if (ExplicitRating().Match(text) is { Success: true } match)
        {
            return int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        }

        if (text.Contains("👍", StringComparison.Ordinal) || PraiseWords().IsMatch(text))
        {
            return 5;
        }

        return text.Contains("👎", StringComparison.Ordinal) || ComplaintWords().IsMatch(text) ? 1 : null;
    }

    public static bool IsExplicitRating(string text) =>
        ExplicitRating().IsMatch(text) || text.Trim() is "👍" or "👎";


    [GeneratedRegex(@"\b(?<n>[1-5])\s*(?:/\s*5|out of 5|stars?|points?)\b|\b(?:rate|rating|give (?:it|you|this)|score)\D{0,12}(?<n>[1-5])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitRating();

    [GeneratedRegex(@"\b(perfect|great|excellent|awesome|love (it|this)|spot on|exactly (right|what i (wanted|needed)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PraiseWords();

    [GeneratedRegex(@"\b(that'?s wrong|wrong|useless|terrible|awful|not what i (asked|wanted|meant)|bad answer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComplaintWords();
}
