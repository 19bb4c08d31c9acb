using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SegmentAI.Evals.Suites;

namespace SegmentAI.Evals.Optimizer;

/// <summary>
/// Splits a suite's cases 60/20/20 into train, validation and holdout by a hash of the case id and a seed, so a case
/// stays in its part whatever other cases are added or removed, and the same seed always gives the same split.
/// </summary>
internal static class SuiteSplit
{
    /// <summary>Percent of cases in the train part.</summary>
    public const int TrainPercent = 60;

    /// <summary>Percent of cases in the validation part.</summary>
    public const int ValidationPercent = 20;

    /// <summary>The part <paramref name="caseId"/> falls in with <paramref name="seed"/>.</summary>
    public static SuitePart Of(string caseId, int seed)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{caseId}:{seed}")));
        var bucket = (int)(BitConverter.ToUInt64(hash, 0) % 100);
        return bucket < TrainPercent ? SuitePart.Train : bucket < TrainPercent + ValidationPercent ? SuitePart.Validation : SuitePart.Holdout;
    }

    /// <summary>The suite with only the cases of <paramref name="parts"/>.</summary>
    public static EvalSuite Select(EvalSuite suite, int seed, params SuitePart[] parts)
    {
        ArgumentNullException.ThrowIfNull(suite);
        return suite with { Cases = [.. suite.Cases.Where(c => parts.Contains(Of(c.Id, seed)))] };
    }
}
