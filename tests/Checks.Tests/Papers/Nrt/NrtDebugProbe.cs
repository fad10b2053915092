using DeepLinear.Checks.Papers.Nrt;
using MathNet.Numerics.LinearAlgebra;
using Xunit;
using Xunit.Abstractions;

namespace DeepLinear.Checks.Tests.Papers.Nrt;

public class NrtDebugProbe(ITestOutputHelper output)
{
    [Fact]
    public void Debug()
    {
        var c = new NrtEngineChecks.TupleCase(3, [1, 2, 1, 5], 0, -1, 1, 1512666625);
        for (int j = 1; j <= 3; j++)
        {
            var f = c.Network.Factor(j);
            output.WriteLine($"W{j} = {f.ToMatrixString()} L2={f.L2Norm():R} F={f.FrobeniusNorm():R}");
        }
        output.WriteLine($"delta {c.Delta:R}");
        var m = Matrix<double>.Build.DenseOfArray(new double[,] { { 3e-9, 0 }, { 0, 1e-9 } });
        output.WriteLine($"L2 tiny diag {m.L2Norm():R} ; scaled {(m * 1e9).L2Norm():R}");
        var v = Matrix<double>.Build.DenseOfArray(new double[,] { { 3e-9 }, { 4e-9 } });
        output.WriteLine($"L2 tiny col {v.L2Norm():R} ; {(v.TransposeThisAndMultiply(v)).L2Norm():R}");
    }
}
