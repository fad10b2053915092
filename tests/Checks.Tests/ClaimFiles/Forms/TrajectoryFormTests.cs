using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.ClaimFiles.Forms;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Running;
using Xunit;

namespace DeepLinear.Checks.Tests.ClaimFiles.Forms;

public class TrajectoryFormTests
{
    private const string BalancedStart = "over: { W0: \"balanced(3, 2, 3)\", X: \"whitened(width(W0, 0), 6)\", Y: \"gaussian(width(W0, 3), 6)\" }\n";

    private static Claim Compile(string check)
    {
        string indented = string.Join("\n", check.Split('\n').Select(l => "      " + l));
        string yaml = $"paper: {{ key: demo, title: \"Demo\" }}\nclaims:\n  - id: demo/lemma1\n    label: \"Lemma 1\"\n    kind: lemma\n    statement: 'x'\n    check:\n{indented}\n";
        return ClaimCatalog.FromClaimFiles([ClaimFileReader.Parse(yaml, "demo.yaml")]).Claims[0];
    }

    private static CheckResult Run(string check) => Compile(check).Check!(CheckContext.Direct());

    [Fact]
    public void Flow_BalancednessInvariant_VerifiedAtTimeZeroAndEveryRecordTime()
    {
        var result = Run("trajectory: \"balancednessF(W) <= 1e-7 * (1 + normF(W[1])^2)\"\n" + BalancedStart + "run: { dynamics: flow, time: 2, records: 8, seeds: 2 }");
        Assert.Equal(Verdict.Verified, result.Verdict);
        var evidence = Assert.IsType<NumericEvidence>(result.Evidence);
        Assert.Equal(18, evidence.InstancesTried);
        Assert.Contains("Dormand–Prince 5(4) (relative tolerance 1e-9, absolute 1e-12) on [0, 2]", result.Scope, StringComparison.Ordinal);
    }

    [Fact]
    public void Flow_LossDecreases_VerifiedWithRk4()
    {
        var result = Run("trajectory: \"L(W) <= L(W0)\"\n" + BalancedStart + "run: { dynamics: flow, integrator: rk4, step: 0.01, time: 1, records: 4, seeds: 2 }");
        Assert.Equal(Verdict.Verified, result.Verdict);
        Assert.Equal(10, Assert.IsType<NumericEvidence>(result.Evidence).InstancesTried);
    }

    [Fact]
    public void Flow_NegativeControl_LossIncreaseClaimRefutedAtARecordTime()
    {
        var result = Run("trajectory: \"L(W) >= L(W0)\"\n" + BalancedStart + "run: { dynamics: flow, time: 1, records: 4, seeds: 2 }");
        Assert.Equal(Verdict.Refuted, result.Verdict);
        Assert.Contains("t = 0.25 of the run from", Assert.IsType<CounterexampleEvidence>(result.Evidence).WitnessText, StringComparison.Ordinal);
    }

    [Fact]
    public void Flow_NegativeControl_UnbalancedStartsBreakTheInvariantClaim()
    {
        var result = Run("trajectory: \"balancednessF(W) <= 1e-7 * (1 + normF(W[1])^2)\"\nover: { W0: \"gaussiantuple(3, 2, 3, 1)\", X: \"whitened(width(W0, 0), 6)\", Y: \"gaussian(width(W0, 3), 6)\" }\nrun: { dynamics: flow, time: 1, records: 4, seeds: 2 }");
        Assert.Equal(Verdict.Refuted, result.Verdict);
    }

    [Fact]
    public void Descent_NrtSchedule_StepSizesFollowTheSchedule()
    {
        var result = Run("trajectory: \"abs(eta - min(0.05, 0.2 / (k + 1)^0.5)) <= 1e-15\"\n" + BalancedStart + "run: { schedule: \"nrt:0.05, 0.2, 0.5\", iterations: 60, record-every: 3, seeds: 1 }");
        Assert.Equal(Verdict.Verified, result.Verdict);
        Assert.Equal(21, Assert.IsType<NumericEvidence>(result.Evidence).InstancesTried);
        Assert.Contains("η_k = min{0.05, 0.2/(k+1)^0.5} (nrt (5.2))", result.Scope, StringComparison.Ordinal);
    }

    [Fact]
    public void Descent_NegativeControl_ScheduleOtherThanClaimedRefuted()
    {
        var result = Run("trajectory: \"abs(eta - min(0.05, 0.2 / (k + 1)^0.5)) <= 1e-15\"\n" + BalancedStart + "run: { schedule: \"dhl:0.2, 0.1\", iterations: 20, seeds: 1 }");
        Assert.Equal(Verdict.Refuted, result.Verdict);
    }

    [Fact]
    public void Descent_ScheduleParametersAreExpressions_LossDecreasesUnderSmallSteps()
    {
        var result = Run("trajectory: \"L(W) <= L(W0)\"\n" + BalancedStart + "run: { schedule: \"constant:0.1 / norm(X)^2\", iterations: 30, record-every: 10, seeds: 2 }");
        Assert.Equal(Verdict.Verified, result.Verdict);
    }

    [Fact]
    public void Flow_NegativeControlsAsData_RunAndRefuted()
    {
        var result = Run("trajectory: \"L(W) <= L(W0)\"\n" + BalancedStart + "run: { dynamics: flow, time: 1, records: 2, seeds: 1 }\nnegative-controls:\n  - trajectory: \"L(W) < L(W0)\"");
        Assert.Equal(Verdict.Verified, result.Verdict);
    }

