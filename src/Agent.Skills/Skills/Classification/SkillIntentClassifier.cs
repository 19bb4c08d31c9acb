using System.Diagnostics;
using SegmentAI.Skills.Perception;

namespace SegmentAI.Skills.Skills.Classification;

/// <summary>
/// Classifies messages without an LLM. Skill trigger patterns decide first: when the triggers of exactly one intent
/// match, that intent wins with high confidence. Otherwise a text model trained at start-up on every skill's
/// examples (plus <see cref="IntentExampleSet"/> for intents no skill serves) decides, among the matched intents
/// when several matched. While the agent awaits an answer, short replies lean towards <see cref="Intent.Answer"/>.
/// </summary>
internal sealed class SkillIntentClassifier : IIntentClassifier
{
    /// <summary>Confidence reported when a single intent's triggers match.</summary>
    public const double PatternConfidence = 0.95;

    /// <summary>Replies of at most this many words count as short.</summary>
    public const int ShortReplyWords = 7;

    /// <summary>Seed of the text model, fixed so training is reproducible.</summary>
    public const int DefaultSeed = 20261122;

    // A question makes an answer likely: short replies get a strong prior, longer ones a mild one.
    private const double ShortAnswerBoost = 8;
    private const double LongAnswerBoost = 2;

    // Answers often look like conditions ("only gold", "customers in Ohio"); these intents' triggers do not rule an answer out.
    private static readonly Intent[] AnswerLookalikes = [Intent.Create, Intent.Edit];

    private readonly IntentTextModel _model;
    private readonly IReadOnlyList<SkillTrigger> _triggers;

    private SkillIntentClassifier(IntentTextModel model, IReadOnlyList<SkillTrigger> triggers, int exampleCount, TimeSpan trainingTime)
    {
        _model = model;
        _triggers = triggers;
        ExampleCount = exampleCount;
        TrainingTime = trainingTime;
    }

    /// <summary>Number of labelled examples the text model was trained on.</summary>
    public int ExampleCount { get; }

    /// <summary>How long training took.</summary>
    public TimeSpan TrainingTime { get; }

    /// <summary>Trigger patterns consulted before the model.</summary>
    public IReadOnlyList<SkillTrigger> Triggers => _triggers;

    /// <summary>Trains a classifier from the skills' examples and triggers and the extra intent examples.</summary>
    public static SkillIntentClassifier Train(IEnumerable<Skill> skills, IntentExampleSet extra, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(skills);
        ArgumentNullException.ThrowIfNull(extra);
        var stopwatch = Stopwatch.StartNew();
        var skillList = skills.ToList();
        var examples = skillList.SelectMany(s => s.Examples.Select(e => new IntentExample(e.Input, e.Intent)))
            .Concat(extra.Examples)
            .ToList();
        if (examples.Select(e => e.Intent).Distinct().Count() < 2)
        {
            throw new InvalidOperationException("the intent classifier needs examples of at least two intents");
        }

        var triggers = skillList.SelectMany(s => s.Triggers).Concat(extra.Triggers).ToList();
        var model = IntentTextModel.Train(examples, seed);
        return new SkillIntentClassifier(model, triggers, examples.Count, stopwatch.Elapsed);
    }

    /// <inheritdoc />
    public IntentPrediction Classify(string text, bool awaitingAnswer)
    {
        var message = text?.Trim() ?? "";
        if (message.Length == 0)
        {
            return new IntentPrediction(awaitingAnswer ? Intent.Answer : Intent.OutOfScope, 0, "model");
        }

        var probabilities = _model.Predict(message);
        var isShort = message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= ShortReplyWords;
        if (awaitingAnswer)
        {
            probabilities[Intent.Answer] *= isShort ? ShortAnswerBoost : LongAnswerBoost;
            var total = probabilities.Values.Sum();
            foreach (var intent in probabilities.Keys.ToList())
            {
                probabilities[intent] /= total;
            }
        }

        var fired = _triggers.Where(t => t.Matches(message)).Select(t => t.Intent).Distinct().ToList();
        if (awaitingAnswer && fired.Contains(Intent.Confirm))
        {
            // An open question means the action is pending: "yes, delete it" confirms it rather than asking anew.
            fired = [Intent.Confirm];
        }
        else if (awaitingAnswer && isShort && fired.Count > 0 && fired.All(AnswerLookalikes.Contains))
        {
            fired.Add(Intent.Answer);
        }

        if (fired.Count == 1)
        {
            var intent = fired[0];
            var (runnerUp, runnerUpScore) = Best(probabilities, i => i != intent);
            return new IntentPrediction(intent, Math.Max(PatternConfidence, probabilities[intent]), "pattern", runnerUp, runnerUpScore);
        }

        Func<Intent, bool> candidate = fired.Count > 1 ? fired.Contains : _ => true;
        var mass = fired.Count > 1 ? fired.Sum(i => probabilities[i]) : 1;
        var (best, bestScore) = Best(probabilities, candidate);
        var (second, secondScore) = Best(probabilities, i => i != best && candidate(i));
        return new IntentPrediction(best!.Value, Share(bestScore, mass), "model", second, Share(secondScore, mass));
    }

    private static (Intent? Intent, double Score) Best(Dictionary<Intent, double> probabilities, Func<Intent, bool> allowed)
    {
        var ranked = probabilities.Where(p => allowed(p.Key)).OrderByDescending(p => p.Value).ThenBy(p => p.Key).FirstOrDefault();
        return probabilities.Any(p => allowed(p.Key)) ? (ranked.Key, ranked.Value) : (null, 0);
    }

    private static double Share(double score, double mass) => mass > 0 ? score / mass : 0;
}
