using DeepLinear.Checks.ClaimFiles.Expressions;
using DeepLinear.Checks.ClaimFiles.Generators;
using Xunit;

namespace DeepLinear.Checks.Tests.ClaimFiles.Generators;

public class ShiftedRandomTests
{
    private static string Draw(string call, ulong seed, IReadOnlyList<double> shifts)
        => ExpressionEvaluator.Evaluate(ExpressionParser.Parse(call), new EvaluationScope(new ShiftedRandom(SeededRandom.For(seed), shifts))).ToString();

    private static string Draw(string call, ulong seed)
        => ExpressionEvaluator.Evaluate(ExpressionParser.Parse(call), new EvaluationScope(SeededRandom.For(seed))).ToString();

    [Fact]
    public void NextDouble_NoShifts_ReproducesTheSeededStreamExactly()
    {
        foreach (var call in new[] { "gaussian(3, 2)", "orthogonal(4)", "balanced(3, 2, 4)", "loguniform(0.01, 100)", "choose(1, 2, 10)", "integer(1, 50)" })
        {
            Assert.Equal(Draw(call, 11), Draw(call, 11, []));
            Assert.Equal(Draw(call, 11), Draw(call, 11, new double[40]));
        }
    }

    [Fact]
    public void NextDouble_Shifted_MovesContinuousDrawsOnly()
    {
        var shifts = Enumerable.Repeat(0.5, 200).ToArray();
        Assert.NotEqual(Draw("gaussian(3, 2)", 11), Draw("gaussian(3, 2)", 11, shifts));
        Assert.NotEqual(Draw("scalar(0, 1)", 11), Draw("scalar(0, 1)", 11, shifts));

        // Integer draws pass through unchanged.
        Assert.Equal(Draw("integer(1, 50)", 11), Draw("integer(1, 50)", 11, shifts));

        // A positive shift moves a uniform draw up, within (0, 1).
        double u = SeededRandom.For(3).NextDouble();
        double moved = new ShiftedRandom(SeededRandom.For(3), [2.0]).NextDouble();
        Assert.InRange(moved, u, 1.0);
        Assert.True(moved < 1);
    }

    [Fact]
    public void UniformDraws_CountsTheContinuousDraws()
    {
        var random = new ShiftedRandom(SeededRandom.For(1), []);
        random.NextDouble();
        random.Next(1, 5);
        random.NextDouble();
        Assert.Equal(2, random.UniformDraws);
    }
}