    [Fact]
    public void Flow_Wprev_MonotoneLossVerifiedAndItsReverseRefuted()
    {
        string check = "trajectory: \"L(W) <= L(Wprev)\"\n" + BalancedStart + "run: { dynamics: flow, time: 3, records: 6, seeds: 2, on-divergence: refute }";
        Assert.Equal(Verdict.Verified, Run(check).Verdict);
        Assert.Equal(Verdict.Refuted, Run(check.Replace("L(W) <= L(Wprev)", "L(W) >= L(Wprev)", StringComparison.Ordinal)).Verdict);
    }

    [Fact]
    public void Descent_OnDivergenceRefute_DivergingRunIsAViolation()
    {
        string check = "trajectory: \"L(W) >= 0\"\n" + BalancedStart + "run: { step: \"50 / norm(X)^2\", iterations: 200, seeds: 1 }";
        var stopping = Run(check);
        Assert.Equal(Verdict.Verified, stopping.Verdict);
        Assert.Contains("1 runs diverged", stopping.Scope, StringComparison.Ordinal);
        Assert.Equal(Verdict.Refuted, Run(check.Replace("seeds: 1 }", "seeds: 1, on-divergence: refute }", StringComparison.Ordinal)).Verdict);
    }

    [Theory]
    [InlineData("run: { dynamics: flow, time: 1, on-divergence: ignore }", "run.on-divergence' = 'ignore': must be 'stop'")]
    [InlineData("run: { dynamics: flow, records: 3 }", "check.run.time' is missing")]
    [InlineData("run: { dynamics: flow, time: 1, integrator: rk4 }", "the rk4 integrator needs its fixed step")]
    [InlineData("run: { dynamics: flow, time: 1, integrator: euler }", "run.integrator' = 'euler': must be 'dp54'")]
    [InlineData("run: { dynamics: jump, time: 1 }", "run.dynamics' = 'jump': must be 'descent'")]
    [InlineData("run: { step: \"0.1\", schedule: \"constant:0.1\" }", "needs exactly one of step: (a constant η) and schedule:")]
    [InlineData("run: { schedule: \"nrt:0.1, 0.2\" }", "must be 'constant:η', 'nrt:a1,a2,γ' or 'dhl:c,δ'")]
    [InlineData("run: { dynamics: flow, time: 1, iterations: 3 }", "is not a key of the 'run' form")]
    [InlineData("run: { dynamics: flow, time: -1 }", "must be a number in")]
    public void Compile_BadRun_ErrorNamesKeyValueAndRule(string run, string message)
    {
        var error = Assert.Throws<ClaimFileException>(() => Compile("trajectory: \"L(W) <= L(W0)\"\n" + BalancedStart + run));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("demo.yaml:", error.Message, StringComparison.Ordinal);
    }
    private static TrajectoryForm Form(string check)
    {
        var claim = Compile(check);
        var mapping = ClaimFileReader.Parse(
            $"paper: {{ key: demo, title: \"Demo\" }}\nclaims:\n  - id: demo/lemma1\n    label: \"Lemma 1\"\n    kind: lemma\n    statement: 'x'\n    check:\n{string.Join("\n", check.Split('\n').Select(l => "      " + l))}\n", "demo.yaml").Claims[0].Check.Node;
        Assert.NotNull(claim.Check);
        return Assert.IsType<TrajectoryForm>(ClaimForms.ReplayableForm("trajectory", mapping, "demo/lemma1", "demo.yaml"));
    }

    [Theory]
    [InlineData("run: { step: \"0.05\", iterations: 30, record-every: 3, seeds: 3 }")]
    [InlineData("run: { dynamics: flow, integrator: rk4, step: 0.05, time: 1, records: 4, seeds: 3 }")]
    [InlineData("run: { dynamics: flow, time: 1, records: 4, seeds: 3 }")]
    public void ReplayWorst_TheRecordedRunsSeed_GivesTheRecordedWorstRatioBitForBit(string run)
    {
        string check = "trajectory: \"normF(prod(W)) <= 10 * normF(Y)\"\n" + BalancedStart + run;
        var form = Form(check);
        var evidence = Assert.IsType<NumericEvidence>(Compile(check).Check!(CheckContext.Direct()).Evidence);
        var seed = ulong.Parse(System.Text.RegularExpressions.Regex.Match(evidence.WorstInstance!, @"instance seed (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var replay = form.ReplayWorst(seed, CheckContext.Direct());
        Assert.Equal(evidence.WorstRatio, replay.Ratio);
        Assert.Contains(replay.Lines, l => l.StartsWith("worst at ", StringComparison.Ordinal));

        // Negative control: the run of another seed has another worst ratio.
        Assert.NotEqual(evidence.WorstRatio, form.ReplayWorst(seed + 1, CheckContext.Direct()).Ratio);
    }

    [Fact]
    public void ReplayCounterexample_TheViolatingRunsSeed_GivesTheRecordedViolation()
    {
        string check = "trajectory: \"L(W) <= L(W0)\"\n" + BalancedStart + "run: { step: \"3\", iterations: 5, seeds: 3 }";
        var evidence = Assert.IsType<CounterexampleEvidence>(Compile(check).Check!(CheckContext.Direct()).Evidence);
        var seed = ulong.Parse(System.Text.RegularExpressions.Regex.Match(evidence.Violation, @"instance seed (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var form = Form(check);
        Assert.Equal(evidence.Violation, form.ReplayCounterexample(seed, CheckContext.Direct()).Violation);
        Assert.NotEqual(evidence.Violation, form.ReplayCounterexample(seed + 1, CheckContext.Direct()).Violation);
    }
}
