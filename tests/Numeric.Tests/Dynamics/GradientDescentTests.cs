using System.Globalization;
using System.Text;
using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Dynamics;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.Model;
using DeepLinear.Numeric.SelfChecks;
using MathNet.Numerics.LinearAlgebra;
using Xunit;

namespace DeepLinear.Numeric.Tests.Dynamics;

/// <summary>The descent runner: stop reasons, bad input, the CSV trajectory and determinism.</summary>
public class GradientDescentTests
{
    private static (DeepLinearNetwork Start, RegressionData Data) Nrt(int seed)
    {
        var (x, y, start) = NrtExperimentSetup.Create(3, 10, 2, 30, seed);
        return (start, new RegressionData(x, y));
    }

    [Fact]
    public void Run_CancelledMidRun_StopsAtThatIterationWithCancelled()
    {
        var (start, data) = Nrt(3);
        using var cts = new CancellationTokenSource();
        var schedule = StepSchedule.FromFunction(
            k =>
            {
                if (k == 7)
                {
                    cts.Cancel();
                }

                return 1e-3;
            },
            "1e-3, cancelling at k = 7");
        var result = GradientDescent.Run(start, data, new GradientDescentOptions(100, schedule), cts.Token);
        Assert.Equal(StopReason.Cancelled, result.Reason);
        Assert.Equal(7, result.StopIteration);
        Assert.Equal(7, result.Trajectory.Points[^1].Iteration);
    }

