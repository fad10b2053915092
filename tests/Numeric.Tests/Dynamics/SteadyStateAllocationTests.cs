using System.Diagnostics;
using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.Workspace;
using Xunit;

namespace DeepLinear.Numeric.Tests.Dynamics;

[Collection(SerialAllocationCollection.Name)]
public class SteadyStateAllocationTests
{
    [Theory]
    [InlineData(2, 20)]
    [InlineData(5, 20)]
    [InlineData(3, 130)]
    public void Step_SteadyState_AllocatesNothing(int depth, int d)
    {
        var (x, y, start) = NrtExperimentSetup.Create(depth, d, 2, 3 * d, 1);
        var ws = new DescentWorkspace(start, new RegressionData(x, y));

        // Warm up by time, so tiered compilation and first-use initializations are done before measuring.
        var clock = Stopwatch.StartNew();
        for (int k = 0; k < 20 || clock.ElapsedMilliseconds < 300; k++)
        {
            ws.Step(1e-6);
            _ = ws.Loss();
            _ = ws.GradientNormSquared();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int k = 0; k < 50; k++)
        {
            ws.Step(1e-6);
        }

        _ = ws.Loss();
        _ = ws.GradientNormSquared();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
