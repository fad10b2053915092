using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using DeepLinear.Symbolic.Scalars;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Entrywise;

// Entry-wise matrix calculus against textbook identities (Petersen & Pedersen, The Matrix Cookbook, (100) and (107)):
// ∇_W tr(AᵀW) = A, ∇_W tr(WᵀAW) = (A + Aᵀ)W; each with a negative control decided by EntrywiseIdentity.
public class EntrywiseCalculusTests
{
    [Fact]
    public void Gradient_OfLinearTrace_IsTheCoefficientMatrix()
    {
        var names = new VariableNames();
        var w = SymbolicMatrix.Fresh(names, "W", "W", 2, 3);
        var a = SymbolicMatrix.Fresh(names, "A", "A", 2, 3);
        var g = EntrywiseCalculus.Gradient((a.Transpose() * w).Trace(), w);
        Assert.True(EntrywiseIdentity.Check(g, a, names).Proved);
        var wrong = EntrywiseIdentity.Check(g, 2 * Polynomial.One * a, names);
        Assert.False(wrong.Proved);
        Assert.NotNull(wrong.Witness);
    }

    [Fact]
    public void Gradient_OfQuadraticTrace_IsSymmetrizedProduct()
    {
        var names = new VariableNames();
        var w = SymbolicMatrix.Fresh(names, "W", "W", 3, 2);
        var a = SymbolicMatrix.Fresh(names, "A", "A", 3, 3);
        var g = EntrywiseCalculus.Gradient((w.Transpose() * a * w).Trace(), w);
        Assert.True(EntrywiseIdentity.Check(g, (a + a.Transpose()) * w, names).Proved);
        var dropped = EntrywiseIdentity.Check(g, (a + a) * w, names); // transpose dropped
        Assert.False(dropped.Proved);
        Assert.NotEqual(dropped.LeftValue, dropped.RightValue);
    }

    [Fact]
    public void DirectionalDerivative_EqualsFrobeniusPairingWithGradient()
    {
        var names = new VariableNames();
        var w = SymbolicMatrix.Fresh(names, "W", "W", 2, 2);
        var d = SymbolicMatrix.Fresh(names, "D", "D", 2, 2);
        var p = (w * w * w).Trace() + SymbolicMatrix.FrobeniusInner(w, w);
        var direction = Direction(w, d);
        var lhs = EntrywiseCalculus.DirectionalDerivative(p, direction);
        Assert.Equal(SymbolicMatrix.FrobeniusInner(EntrywiseCalculus.Gradient(p, w), d), lhs);
        Assert.NotEqual(SymbolicMatrix.FrobeniusInner(EntrywiseCalculus.Gradient(p, w), d.Transpose()), lhs); // negative control
    }

    [Fact]
    public void HessianMatrix_IsSymmetricAndMatchesBilinearForm()
    {
        var names = new VariableNames();
        var w = SymbolicMatrix.Fresh(names, "W", "W", 2, 2);
        var u = SymbolicMatrix.Fresh(names, "U", "U", 2, 2);
        var v = SymbolicMatrix.Fresh(names, "V", "V", 2, 2);
        var p = (w * w * w.Transpose() * w).Trace();
        var ids = Enumerable.Range(0, 4).Select(k => w.VariableAt(k / 2, k % 2)).ToArray();
        var h = EntrywiseCalculus.HessianMatrix(p, ids);
        Assert.Equal(h, h.Transpose());
        var uVec = SymbolicMatrix.Build(4, 1, (k, _) => u[k / 2, k % 2]);
        var vVec = SymbolicMatrix.Build(4, 1, (k, _) => v[k / 2, k % 2]);
        var viaMatrix = (uVec.Transpose() * h * vVec)[0, 0];
        Assert.Equal(viaMatrix, EntrywiseCalculus.HessianBilinear(p, Direction(w, u), Direction(w, v)));
        Assert.NotEqual(viaMatrix, EntrywiseCalculus.HessianBilinear(p, Direction(w, u), Direction(w, u))); // negative control
    }

    [Fact]
    public void TimeDerivative_AlongLinearFlow_IsChainRule()
    {
        // Ẇ = AW gives d/dt (WᵀW) = WᵀAᵀW + WᵀAW.
        var names = new VariableNames();
        var w = SymbolicMatrix.Fresh(names, "W", "W", 2, 2);
        var a = SymbolicMatrix.Fresh(names, "A", "A", 2, 2);
        var aw = a * w;
        var field = new Dictionary<int, Polynomial>();
        for (int i = 0; i < 2; i++)
        {
            for (int j = 0; j < 2; j++)
            {
                field[w.VariableAt(i, j)] = aw[i, j];
            }
        }

        var dt = EntrywiseCalculus.TimeDerivative(w.Transpose() * w, field);
        Assert.True(EntrywiseIdentity.Check(dt, (w.Transpose() * a.Transpose() * w) + (w.Transpose() * a * w), names).Proved);
        var swapped = EntrywiseIdentity.Check(dt, (w.Transpose() * w * a.Transpose()) + (w.Transpose() * a * w), names); // factors swapped
        Assert.False(swapped.Proved);
        Assert.NotNull(swapped.Witness);
    }

    [Fact]
    public void Check_ShapeMismatch_IsNotProved()
    {
        var outcome = EntrywiseIdentity.Check(SymbolicMatrix.Identity(2), SymbolicMatrix.Identity(3));
        Assert.False(outcome.Proved);
        Assert.Null(outcome.Witness);
        Assert.Contains("shape", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RefutedWitness_ReevaluatesToTheReportedValues()
    {
        var names = new VariableNames();
        var x = Polynomial.Variable(names.Fresh("x", "x"));
        var y = Polynomial.Variable(names.Fresh("y", "y"));
        var lhs = SymbolicMatrix.Build(1, 1, (_, _) => (x + y).Pow(3));
        var rhs = SymbolicMatrix.Build(1, 1, (_, _) => x.Pow(3) + (3 * Polynomial.One * x * x * y) + (3 * Polynomial.One * x * y * y) + y.Pow(3) - (x * y * (x - y) * (x + y)));
        var outcome = EntrywiseIdentity.Check(lhs, rhs, names);
        Assert.False(outcome.Proved);
        Rational Value(int v) => outcome.Witness![names.Text(v)];
        Assert.Equal(outcome.LeftValue, lhs[0, 0].Evaluate(Value));
        Assert.Equal(outcome.RightValue, rhs[0, 0].Evaluate(Value));
        Assert.NotEqual(outcome.LeftValue, outcome.RightValue);
    }

    private static Dictionary<int, Polynomial> Direction(SymbolicMatrix variables, SymbolicMatrix direction)
    {
        var map = new Dictionary<int, Polynomial>();
        for (int i = 0; i < variables.Rows; i++)
        {
            for (int j = 0; j < variables.Columns; j++)
            {
                map[variables.VariableAt(i, j)] = direction[i, j];
            }
        }

        return map;
    }
}
