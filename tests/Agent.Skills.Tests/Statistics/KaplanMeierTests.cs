using SegmentAI.Skills.Statistics;

namespace SegmentAI.Skills.Tests.Statistics;

/// <summary>
/// Two textbook data sets: R's <c>survival::aml</c> maintained group (Miller 1981), whose <c>survfit</c> summary is
/// printed in the package's documentation, and the 6-MP arm of Freireich's leukemia trial (Gehan 1965; Kleinbaum and
/// Klein, Survival Analysis, ch. 2). The survival estimates are exact products of fractions, so they are compared to
/// 1e-6; standard errors and intervals to the 4 decimals the texts print.
/// </summary>
public sealed class KaplanMeierTests
{
    internal static readonly SurvivalObservation[] AmlMaintained =
        [E(9), E(13), C(13), E(18), E(23), C(28), E(31), E(34), C(45), E(48), C(161)];

    internal static readonly SurvivalObservation[] AmlNonmaintained =
        [E(5), E(5), E(8), E(8), E(12), C(16), E(23), E(27), E(30), E(33), E(43), E(45)];

    internal static readonly SurvivalObservation[] LeukemiaTreated =
        [E(6), E(6), E(6), C(6), E(7), C(9), E(10), C(10), C(11), E(13), E(16), C(17), C(19), C(20), E(22), E(23), C(25), C(32), C(32), C(34), C(35)];

    internal static readonly SurvivalObservation[] LeukemiaPlacebo =
        [E(1), E(1), E(2), E(2), E(3), E(4), E(4), E(5), E(5), E(8), E(8), E(8), E(8), E(11), E(11), E(12), E(12), E(15), E(17), E(22), E(23)];

    [Fact]
    public void The_aml_maintained_curve_matches_survfit()
    {
        var steps = KaplanMeier.Estimate(AmlMaintained);

        Assert.Equal([9.0, 13, 18, 23, 31, 34, 48], steps.Select(s => s.Time));
        Assert.Equal([11, 10, 8, 7, 5, 4, 2], steps.Select(s => s.AtRisk));
        double[] survival = [10 / 11.0, 10 / 11.0 * 9 / 10, 10 / 11.0 * 9 / 10 * 7 / 8, 10 / 11.0 * 9 / 10 * 7 / 8 * 6 / 7, 10 / 11.0 * 9 / 10 * 7 / 8 * 6 / 7 * 4 / 5, 10 / 11.0 * 9 / 10 * 7 / 8 * 6 / 7 * 4 / 5 * 3 / 4, 10 / 11.0 * 9 / 10 * 7 / 8 * 6 / 7 * 4 / 5 * 3 / 4 / 2];
        double[] printed = [0.909, 0.818, 0.716, 0.614, 0.491, 0.368, 0.184];
        double[] errors = [0.0867, 0.1163, 0.1397, 0.1526, 0.1642, 0.1627, 0.1535];
        double[] lower = [0.7541, 0.6192, 0.4884, 0.3769, 0.2549, 0.1549, 0.0359];
        double[] upper = [1.000, 1.000, 1.000, 0.999, 0.946, 0.875, 0.944];
        for (var i = 0; i < steps.Count; i++)
        {
            Assert.Equal(survival[i], steps[i].Survival, 1e-6);
            Assert.Equal(printed[i], steps[i].Survival, 0.0005);
            Assert.Equal(errors[i], steps[i].StandardError, 0.00005);
            Assert.Equal(lower[i], steps[i].Confidence.Low, 0.00005);
            Assert.Equal(upper[i], steps[i].Confidence.High, 0.0005);
        }

        Assert.Equal(31, KaplanMeier.Median(steps));
    }

    [Fact]
    public void The_leukemia_6mp_curve_matches_the_textbook_table()
    {
        var steps = KaplanMeier.Estimate(LeukemiaTreated);

        Assert.Equal([6.0, 7, 10, 13, 16, 22, 23], steps.Select(s => s.Time));
        Assert.Equal([(21, 3, 1), (17, 1, 0), (15, 1, 1), (12, 1, 0), (11, 1, 0), (7, 1, 0), (6, 1, 0)], steps.Select(s => (s.AtRisk, s.Events, s.Censored)));
        double[] exact = [18 / 21.0, 18 / 21.0 * 16 / 17, 18 / 21.0 * 16 / 17 * 14 / 15, 18 / 21.0 * 16 / 17 * 14 / 15 * 11 / 12, 18 / 21.0 * 16 / 17 * 14 / 15 * 11 / 12 * 10 / 11, 18 / 21.0 * 16 / 17 * 14 / 15 * 11 / 12 * 10 / 11 * 6 / 7, 18 / 21.0 * 16 / 17 * 14 / 15 * 11 / 12 * 10 / 11 * 6 / 7 * 5 / 6];
        double[] printed = [0.8571, 0.8067, 0.7529, 0.6902, 0.6275, 0.5378, 0.4482];
        for (var i = 0; i < steps.Count; i++)
        {
            Assert.Equal(exact[i], steps[i].Survival, 1e-6);
            Assert.Equal(printed[i], steps[i].Survival, 0.00005);
        }

        Assert.Equal(23, KaplanMeier.Median(steps));
    }

    [Fact]
    public void A_curve_that_never_falls_to_one_half_has_no_median()
    {
        Assert.Null(KaplanMeier.Median(KaplanMeier.Estimate([E(1), C(2), C(3)])));
    }

    private static SurvivalObservation E(double time) => new(time, Event: true);

    private static SurvivalObservation C(double time) => new(time, Event: false);
}
