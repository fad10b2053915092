using System.Globalization;
using DeepLinear.Symbolic.DepthGeneric;
using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Polynomials;
using DeepLinear.Symbolic.Scalars;
using Xunit;

namespace DeepLinear.Symbolic.Tests.DepthGeneric;

public class DepthGenericHessianTests
{
    private static readonly HessianBlockKind[] Kinds = [HessianBlockKind.Diagonal, HessianBlockKind.LowerUpper, HessianBlockKind.UpperLower];

    [Fact]
    public void Hessian_ForAllDepths_IsProvedWithEveryCaseAndControl()
    {
        var d = DepthGenericHessian.Hessian();
        Assert.True(d.Proved, d.ToText());
        Assert.Equal(ProofScope.AllDepthsAllDimensions, d.Scope);
        Assert.DoesNotContain(d.Steps, s => s.Rule.Contains("mismatch", StringComparison.Ordinal) || s.Rule.Contains("NOT", StringComparison.Ordinal));
        Assert.Equal(3 + 7 + 7, d.Steps.Count(s => s.Rule.Contains(": boundary ", StringComparison.Ordinal)));
        foreach (var boundary in new[] { "block i = j: boundary i = 1", "block i < j: boundary i = 1", "block i < j: boundary j = N", "block i < j: boundary j = i + 1", "block i > j: boundary i = j + 1" })
        {
            Assert.Contains(d.Steps, s => s.Rule.StartsWith(boundary, StringComparison.Ordinal));
        }

        Assert.Contains(d.Steps, s => s.Rule == "case split: exhaustive");
        Assert.Equal(3, d.Steps.Count(s => s.Rule.StartsWith("negative control:", StringComparison.Ordinal) && s.Rule.EndsWith("rejected", StringComparison.Ordinal)));
        Assert.Equal(2, d.Steps.Count(s => s.Rule.StartsWith("symmetry:", StringComparison.Ordinal)));
        Assert.Equal(4, d.Steps.Count(s => s.Rule.StartsWith("Proposition 3.3:", StringComparison.Ordinal)));
    }

    [Fact]
    public void DiagonalAndMixedBlocks_ForAllDepths_AreProved()
    {
        var diagonal = DepthGenericHessian.DiagonalBlocks();
        var mixed = DepthGenericHessian.MixedBlocks();
        Assert.True(diagonal.Proved, diagonal.ToText());
        Assert.True(mixed.Proved, mixed.ToText());
        Assert.DoesNotContain(mixed.Steps, s => s.Rule.StartsWith("block i = j", StringComparison.Ordinal));
        Assert.DoesNotContain(diagonal.Steps, s => s.Rule.StartsWith("block i < j", StringComparison.Ordinal));
    }

    // nrt §3.2: the all-depths block formulas, instantiated with S_{a,b} = W_b⋯W_a, equal the second derivative of the
    // free-mode loss ½tr((W_N⋯W₁X − Y)ᵀ(…)) for N = 1…8, as a bilinear form (directions E, F) and as the quadratic form
    // that FreeProofs.Hessian derives.
    [Fact]
    public void Instantiate_AtDepthsOneToEight_EqualsFreeModeHessian()
    {
        for (int n = 1; n <= 8; n++)
        {
            var env = FreeEnv(n);
            var directionsE = Enumerable.Range(1, n).ToDictionary(W, k => "E" + Str(k));
            var directionsF = Enumerable.Range(1, n).ToDictionary(W, k => "F" + Str(k));
            var bilinear = Loss(n, env).Derivative(directionsE).Derivative(directionsF);
            Assert.Equal(bilinear, CanonicalForm.Of(DepthGenericHessian.Instantiate(n, "E", "F"), env));
            Assert.Equal(bilinear, CanonicalForm.Of(DepthGenericHessian.Instantiate(n, "F", "E"), env)); // symmetry, instantiated

            var free = FreeProofs.Hessian(n);
            Assert.True(free.Proved);
            Assert.Equal(free.Steps[0].Text, CanonicalForm.Of(DepthGenericHessian.Instantiate(n, "E", "E"), env).ToString());
        }
    }

