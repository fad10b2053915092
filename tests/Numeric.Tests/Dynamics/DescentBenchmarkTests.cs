using DeepLinear.Numeric.Benchmarks;
using DeepLinear.Numeric.Errors;
using Xunit;

namespace DeepLinear.Numeric.Tests.Dynamics;

/// <summary>The benchmark library's contract (never its timings: speed is measured by <c>dlv bench</c>, not by tests).</summary>
[Collection(SerialAllocationCollection.Name)]
public class DescentBenchmarkTests
{
    [Fact]
    public void WorkloadNames_AreTheFiveOfTheIssue() =>
        Assert.Equal(["gd-nrt-N2", "gd-nrt-N3", "gd-nrt-N5", "gd-nrt-N5-m21000", "gd-square-512"], DescentBenchmark.WorkloadNames);

    [Fact]
    public void Run_SmallNrtWorkload_ReportsItsShapeAndAllocatesNothingPerStep()
    {
        var m = DescentBenchmark.Run("gd-nrt-N2", 20, 0, 1);
        Assert.Equal("gd-nrt-N2", m.Name);
        Assert.Equal(20, m.Iterations);
        Assert.Equal(0, m.AllocBytesPerIter);
        Assert.True(m.NsPerIter > 0 && m.MeanNsPerIter > 0);
        Assert.Contains("widths 70,2,70", m.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownWorkload_ThrowsNamingIt()
    {
        var e = Assert.Throws<NumericArgumentException>(() => DescentBenchmark.Run("gd-nope", 10, 0, 1));
        Assert.Contains("gd-nope", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NonPositiveIterations_Throws() =>
        Assert.Throws<NumericArgumentException>(() => DescentBenchmark.Run("gd-nrt-N2", 0, 0, 1));
}