    [Fact]
    public void Run_HugeStep_FinalIsTheLastFiniteIterate()
    {
        var (start, data) = Nrt(1);
        var result = GradientDescent.Run(start, data, new GradientDescentOptions(1000, StepSchedule.Constant(50), RecordStride: 100, DivergenceFactor: double.MaxValue));
        Assert.Equal(StopReason.Diverged, result.Reason);
        Assert.All(result.Final.Factors(), f => Assert.All(f.Enumerate(), v => Assert.True(double.IsFinite(v))));
        Assert.Contains("non-finite", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_GradientToleranceAboveStartNorm_ConvergesAtZero()
    {
        var (start, data) = Nrt(2);
        var result = GradientDescent.Run(start, data, new GradientDescentOptions(50, StepSchedule.Constant(1e-3), GradientTolerance: 1e9));
        Assert.Equal(StopReason.Converged, result.Reason);
        Assert.Equal(0, result.StopIteration);
    }

    [Fact]
    public void Run_BudgetUsed_RecordsStartStrideAndLastIterate()
    {
        var (start, data) = Nrt(2);
        var result = GradientDescent.Run(start, data, new GradientDescentOptions(23, StepSchedule.Constant(1e-3), RecordStride: 10));
        Assert.Equal(StopReason.IterationBudget, result.Reason);
        Assert.Equal([0, 10, 20, 23], result.Trajectory.Points.Select(p => p.Iteration));
        Assert.Equal(23 * 1e-3, result.Trajectory.Points[^1].Time, 12);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    [InlineData(10, 0)]
    public void Run_NonPositiveIterationsOrStride_ThrowsNamingTheOption(int iterations, int stride)
    {
        var (start, data) = Nrt(1);
        var e = Assert.Throws<NumericArgumentException>(() => GradientDescent.Run(start, data, new GradientDescentOptions(iterations, StepSchedule.Constant(1e-3), stride)));
        Assert.Contains(iterations <= 0 ? "Iterations" : "RecordStride", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-3)]
    [InlineData(double.NaN)]
    public void Constant_NonPositiveOrNaNStep_Throws(double eta) =>
        Assert.Throws<NumericArgumentException>(() => StepSchedule.Constant(eta));

    [Fact]
    public void Network_NaNWeight_IsRejectedBeforeAnyRun()
    {
        var w = Matrix<double>.Build.Dense(2, 2, 1.0);
        w[1, 0] = double.NaN;
        Assert.Throws<NumericArgumentException>(() => new DeepLinearNetwork(w));
    }

    [Fact]
    public void Schedules_ConstantAndFunction_ReturnTheirValues()
    {
        Assert.Equal(0.25, StepSchedule.Constant(0.25).StepSize(1000));
        Assert.Equal(0.1, StepSchedule.NrtDecreasing(0.1, 5, 0.5).StepSize(0));
        Assert.Equal(5 / Math.Sqrt(3000), StepSchedule.NrtDecreasing(0.1, 5, 0.5).StepSize(2999), 15);
        Assert.Equal(0.5, StepSchedule.DhlDecreasing(0.5, 0.2).StepSize(0));
        Assert.Equal(1.0 / 4, StepSchedule.FromFunction(k => 1.0 / (k + 1), "1/(k+1)").StepSize(3));
        Assert.Equal("1/(k+1)", StepSchedule.FromFunction(k => 1.0 / (k + 1), "1/(k+1)").ToString());
    }

    [Fact]
    public void WriteCsv_ParsedBack_GivesTheRecordedDoublesBitForBit()
    {
        var inst = NumericSelfChecks.RandomInstance(5);
        var trajectory = GradientDescent.Run(inst.Network, inst.Data, new GradientDescentOptions(12, StepSchedule.Constant(1e-3), RecordStride: 4)).Trajectory;
        var lines = trajectory.ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(trajectory.Header(), lines[0]);
        Assert.Equal(trajectory.Points.Count, lines.Length - 1);
        for (int i = 0; i < trajectory.Points.Count; i++)
        {
            var p = trajectory.Points[i];
            var expected = new List<double> { p.Iteration, p.Time, p.StepSize, p.Loss, p.GradientNorm };
            expected.AddRange(p.Balancedness);
            expected.AddRange(p.BalancednessFrobenius);
            expected.AddRange(p.FactorSpectralNorms);
            expected.Add(p.ProductMinSingularValue);
            expected.Add(p.ProductRank);
            var parsed = lines[i + 1].Split(',').Select(s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(expected.Count, parsed.Length);
            Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), parsed.Select(BitConverter.DoubleToInt64Bits));
        }
    }

    [Fact]
    public void Run_NoOptionalMetrics_WritesOnlyTheAlwaysRecordedColumns()
    {
        var (start, data) = Nrt(4);
        var all = GradientDescent.Run(start, data, new GradientDescentOptions(6, StepSchedule.Constant(1e-3), RecordStride: 3));
        var none = GradientDescent.Run(start, data, new GradientDescentOptions(6, StepSchedule.Constant(1e-3), RecordStride: 3, Metrics: TrajectoryMetrics.None));
        Assert.Equal("iteration,time,step_size,loss,gradient_norm", none.Trajectory.Header());
        Assert.All(none.Trajectory.ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Equal(5, line.Split(',').Length));
        Assert.Equal(all.Trajectory.Points.Select(p => p.Loss), none.Trajectory.Points.Select(p => p.Loss));
        Assert.Equal(5 + 2 + 2 + 3 + 2, all.Trajectory.Header().Split(',').Length);
    }

    [Fact]
    public void Options_UnknownMetricFlag_Throws() =>
        Assert.Throws<NumericArgumentException>(() => new GradientDescentOptions(5, StepSchedule.Constant(1e-3), Metrics: (TrajectoryMetrics)64).Validate());

    [Fact]
    public void WriteCsv_UnderAnotherCulture_WritesTheSameBytes()
    {
        var inst = NumericSelfChecks.RandomInstance(6);
        var trajectory = GradientDescent.Run(inst.Network, inst.Data, new GradientDescentOptions(5, StepSchedule.Constant(1e-3))).Trajectory;
        string invariant = trajectory.ToCsv();
        var saved = CultureInfo.CurrentCulture;
        try
        {
            // A culture with a decimal comma and a Unicode minus (the build uses invariant globalization, so a
            // customized clone stands in for a real one).
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NegativeSign = "\u2212";
            CultureInfo.CurrentCulture = comma;
            Assert.NotEqual("0.5", 0.5.ToString(CultureInfo.CurrentCulture));
            Assert.Equal(invariant, trajectory.ToCsv());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Run_SameSeedTwice_GivesIdenticalCsvBytes()
    {
        string Csv()
        {
            var (start, data) = Nrt(11);
            var result = GradientDescent.Run(start, data, new GradientDescentOptions(40, StepSchedule.NrtDecreasing(1e-3, 1e-2, 0.5), RecordStride: 8));
            using var stream = new MemoryStream();
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            {
                result.Trajectory.WriteCsv(writer);
            }

            return Convert.ToHexString(stream.ToArray());
        }

        Assert.Equal(Csv(), Csv());
    }

    [Fact]
    public void Run_DifferentSeeds_GiveDifferentCsv()
    {
        string Csv(int seed)
        {
            var (start, data) = Nrt(seed);
            return GradientDescent.Run(start, data, new GradientDescentOptions(5, StepSchedule.Constant(1e-3))).Trajectory.ToCsv();
        }

        Assert.NotEqual(Csv(11), Csv(12));
    }
}