    [Fact]
    public void Instantiate_PrintedOrSwappedBlocks_DisagreeWithFreeModeAtSquareSizes()
    {
        for (int n = 2; n <= 4; n++)
        {
            var env = FreeEnv(n, square: true);
            var directions = Enumerable.Range(1, n).ToDictionary(W, k => "E" + Str(k));
            var second = Loss(n, env).Derivative(directions).Derivative(directions);
            Assert.Equal(second, CanonicalForm.Of(DepthGenericHessian.Instantiate(n, "E", "E"), env));
            Assert.NotEqual(second, CanonicalForm.Of(DepthGenericHessian.Instantiate(n, "E", "E", DepthGenericHessian.PrintedBlock), env));
            // At N = 2 the middle segment is empty (S_{2,1} = I), so swapping it with Δ changes nothing; from N = 3 on it does.
            var swapped = CanonicalForm.Of(DepthGenericHessian.Instantiate(n, "E", "E", DepthGenericHessian.SwappedSegmentBlock), env);
            Assert.Equal(n == 2, second.Equals(swapped));
        }
    }

    // The entry-wise engine: ∇²L^N(Δ⃗, Γ⃗) of the expanded polynomial L^N (EntrywiseCalculus.HessianBilinear) at a rational
    // point equals the instantiated all-depths formula evaluated exactly (FreeEvaluator), for N = 1…8.
    [Fact]
    public void Instantiate_AtDepthsOneToEight_AgreesWithEntrywiseHessian()
    {
        for (int n = 1; n <= 8; n++)
        {
            int[] dims = Enumerable.Range(0, n + 1).Select(k => k % 2 == 0 ? 2 : 1).ToArray();
            var s = new DeepLinearSymbols(dims, 2, symbolicData: false);
            var point = new Dictionary<int, Rational>();
            var matrices = new Dictionary<string, RationalMatrix>();
            var delta = new Dictionary<int, Polynomial>();
            var gamma = new Dictionary<int, Polynomial>();
            for (int k = 1; k <= n; k++)
            {
                var f = s.Factors[k - 1];
                matrices[W(k)] = RationalMatrix.Build(f.Rows, f.Columns, (a, b) => Value(1, k, a, b));
                matrices["E" + Str(k)] = RationalMatrix.Build(f.Rows, f.Columns, (a, b) => Value(2, k, a, b));
                matrices["F" + Str(k)] = RationalMatrix.Build(f.Rows, f.Columns, (a, b) => Value(3, k, a, b));
                for (int a = 0; a < f.Rows; a++)
                {
                    for (int b = 0; b < f.Columns; b++)
                    {
                        point[f.VariableAt(a, b)] = Value(1, k, a, b);
                        delta[f.VariableAt(a, b)] = Polynomial.Constant(Value(2, k, a, b));
                        gamma[f.VariableAt(a, b)] = Polynomial.Constant(Value(3, k, a, b));
                    }
                }
            }

            matrices["X"] = RationalMatrix.Build(s.X.Rows, s.X.Columns, (a, b) => s.X[a, b].Evaluate(_ => Rational.Zero));
            matrices["Y"] = RationalMatrix.Build(s.Y.Rows, s.Y.Columns, (a, b) => s.Y[a, b].Evaluate(_ => Rational.Zero));
            var entrywise = EntrywiseCalculus.HessianBilinear(s.Loss, delta, gamma).Evaluate(v => point[v]);
            var formula = FreeEvaluator.Evaluate(DepthGenericHessian.Instantiate(n, "E", "F"), matrices, new Dictionary<string, Rational>());
            Assert.Equal(entrywise, formula.Scalar);
            Assert.NotEqual(Rational.Zero, entrywise); // a point where the check is not vacuous
        }
    }

