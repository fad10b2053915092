namespace DeepLinear.Checks.Papers.Lcc;

/// <summary>
/// Critical points that are not constructed from (8): limits of engine flows (H = 1, t = 120) from Gaussian starts and
/// from starts on the invariant sets {Aeᵢ = 0, Cᵀeᵢ = 0} (which converge to saddles). Lemma 2's kernel equality, the
/// structure (8) and the loss ½‖E_Y‖²_F are checked at them numerically (tolerance 10⁻⁶ relative), next to the exact
/// survey of constructed points (<see cref="ExactCriticalPointChecks"/>).
/// </summary>
internal static class CriticalPointFlowLimits
{
    private const double LimitTolerance = 1e-6;

    internal sealed record FlowLimit(double[] S, int Dy, int D1, int Dx, Matrix<double> A, Matrix<double> B, Matrix<double> C, double GradientNorm, string Start);

    private static List<FlowLimit> FlowLimits(CheckContext context)
    {
        var limits = new List<FlowLimit>();
        int runs = context.Thorough ? 24 : 6;
        for (int k = 0; k < runs; k++)
        {
            ulong seed = context.DeriveSeed(700 + (ulong)k);
            var random = RandomSource.For(seed);
            int dy = random.Next(2, 4), d1 = random.Next(dy, 4), dx = random.Next(d1, 5);
            var (s, sigma) = ReducedFlowChecks.RandomTarget(random, dy, dx);
            var w1 = RandomMatrices.Gaussian(random, d1, dx, 0.8);
            var w2 = RandomMatrices.Gaussian(random, dy, d1, 0.8);
            string start = "Gaussian start";
            if (k % 2 == 1)
            {
                int i0 = random.Next(0, dy);
                for (int r = 0; r < d1; r++)
                {
                    w1[r, i0] = 0;
                    w2[i0, r] = 0;
                }

                start = string.Create(CultureInfo.InvariantCulture, $"start on {{Ae_{i0 + 1} = 0, Cᵀe_{i0 + 1} = 0}}");
            }

            var data = LccNumeric.ReducedData(sigma);
            var run = LccNumeric.Flow(new DeepLinearNetwork(w1, w2), data, [120.0], context.CancellationToken);
            if (run is null)
            {
                continue;
            }

            var end = run[^1].Network;
            var f1 = end.Factor(1);
            limits.Add(new FlowLimit(s, dy, d1, dx, f1.SubMatrix(0, d1, 0, dy), f1.SubMatrix(0, d1, dy, dx - dy), end.Factor(2), DeepLinearGradient.GradientNorm(end, data), start));
        }

        return limits;
    }

    private static int NumericRank(Matrix<double> m)
    {
        var sv = m.Svd(computeVectors: false).S;
        double max = sv.Count == 0 ? 0 : sv.Maximum();
        return sv.Count(x => x > 1e-5 * Math.Max(1, max));
    }

    internal static string? KernelViolation(FlowLimit p)
    {
        // Ker A = Ker Cᵀ ⇔ rank A = rank Cᵀ = rank [A; Cᵀ] (numerical ranks, relative threshold 10⁻⁵).
        int ra = NumericRank(p.A), rc = NumericRank(p.C.Transpose()), both = NumericRank(p.A.Stack(p.C.Transpose()));
        return ra == rc && rc == both ? null : string.Create(CultureInfo.InvariantCulture, $"rank A = {ra}, rank Cᵀ = {rc}, rank [A; Cᵀ] = {both}");
    }

    internal static string? LossViolation(FlowLimit p)
    {
        var (loss, predicted, _) = LimitLoss(p);
        return Math.Abs(loss - predicted) <= LimitTolerance * (1 + predicted) ? null : string.Create(CultureInfo.InvariantCulture, $"L = {loss:G8} ≠ ½‖E_Y‖² = {predicted:G8}");
    }

    private static (double Loss, double Predicted, int[] Learned) LimitLoss(FlowLimit p)
    {
        var learned = Enumerable.Range(0, p.Dy).Where(i => p.A.Column(i).L2Norm() > 1e-4).ToArray();
        double loss = LccNumeric.Loss(LccNumeric.Sigma(p.S, p.Dx), p.A.Append(p.B), p.C);
        double predicted = 0.5 * Enumerable.Range(0, p.Dy).Where(i => !learned.Contains(i)).Sum(i => p.S[i] * p.S[i]);
        return (loss, predicted, learned);
    }

    internal static string? BlockStructureViolation(FlowLimit p)
    {
        var (_, _, learned) = LimitLoss(p);
        var unlearned = Enumerable.Range(0, p.Dy).Except(learned).ToArray();
        var aBar = Matrix<double>.Build.DenseOfColumnVectors(learned.Select(i => p.A.Column(i)).DefaultIfEmpty(Vector<double>.Build.Dense(p.D1)));
        var cBar = Matrix<double>.Build.DenseOfRowVectors(learned.Select(i => p.C.Row(i)).DefaultIfEmpty(Vector<double>.Build.Dense(p.D1)));
        double scale = 1 + p.S.Max();
        double e1 = learned.Length == 0 ? 0 : (cBar * aBar - Matrix<double>.Build.DenseOfDiagonalArray(learned.Select(i => p.S[i]).ToArray())).FrobeniusNorm();
        double e2 = learned.Length == 0 ? 0 : (cBar * p.B).FrobeniusNorm();
        double e3 = unlearned.Sum(i => p.A.Column(i).L2Norm() + p.C.Row(i).L2Norm());
        return e1 + e2 + e3 <= LimitTolerance * scale ? null : string.Create(CultureInfo.InvariantCulture, $"‖C̄Ā − D_Y‖ = {e1:G3}, ‖C̄B‖ = {e2:G3}, unlearned columns of A / rows of C of norm {e3:G3}");
    }

    internal static CheckResult Extend(CheckContext context, CheckResult exact, Func<FlowLimit, string?> violation, string property)
    {
        if (exact.Verdict != Verdict.Verified)
        {
            return exact;
        }

        int count = 0, rejected = 0;
        foreach (var p in FlowLimits(context))
        {
            if (p.GradientNorm > 1e-8)
            {
                rejected++;
                continue;
            }

            count++;
            if (violation(p) is { } v)
            {
                return CheckResult.Refuted(
                    "numeric counterexample at a flow limit",
                    new CounterexampleEvidence(
                        string.Create(CultureInfo.InvariantCulture, $"{p.Start}, (d_y, d₁, dₓ) = ({p.Dy}, {p.D1}, {p.Dx}), ‖∇L‖ = {p.GradientNorm:G3}"),
                        p.Start,
                        v,
                        Exact: false,
                        Shrunk: false,
                        IsShapeError: false,
                        Rerun: string.Empty,
                        context.Seed));
            }
        }

        var e = (NumericEvidence)exact.Evidence;
        return CheckResult.Verified(
            exact.Scope + string.Create(CultureInfo.InvariantCulture, $"; plus {count} flow limits (H = 1, t = 120, ‖∇L‖ ≤ 10⁻⁸, Gaussian starts and starts on invariant sets), tolerance 10⁻⁶"),
            e with { InstanceFamily = e.InstanceFamily + "; at the flow limits: " + property, InstancesTried = e.InstancesTried + count, InstancesRejected = e.InstancesRejected + rejected });
    }
}
