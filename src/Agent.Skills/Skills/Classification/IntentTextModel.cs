using System.Globalization;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using SegmentAI.Skills.Perception;

namespace SegmentAI.Skills.Skills.Classification;

/// <summary>
/// A small multiclass text model: word uni/bigrams and character trigrams into a maximum-entropy classifier.
/// Character n-grams carry typos and unseen inflections; trained single-threaded with a fixed seed so the same
/// examples always give the same model.
/// </summary>
internal sealed class IntentTextModel
{
    private readonly PredictionEngine<UtteranceRow, IntentScores> _engine;
    private readonly Intent[] _labels;
    private readonly Lock _gate = new();

    private IntentTextModel(PredictionEngine<UtteranceRow, IntentScores> engine, Intent[] labels)
    {
        _engine = engine;
        _labels = labels;
    }

    public static IntentTextModel Train(IReadOnlyList<IntentExample> examples, int seed)
    {
        var ml = new MLContext(seed);
        var rows = examples.Select(e => new UtteranceRow { Text = Normalize(e.Text), Intent = e.Intent.Name }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var trainer = new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L2Regularization = 0.02f,
            L1Regularization = 0f,
            OptimizationTolerance = 1e-6f,
            MaximumNumberOfIterations = 200,
            NumberOfThreads = 1,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(UtteranceRow.Intent))
            .Append(ml.Transforms.Text.FeaturizeText("Features", featurizer, nameof(UtteranceRow.Text)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(trainer));
        var model = pipeline.Fit(data);

        var names = default(VBuffer<ReadOnlyMemory<char>>);
        model.GetOutputSchema(data.Schema)["Score"].GetSlotNames(ref names);
        var labels = names.DenseValues().Select(n => new Intent(n.ToString())).ToArray();
        return new IntentTextModel(ml.Model.CreatePredictionEngine<UtteranceRow, IntentScores>(model), labels);
    }

    /// <summary>Probability of every intent; intents the model never saw get zero.</summary>
    public Dictionary<Intent, double> Predict(string text)
    {
        float[] scores;
        lock (_gate)
        {
            scores = _engine.Predict(new UtteranceRow { Text = Normalize(text) }).Score;
        }

        var probabilities = Intent.BuiltIn.Concat(_labels).Distinct().ToDictionary(i => i, _ => 0.0);
        for (var i = 0; i < _labels.Length && i < scores.Length; i++)
        {
            probabilities[_labels[i]] = scores[i];
        }

        return probabilities;
    }

    // Digits become 0 so "30 days" and "45 days" look alike: the amount never decides the intent, its shape does.
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            builder.Append(char.IsDigit(c) ? '0' : char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