    [Theory]
    [MemberData(nameof(MixedKinds))]
    public void Reject_PrintedScalarTimesPij_IsRejected(HessianBlockKind kind)
    {
        var (rejected, how) = DepthGenericHessian.Reject(kind, DepthGenericHessian.PrintedBlock);
        Assert.True(rejected, how);
        Assert.Contains("shape error", how, StringComparison.Ordinal);
        Assert.Contains("all sizes equal: refuted", how, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MixedKinds))]
    public void Reject_SwappedSegmentOrder_IsRejected(HessianBlockKind kind)
    {
        var (rejected, how) = DepthGenericHessian.Reject(kind, DepthGenericHessian.SwappedSegmentBlock);
        Assert.True(rejected, how);
        Assert.Contains("all sizes equal: refuted", how, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Reject_CorrectedBlock_IsNotRejected(HessianBlockKind kind)
    {
        var (rejected, how) = DepthGenericHessian.Reject(kind, DepthGenericHessian.CorrectedBlock);
        Assert.False(rejected, how);
    }

    [Fact]
    public void Block_WithoutTheMixedTerm_IsNotProved()
    {
        static FreeExpr QOnly(HessianBlockKind kind, HessianBlockSymbols s)
        {
            var (qi, qj, _) = DepthGenericHessian.QAndP(kind, s);
            return new FreeTrace(qi.T * qj);
        }

        var (rejected, _) = DepthGenericHessian.Reject(HessianBlockKind.LowerUpper, QOnly);
        Assert.True(rejected);
    }

    [Fact]
    public void FirstUncovered_EveryDroppedCase_IsDetected()
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        for (int n = 1; n <= 6; n++)
        {
            for (int i = 1; i <= n; i++)
            {
                for (int j = 1; j <= n; j++)
                {
                    all.Add(DepthGenericHessian.Classify(n, i, j));
                }
            }
        }

        Assert.Equal(20, all.Count);
        Assert.Null(DepthGenericHessian.FirstUncovered(all, 6));
        foreach (var dropped in all)
        {
            var fewer = all.Where(c => c != dropped).ToHashSet(StringComparer.Ordinal);
            Assert.NotNull(DepthGenericHessian.FirstUncovered(fewer, 6));
        }
    }

    [Theory]
    [InlineData(1, 1, 1, "Diagonal:P,S")]
    [InlineData(4, 2, 3, "LowerUpper:M")]
    [InlineData(5, 2, 4, "LowerUpper:")]
    [InlineData(2, 2, 1, "UpperLower:M,P,S")]
    [InlineData(5, 5, 2, "UpperLower:S")]
    [InlineData(5, 5, 1, "UpperLower:P,S")]
    public void Classify_KnownPairs_GiveTheirCase(int n, int i, int j, string expected) =>
        Assert.Equal(expected, DepthGenericHessian.Classify(n, i, j));

    public static TheoryData<HessianBlockKind> MixedKinds => new() { HessianBlockKind.LowerUpper, HessianBlockKind.UpperLower };

    public static TheoryData<HessianBlockKind> AllKinds => new(Kinds);

    private static string Str(int k) => k.ToString(CultureInfo.InvariantCulture);

    private static string W(int k) => "W" + Str(k);

    private static Rational Value(int salt, int k, int a, int b) => new(((((7 * salt) + (5 * k) + (3 * a) + (11 * b)) % 9) - 4), 1 + ((salt + k + a) % 3));

    private static ShapeEnvironment FreeEnv(int n, bool square = false)
    {
        string D(int k) => square ? "n" : "d" + Str(k);
        var env = new ShapeEnvironment();
        for (int k = 1; k <= n; k++)
        {
            env = env.Declare(W(k), D(k), D(k - 1)).Declare("E" + Str(k), D(k), D(k - 1)).Declare("F" + Str(k), D(k), D(k - 1));
        }

        return env.Declare("X", D(0), "m").Declare("Y", D(n), "m");
    }

    private static CanonicalForm Loss(int n, ShapeEnvironment env)
    {
        FreeExpr product = new FreeSymbol("W1");
        for (int k = 2; k <= n; k++)
        {
            product = new FreeSymbol(W(k)) * product;
        }

        var r = (product * new FreeSymbol("X")) - new FreeSymbol("Y");
        return CanonicalForm.Of(new FreeScale(new Rational(1, 2), new FreeTrace(r.T * r)), env);
    }
}
