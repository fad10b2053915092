using DeepLinear.Checks.Evidence;
using Xunit;

namespace DeepLinear.Checks.Tests.Evidence;

public class EvidenceTests
{
    [Theory]
    [InlineData(0.000123456, 3, "0.000123")]
    [InlineData(1234.5, 3, "1230")]
    [InlineData(0.5, 3, "0.500")]
    [InlineData(-2.71828, 3, "-2.72")]
    [InlineData(1.2e-7, 3, "1.20e-07")]
    [InlineData(6.02e23, 3, "6.02e+23")]
    [InlineData(0.0, 3, "0")]
    [InlineData(0.99951, 3, "1.00")]
    public void Format_RoundsToSignificantDigitsInvariantly(double value, int digits, string expected)
        => Assert.Equal(expected, SignificantDigits.Format(value, digits));

    [Fact]
    public void Format_NonFinite_HasStableNames()
    {
        Assert.Equal("NaN", SignificantDigits.Format(double.NaN));
        Assert.Equal("inf", SignificantDigits.Format(double.PositiveInfinity));
        Assert.Equal("-inf", SignificantDigits.Format(double.NegativeInfinity));
    }

    [Fact]
    public void Wilson_KnownValue_MatchesReference()
    {
        // 8/10 successes: Wilson 95% interval ≈ [0.4902, 0.9433] (standard reference value).
        var interval = WilsonInterval.Compute(8, 10);
        Assert.Equal(0.4902, interval.Lower, 3);
        Assert.Equal(0.9433, interval.Upper, 3);
    }

    [Fact]
    public void Wilson_AllSuccesses_StaysBelowOneAndInformative()
    {
        var interval = WilsonInterval.Compute(100, 100);
        Assert.Equal(1.0, interval.Upper, 12);
        Assert.InRange(interval.Lower, 0.96, 0.97);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(60)]
    [InlineData(100)]
    public void Wilson_AllSuccessesAgainstProbabilityOne_IsNeverRefuted(int trials)
    {
        // k = n: the upper end is exactly 1, so "P ≥ 1" is inconclusive (never refuted by rounding).
        Assert.Equal(1.0, WilsonInterval.Compute(trials, trials).Upper);
        Assert.Equal(0.0, WilsonInterval.Compute(0, trials).Lower);
        Assert.Equal(Verdict.Inconclusive, MonteCarloEvidence.FromCounts("e", trials, trials, 1.0, true, 1).SupportedVerdict());
    }

    [Fact]
    public void Wilson_InvalidCounts_NameTheArgument()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(11, 10));
        Assert.Equal("successes", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(0, 0));
    }

    [Fact]
    public void MonteCarlo_SupportedVerdict_FollowsTheIntervalNotTheEstimate()
    {
        // Estimate 0.55 above a lower bound 0.5, but the interval straddles it: inconclusive, not verified.
        Assert.Equal(Verdict.Inconclusive, MonteCarloEvidence.FromCounts("e", 100, 55, 0.5, true, 1).SupportedVerdict());
        Assert.Equal(Verdict.Verified, MonteCarloEvidence.FromCounts("e", 10000, 6000, 0.5, true, 1).SupportedVerdict());
        Assert.Equal(Verdict.Refuted, MonteCarloEvidence.FromCounts("e", 10000, 4000, 0.5, true, 1).SupportedVerdict());
        Assert.Equal(Verdict.Inconclusive, MonteCarloEvidence.FromCounts("e", 10000, 10000, double.NaN, true, 1).SupportedVerdict());
    }

    [Fact]
    public void VerdictNames_RoundTrip()
    {
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            Assert.True(VerdictNames.TryParse(VerdictNames.Of(verdict), out var parsed));
            Assert.Equal(verdict, parsed);
        }

        Assert.Equal("not-checkable", VerdictNames.Of(Verdict.NotCheckable));
        Assert.False(VerdictNames.TryParse("pending", out _));
    }
}
