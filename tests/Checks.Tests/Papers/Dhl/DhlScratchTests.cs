using DeepLinear.Checks.Papers.Dhl;
using DeepLinear.Checks.Running;
using DeepLinear.Numeric.Losses;
using Xunit;
using Xunit.Abstractions;

namespace DeepLinear.Checks.Tests.Papers.Dhl;

public class DhlScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        var ctx = CheckContext.Direct();
        foreach (var r in new[] { DhlEngineChecks.InvariantAlongFlows(ctx, "dhl/thm2.1#flow", tanh: true), DhlEngineChecks.InvariantAlongFlows(ctx, "dhl/cor2.1#flow", tanh: true), DhlEngineChecks.MatrixInvariantAlongFlows(ctx, true), DhlEngineChecks.SharedInvariantAlongFlows(ctx, true) })
        {
            output.WriteLine("NEG " + r.Verdict + " " + r.Evidence.Summary());
        }
    }
}
