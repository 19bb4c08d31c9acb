using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Authoring;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Handlers;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Skills.Conversation;

/// <summary>
/// Decides what a turn asks for. The text model proposes an intent; fixed shapes (memory commands, ratings) and the
/// words themselves (an audience named in an unsure message) correct it, and an unsure choice between two very
/// different outcomes becomes a question offering both readings.
/// </summary>
internal static partial class TurnRouter
{
    // Readings a classifier may give a request it did not recognize; unsure, they yield to catalog words.
    private static readonly Intent[] UnsureReadings = [Intent.Feedback, Intent.OutOfScope, Intent.Help, Intent.Confirm, Intent.Answer];

    // Requests to change segments; a rating word inside one ("make it better") is not feedback.
    private static readonly Intent[] SegmentChanges = [Intent.Create, Intent.Edit, Intent.Delete];

    /// <summary>The intent the turn is routed by: the classifier's, corrected where the words decide it.</summary>
    public static Intent Decide(TurnContext turn)
    {
        var perception = turn.Perception;
        var intent = perception.Intent?.Intent ?? Intent.OutOfScope;
        if (UnsureReadings.Contains(intent)
            && perception.Intent?.Confidence < 0.6 && perception.NamesAnAudience(turn.Tenant) && turn.Session.Pending is null
            && !TurnRatings.IsExplicitRating(perception.NormalizedText))
        {
            // An unsure classification of a message that names catalog terms ("electronics buyers") is a segment request
            // (an "answer" with no question asked is one too),
            // or, said against a draft with a refining cue ("do it for platinum too"), a change to that draft.
            intent = turn.Session.Draft is not null && (SegmentAuthor.TooCue().IsMatch(perception.CorrectedText) || RefiningCue().IsMatch(perception.CorrectedText))
                ? Intent.Edit
                : Intent.Create;
        }
        else if (intent == Intent.OutOfScope && turn.Session.Pending is null && perception.NamesAnAudience(turn.Tenant)
            && AudienceWithTopicWord().IsMatch(perception.CorrectedText) && !ChatRequest().IsMatch(perception.CorrectedText))
        {
            // "founders building in crypto", "customers who bought football boots": a topic word inside a description of
            // people is something about them to ground (or ask about), not small talk.
            intent = Intent.Create;
        }
        else if (intent == Intent.OutOfScope && turn.Session.Pending is null && AboutPeople().IsMatch(perception.CorrectedText)
            && perception.Entities.Facets.Any(m => m.Meanings.Any(x => x.Value is not null)) && !ChatRequest().IsMatch(perception.CorrectedText))
        {
            // "who's got a Notion seat?", "everyone holding a 1Password licence": people described by a value the catalog
            // lists are an audience, whatever the classifier made of the phrasing.
            intent = Intent.Create;
        }
        else if (intent == Intent.Query && perception.Intent?.Confidence < 0.6 && turn.Session.Pending is null && turn.Session.Draft is null
            && !LibraryWords().IsMatch(perception.CorrectedText) && perception.NamesAnAudience(turn.Tenant))
        {
            // "our biggest spenders this quarter" names people, not saved segments: with nothing drafted it asks for a segment.
            intent = Intent.Create;
        }

        return OverrideByCommand(intent, perception, turn.Session.Pending is not null);
    }

    // Memory commands and explicit ratings have a fixed shape; their words, not the text model, decide them, and the
    // model alone never sends a request to the memory skill.
    private static Intent OverrideByCommand(Intent intent, PerceptionResult perception, bool awaitingAnswer)
    {
        var text = perception.NormalizedText.Trim().TrimEnd('.', '!', '?');
        if (UserMemoryHandler.IsMemoryCommand(text))
        {
            return Intent.Memory;
        }

        if (intent == Intent.Memory)
        {
            return perception.Intent?.RunnerUp is { } runnerUp && runnerUp != Intent.Memory && runnerUp != Intent.Confirm
                && (runnerUp != Intent.Answer || awaitingAnswer)
                ? runnerUp
                : Intent.Create;
        }

        return !SegmentChanges.Contains(intent) && TurnRatings.IsExplicitRating(text) ? Intent.Feedback : intent;
    }

