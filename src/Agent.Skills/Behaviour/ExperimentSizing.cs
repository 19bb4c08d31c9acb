using MathNet.Numerics.Distributions;

namespace SegmentAI.Skills.Behaviour;

/// <summary>How many users a two-arm test of a rate needs (the normal approximation for two proportions, Fleiss).</summary>
internal static class ExperimentSizing
{
    /// <summary>The two-sided significance level every experiment is sized for.</summary>
    public const double Significance = 0.05;

    /// <summary>The power every experiment is sized for.</summary>
    public const double Power = 0.8;

    /// <summary>Users per arm to see a change from <paramref name="baseline"/> by <paramref name="effect"/> (absolute).</summary>
    public static int UsersPerArm(double baseline, double effect, double alpha = Significance, double power = Power)
    {
        // A drop-off test hopes to lower the rate; when that would go below zero the change is sized upwards instead.
        var treated = baseline - effect >= 0 ? baseline - effect : baseline + effect;
        if (treated is < 0 or > 1 || effect <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(effect), $"a change of {effect} from {baseline} is not a rate");
        }

        var zAlpha = Normal.InvCDF(0, 1, 1 - (alpha / 2));
        var zBeta = Normal.InvCDF(0, 1, power);
        var pooled = (baseline + treated) / 2;
        var spread = (zAlpha * Math.Sqrt(2 * pooled * (1 - pooled))) + (zBeta * Math.Sqrt((baseline * (1 - baseline)) + (treated * (1 - treated))));
        return (int)Math.Ceiling(spread * spread / (effect * effect));
    }
}
