using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SegmentAI.Evals.Suites;
using YamlDotNet.RepresentationModel;

namespace SegmentAI.Evals.Generalization;

/// <summary>
/// The generalization suite's holdout, drawn once (the cases whose seeded hash of their id sorts first, 40 % of the
/// suite) and frozen in <c>evals/generalization/holdout.yaml</c> with a fingerprint of each case, so that a holdout
/// case edited after the freeze, or the draw repeated on a changed suite, is caught instead of silently tuning on it.
/// Cases added after the freeze are dev cases.
/// </summary>
/// <param name="FrozenOn">The day the holdout was drawn.</param>
/// <param name="Seed">The seed of the draw.</param>
/// <param name="Share">The share of the suite drawn.</param>
/// <param name="Cases">Each holdout case's id and fingerprint (<see cref="Fingerprint"/>).</param>
internal sealed record FrozenHoldout(DateOnly FrozenOn, int Seed, double Share, IReadOnlyDictionary<string, string> Cases)
{
    /// <summary>The seed the holdout was drawn with.</summary>
    public const int DefaultSeed = 20_261_206;

    /// <summary>The share of the suite in the holdout.</summary>
    public const double DefaultShare = 0.4;

    /// <summary>The file of the frozen holdout.</summary>
    public static string PathIn(string repositoryRoot) => System.IO.Path.Combine(GeneralizationSuite.Folder(repositoryRoot), "holdout.yaml");

    /// <summary>Draws the holdout of <paramref name="suite"/>: the <paramref name="share"/> of its cases whose seeded id hash sorts first.</summary>
    public static FrozenHoldout Draw(EvalSuite suite, DateOnly today, int seed = DefaultSeed, double share = DefaultShare)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var count = (int)Math.Round(suite.Cases.Count * share, MidpointRounding.AwayFromZero);
        var drawn = suite.Cases.OrderBy(c => Hash($"{seed}:{c.Id}"), StringComparer.Ordinal).Take(count);
        return new FrozenHoldout(today, seed, share, drawn.ToDictionary(c => c.Id, Fingerprint, StringComparer.Ordinal));
    }

    /// <summary>What identifies a case's content: its tenant, date, user, tags and every turn's words and expectation.</summary>
    public static string Fingerprint(EvalCase evalCase)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        var content = JsonSerializer.Serialize(new
        {
            evalCase.Id,
            evalCase.Tenant,
            evalCase.AsOf,
            evalCase.User,
            evalCase.Tags,
            Turns = evalCase.Turns.Select(t => new { t.Say, t.Expect }),
        });
        return Hash(content)[..16];
    }

    /// <summary>Whether <paramref name="caseId"/> is in the holdout.</summary>
    public bool Contains(string caseId) => Cases.ContainsKey(caseId);

    /// <summary>What no longer matches the freeze: holdout cases missing from <paramref name="suite"/> or changed since.</summary>
    public IReadOnlyList<string> ProblemsWith(EvalSuite suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var byId = suite.Cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return [.. Cases.Keys.Order(StringComparer.Ordinal).Select(id =>
            !byId.TryGetValue(id, out var evalCase) ? $"holdout case '{id}' is missing from the suite"
            : Fingerprint(evalCase) != Cases[id] ? $"{evalCase.File}:{evalCase.Line}: holdout case '{id}' changed after the holdout was frozen on {FrozenOn:yyyy-MM-dd}; restore it"
            : null).OfType<string>()];
    }

    /// <summary>Reads a frozen holdout file.</summary>
    public static FrozenHoldout Load(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path, Encoding.UTF8))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        string Scalar(string key) => ((YamlScalarNode)root.Children[new YamlScalarNode(key)]).Value!;
        var cases = (YamlMappingNode)root.Children[new YamlScalarNode("cases")];
        return new FrozenHoldout(
            DateOnly.ParseExact(Scalar("frozen_on"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            int.Parse(Scalar("seed"), CultureInfo.InvariantCulture),
            double.Parse(Scalar("share"), CultureInfo.InvariantCulture),
            cases.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value!, StringComparer.Ordinal));
    }

    /// <summary>Writes the frozen holdout to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        var text = new StringBuilder();
        text.AppendLine("# The frozen holdout of the generalization suite: drawn once, never tuned on, never edited.")
            .AppendLine("# Each case's fingerprint covers its words and expectations; the generalization command refuses to")
            .AppendLine("# report while a holdout case differs from its fingerprint. Cases added later are dev cases.")
            .Append(CultureInfo.InvariantCulture, $"frozen_on: {FrozenOn:yyyy-MM-dd}\n")
            .Append(CultureInfo.InvariantCulture, $"seed: {Seed}\n")
            .Append(CultureInfo.InvariantCulture, $"share: {Share:0.##}\n")
            .AppendLine("cases:");
        foreach (var (id, fingerprint) in Cases.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {id}: \"{fingerprint}\"\n");
        }

        File.WriteAllText(path, text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