    // Ambiguous intent: when the classifier is unsure between two things the agent could do, it offers both
    // readings instead of guessing (e.g. "baby buyers who also buy toys": build that segment, or measure the overlap).
    public static ChatReply? TwoReadings(TurnContext turn, ResolvedSkill? skill, Intent intent)
    {
        var perception = turn.Perception;
        if (perception.Intent is not { RunnerUp: { } other } prediction || other == intent
            || prediction.Confidence >= 0.6 || prediction.Confidence - prediction.RunnerUpConfidence >= 0.15
            || ReadingOf(intent, turn) is not { } first || ReadingOf(other, turn) is not { } second
            || !BothReadingsPlausible(intent, other, perception.CorrectedText))
        {
            return null;
        }

        var slot = new AmbiguitySlot("intent_choice", perception.CorrectedText.ToLowerInvariant());
        if (turn.Ambiguities.Find(slot) is not null)
        {
            return null;
        }

        var options = new List<AmbiguityOption> { new(intent.ToString(), first, intent.ToString()), new(other.ToString(), second, other.ToString()) };
        var question = new AmbiguityDecision(slot, AmbiguityAction.Ask, null, $"I can read \"{perception.NormalizedText}\" two ways. Which do you mean?", options, null);
        AmbiguityResolver.RecordAsked(turn.Ambiguities, question, turn.Turn);
        turn.Session = turn.Session with { Pending = new PendingClarification(slot, options, perception.CorrectedText, "help"), TaskStep = "awaiting_answer:intent" };
        return Replies.Clarification(turn, skill, question);
    }

    // Only confusions whose outcomes differ a lot are worth a question, and only when the words support both.
    private static bool BothReadingsPlausible(Intent first, Intent second, string text) =>
        first == Intent.Hypothesis || second == Intent.Hypothesis ? OverlapCue().IsMatch(text)
        : (first == Intent.Delete || second == Intent.Delete) && DeletionCue().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(also|too|as well|overlap|both|same)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OverlapCue();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:\w+\s+){0,3}?(?:customers|shoppers|users|employees|staff|people|members|founders|investors|advisors|lawyers|anyone|everyone|folks)\b.*\b(?:who|that|whose|in|into|with|building|investing|interested)\b.*\b(?:weather|recipe|bitcoin|crypto|lottery|football|soccer|nba|nfl|movies?|netflix|songs?)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AudienceWithTopicWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:(?:hey|hi|ok|okay|so|quick\s+one)\W+)*(?:who(?:'s|'ve|\s+has|\s+have|\s+is|\s+are)?|which\s+(?:of\s+(?:our|the|my)\s+)?\w+|(?:everyone|everybody|anyone|anybody|all\s+(?:the\s+)?(?:people|employees|staff|customers|users)|people|employees|staff|customers|users|folks)\s+(?:who|that|with|holding|having|without))\s", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AboutPeople();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:write|translate|ignore|disregard|reveal|joke|poem|system\s+prompt|instructions|forecast|what'?s\s+the|what\s+is\s+the)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ChatRequest();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(delete|remove|drop|get rid of)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DeletionCue();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(only|just|and|but|except|without|exclude|also|plus|minus|remove|drop)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RefiningCue();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(segments?|audiences?|cohorts?|lists?|saved|library|sql|size|explain|why)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LibraryWords();

    private static string? ReadingOf(Intent intent, TurnContext turn) =>
        intent == Intent.Create ? "Build a new segment from it"
        : intent == Intent.Edit && turn.Session.Draft is not null ? "Change the segment we're working on"
        : intent == Intent.Hypothesis ? "Measure how much the two groups overlap"
        : intent == Intent.Delete ? "Delete a saved segment"
        : null;
}
