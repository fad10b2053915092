using System.Numerics;
using DeepLinear.Symbolic.Free;
using static DeepLinear.Checks.Reproductions.ReproductionFormat;

namespace DeepLinear.Checks.Reproductions;

/// <summary>
/// The constructions acgh uses in place of experiments: Claim 4 (Appendix D.6: a target Φ = 1, an unbalanced start with
/// deficiency margin c built from A of (50) and (51), and a loss that never goes below ½(2^N − 1)², growing doubly
/// exponentially) and Claim 5 (Appendix D.7: a symmetric Φ with a negative eigenvalue, identity start, loss ≥ ½λ² for
/// every step size). Values beyond the double range are carried in log-domain arithmetic (<see cref="SignedLog"/>);
/// the first steps are also computed exactly over ℚ and compared.
/// </summary>
public static class AcghClaimReproductions
{
    private const int LogSteps = 40;
    private const long ExactBitLimit = 1 << 16;

    /// <summary>The depths (even, as the claims require).</summary>
    public static IReadOnlyList<int> Depths { get; } = [2, 4, 6];

    /// <summary>The step sizes tried (exact rationals 1/1000, 1/10, 1, 10).</summary>
    public static IReadOnlyList<Rational> StepSizes { get; } = [new Rational(1, 1000), new Rational(1, 10), Rational.One, new Rational(10, 1)];

    /// <summary>acgh Claim 4 via the construction of Appendix D.6 (d = 1; the d-dimensional case moves only one entry).</summary>
    public static ReproductionResult Claim4(ReproductionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var q = new Rational(39, 40);
        var rows = new List<ReproductionRow>();
        var curves = new List<ReproductionCurve>();
        var counter = new RunCounter(options, Depths.Count * StepSizes.Count);
        foreach (int n in Depths)
        {
            var c = q.Pow(n);
            foreach (var etaQ in StepSizes)
            {
                double eta = (double)etaQ.Numerator / (double)etaQ.Denominator;
                double cd = c.ToDouble();
                double lastTerm = Math.Exp((Math.Log(20) + ((2 * n - 1) * Math.Log(10)) - (2 * n * Math.Log(eta))) / (2 * n - 2));
                double amax = new[] { Math.Sqrt(eta * n), 2 / (eta * (1 - cd) * Math.Pow(cd, (n - 1.0) / n)), 2000, 20 / eta, lastTerm }.Max();
                var a = new Rational(new BigInteger(Math.Ceiling(amax)), BigInteger.One);

                // (51): W_j(0) = A c^{1/N} for j ≤ N/2, c^{1/N}/A for j > N/2; c = q^N so c^{1/N} = q exactly.
                var exact = (Up: a * q, Down: q / a);
                var logs = (Up: FromRational(exact.Up), Down: FromRational(exact.Down));
                bool marginExact = Product(exact, n) == c && Rational.One - Product(exact, n) == Rational.One - c;
                int half = n / 2;
                double bound = 0.5 * Math.Pow(Math.Pow(2, n) - 1, 2);
                double minLog10Loss = double.PositiveInfinity;
                double worstAgreement = 0;
                int exactSteps = 0;
                int exactUpdates = 0;
                bool exactAlive = true;
                bool signsAlternate = true;
                var ts = new List<double>();
                var lossLog10 = new List<double>();
                for (int t = 0; t <= LogSteps; t++)
                {
                    var p = logs.Up.Pow(half) * logs.Down.Pow(half);
                    var residual = p - SignedLog.From(1);
                    double log10Loss = (2 * residual.Log10) - Math.Log10(2);
                    ts.Add(t);
                    lossLog10.Add(log10Loss);
                    if (t >= 1)
                    {
                        minLog10Loss = Math.Min(minLog10Loss, log10Loss);
                        int expected = t % 2 == 1 ? 1 : -1;
                        signsAlternate &= logs.Up.Sign == logs.Down.Sign && (t == 1 || logs.Up.Sign == expected);
                    }

                    if (exactAlive)
                    {
                        worstAgreement = Math.Max(worstAgreement, Math.Max(Agreement(exact.Up, logs.Up), Agreement(exact.Down, logs.Down)));
                        exactSteps = t;
                    }

                    if (t == LogSteps)
                    {
                        break;
                    }

                    // W_j ← W_j − η(P − 1)·P/W_j (the 1-D form of acgh (14)).
                    var step = SignedLog.From(eta) * residual;
                    logs = (logs.Up - (step * logs.Up.Pow(half - 1) * logs.Down.Pow(half)), logs.Down - (step * logs.Up.Pow(half) * logs.Down.Pow(half - 1)));
                    if (exactAlive)
                    {
                        var pe = Product(exact, n);
                        var se = etaQ * (pe - Rational.One);
                        exact = (exact.Up - (se * exact.Up.Pow(half - 1) * exact.Down.Pow(half)), exact.Down - (se * exact.Up.Pow(half) * exact.Down.Pow(half - 1)));
                        exactAlive = Bits(exact.Up) + Bits(exact.Down) < ExactBitLimit;
                        exactUpdates++;
                    }
                }

                counter.AddWork("exact gradient descent over Q (scalar)", exactUpdates, exactUpdates);
                counter.Finished("N = " + I(n) + ", η = " + G(eta), "log-domain gradient descent (scalar)", LogSteps, LogSteps);

                bool ok = minLog10Loss >= Math.Log10(bound) && marginExact && signsAlternate;
                rows.Add(new ReproductionRow(
                    "$\\min_{1 \\le t \\le " + I(LogSteps) + "} \\ell(t)$, $N = " + I(n) + "$, $\\eta = " + Sci(eta) + "$",
                    "$\\ge \\frac{1}{2}(2^N - 1)^2 = " + G(bound) + "$ (Lemma 17)",
                    "$10^{" + G(minLog10Loss, 4) + "}$; $\\ell(" + I(LogSteps) + ") = 10^{" + Sci(lossLog10[^1], 4) + "}$",
                    ok ? ReproductionVerdict.Reproduced : ReproductionVerdict.NotReproduced,
                    "$c = (39/40)^{" + I(n) + "}$, $A = " + Sci(a.ToDouble(), 4) + "$ (integer $\\ge$ (50)); $W_{1:N}(0) = c$ exactly (margin $c$); signs alternate: " + (signsAlternate ? "yes" : "no") + "; exact over $\\mathbb{Q}$ for $t \\le " + I(exactSteps) + "$, the log-domain run (from the same start) agrees with it there to a relative gap in $\\ln\\lvert W_j\\rvert$ of at most " + M(worstAgreement, 2))
                {
                    Fields = [new("N", n), new("eta", eta), new("c", cd), new("A", a.ToDouble()), new("bound", bound), new("min_log10_loss", minLog10Loss), new("final_log10_loss", lossLog10[^1]), new("exact_steps", exactSteps)],
                });
                if (etaQ == Rational.One)
                {
                    curves.Add(new ReproductionCurve("N = " + I(n) + ", η = 1", ts, lossLog10.Select(v => Math.Max(v, 1e-3)).ToArray()));
                }
            }
        }

        var setup = new List<string>
        {
            "Construction of acgh Appendix D.6 with $d = 1$: $\\Phi = 1$ ($\\sigma_{\\min}(\\Phi) = 1$), depth $N \\in \\{2, 4, 6\\}$ (even), step sizes $\\eta \\in \\{10^{-3}, 0.1, 1, 10\\}$ (exact rationals).",
            "Deficiency margin $c = (39/40)^N \\in [3/4, 1)$, chosen so that $c^{1/N} = 39/40$ is rational; $A$ = the least integer $\\ge$ the maximum in (50) (the proof uses only the lower bounds in (50)); $W_j(0)$ from (51).",
            "Gradient descent $W_j \\leftarrow W_j - \\eta(W_{1:N} - 1)W_{1:N}/W_j$ (acgh (14) for scalars) in sign/log-domain arithmetic for " + I(LogSteps) + " steps (the values leave the double range after a few steps; no value becomes not-a-number), and exactly over $\\mathbb{Q}$ from the same start while the numbers have fewer than $2^{16}$ bits, as a cross-check of the log-domain run.",
            "The $d$-dimensional case of the proof ($\\Phi = I_d$, all diagonal entries but the first equal to 1) evolves the first entry exactly like this scalar run, so its loss is the same.",
            "Deterministic: no randomness (the seed is not used).",
        };
        var notes = new List<string>
        {
            "The loss grows doubly exponentially ($\\log_{10}\\ell(t)$ roughly multiplies by $2N - 1$ per step), as the remark after the proof says (\"grows at least exponentially\").",
        };
        return new ReproductionResult("acgh-claim4", "acgh", "Claim 4: a deficiency margin without balancedness does not ensure convergence", options.Quick, setup, rows,
            [new ReproductionPlot("loss", "acgh Claim 4 construction: log₁₀ of the loss (η = 1)", "step t", "log₁₀ loss", true, curves)], notes);
    }

    /// <summary>acgh Claim 5 via Appendix D.7: symmetric Φ with eigenvalues 2, 1, −1, identity start, N ∈ {2, 4}.</summary>
    public static ReproductionResult Claim5(ReproductionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        int steps = options.Quick ? 500 : 5000;
        double[] mu = [2, 1, -1];
        double lambda = 1;
        var rows = new List<ReproductionRow>();
        var curves = new List<ReproductionCurve>();
        double[] etas = [1e-3, 1e-2, 0.1, 0.5, 1, 10];
        var counter = new RunCounter(options, (2 * etas.Length) + 2);
        foreach (int n in new[] { 2, 4 })
        {
            foreach (double eta in etas)
            {
                var x = mu.Select(_ => SignedLog.From(1)).ToArray();
                var minLoss = SignedLog.From(double.MaxValue);
                int argMin = 0;
                var ts = new List<double>();
                var ls = new List<double>();
                int stride = Math.Max(1, (steps + ReproductionMath.MaxCurvePoints - 2) / (ReproductionMath.MaxCurvePoints - 1));
                SignedLog loss = SignedLog.Zero;
                int last = steps;
                for (int t = 0; t <= steps; t++)
                {
                    loss = SignedLog.Zero;
                    for (int i = 0; i < mu.Length; i++)
                    {
                        var r = x[i].Pow(n) - SignedLog.From(mu[i]);
                        loss += r * r;
                    }

                    loss *= SignedLog.From(0.5);
                    if (Less(loss, minLoss))
                    {
                        minLoss = loss;
                        argMin = t;
                    }

                    if (t % stride == 0 || t == steps)
                    {
                        ts.Add(t);
                        ls.Add(loss.Log10);
                    }

                    // Beyond |x| = e^{10^{250}} even the logarithm would leave the double range: stop (the loss only grows).
                    if (x.Any(v => v.Log > 1e250))
                    {
                        last = t;
                        break;
                    }

                    for (int i = 0; i < mu.Length && t < steps; i++)
                    {
                        x[i] -= SignedLog.From(eta) * (x[i].Pow(n) - SignedLog.From(mu[i])) * x[i].Pow(n - 1);
                    }
                }

                counter.Finished("N = " + I(n) + ", η = " + G(eta), "log-domain eigenvalue recursion", last, last);
                bool ok = !Less(minLoss, SignedLog.From(0.5 * lambda * lambda));
                rows.Add(new ReproductionRow(
                    "$\\min_{0 \\le t \\le " + I(steps) + "} \\ell(t)$, $N = " + I(n) + "$, $\\eta = " + Sci(eta) + "$",
                    "$\\ge \\frac{1}{2}\\lambda^2 = 0.5$ (D.7)",
                    (minLoss.Log10 < 15 ? M(minLoss.ToDouble(), 8) : "$10^{" + G(minLoss.Log10, 6) + "}$") + " at $t = " + I(argMin) + "$; $\\ell(" + I(last) + ") = " + (loss.Log10 < 15 ? Sci(loss.ToDouble(), 6) : "10^{" + Sci(loss.Log10, 4) + "}") + "$",
                    ok ? ReproductionVerdict.Reproduced : ReproductionVerdict.NotReproduced,
                    "per-eigenvalue recursion $x \\leftarrow x - \\eta(x^N - \\mu)x^{N-1}$ (Lemma 18) in log-domain arithmetic" + (last < steps ? "; stopped at $t = " + I(last) + "$ where $\\ln|x|$ exceeds $10^{250}$ (the loss only grows)" : string.Empty))
                {
                    Fields = [new("N", n), new("eta", eta), new("bound", 0.5 * lambda * lambda), new("min_log10_loss", minLoss.Log10), new("argmin_step", argMin), new("last_step", last), new("final_log10_loss", loss.Log10)],
                });
                if (eta == 1e-2 || eta == 10)
                {
                    curves.Add(new ReproductionCurve("N = " + I(n) + ", η = " + G(eta), ts, ls.Select(v => Math.Pow(10, Math.Min(v, 300))).ToArray()));
                }
            }
        }

        // Cross-checks: the exact full-matrix descent keeps W_j = U D̂ Uᵀ (Lemma 18), and the numeric engine's descent
        // on the 3 × 3 problem gives the eigenvalue recursion's loss.
        var (lemma18, exactSteps) = Lemma18Exact(n: 2, eta: new Rational(1, 10), steps: 4);
        counter.Finished("Lemma 18, exact", "exact gradient descent over Q (3 × 3)", exactSteps, exactSteps);
        rows.Add(new ReproductionRow(
            "Lemma 18: $W_j(t) = U\\hat D(t)U^\\top$, all $j$ equal, $N = 2$, $\\eta = 0.1$",
            "holds for every $t$ (Bartlett et al., Lemma 6)",
            lemma18 ? "holds exactly for $t \\le " + I(exactSteps) + "$" : "fails",
            lemma18 ? ReproductionVerdict.Reproduced : ReproductionVerdict.NotReproduced,
            "exact rational 3 × 3 descent; $U^\\top W_j(t)U$ diagonal and $W_1(t) = W_2(t)$")
        {
            Fields = [new("quantity", "lemma18_exact"), new("N", 2), new("eta", 0.1), new("steps", exactSteps), new("holds", lemma18)],
        });
        var engine = EngineRun(n: 2, eta: 1e-2, steps: steps);
        var scalar = ScalarLoss(mu, n: 2, eta: 1e-2, steps: steps);
        counter.AddWork("eigenvalue recursion (double)", steps, steps);
        counter.Finished("engine cross-check", "gradient descent", engine.Steps, engine.Steps + 1L);
        double gap = Math.Abs(engine.Final - scalar) / scalar;
        rows.Add(new ReproductionRow(
            "numeric engine ($\\texttt{GradientDescent}$, $3 \\times 3$): $\\min_t \\ell(t)$, $N = 2$, $\\eta = 10^{-2}$",
            "$\\ge 0.5$",
            M(engine.Min, 8) + "; $\\ell(" + I(steps) + ")$ = " + M(engine.Final, 8) + " (eigenvalue recursion " + M(scalar, 8) + ")",
            engine.Min >= 0.5 && gap <= 1e-9 ? ReproductionVerdict.Reproduced : ReproductionVerdict.NotReproduced,
            "relative gap to the recursion " + M(gap, 2))
        {
            Fields = [new("quantity", "engine_run"), new("N", 2), new("eta", 1e-2), new("min_loss", engine.Min), new("final_loss", engine.Final), new("recursion_final_loss", scalar)],
        });
        var setup = new List<string>
        {
            "Construction of acgh Appendix D.7: $d = 3$, $\\Phi = UDU^\\top$ with $D = \\mathrm{diag}(2, 1, -1)$ ($\\lambda = 1$) and the rational rotation $U$ with rows $(3/5, -4/5, 0)$, $(4/5, 3/5, 0)$, $(0, 0, 1)$; identity start $W_j(0) = I_3$ (non-stationary: $\\nabla = I - \\Phi \\ne 0$, 0-balanced); loss $\\ell = \\frac{1}{2}\\Vert W_{1:N} - \\Phi\\Vert_F^2$.",
            "Depths $N \\in \\{2, 4\\}$, step sizes $\\eta \\in \\{10^{-3}, 10^{-2}, 0.1, 0.5, 1, 10\\}$, " + I(steps) + " steps" + (options.Quick ? " (quick mode; full mode runs 5000)" : string.Empty) + "; by Lemma 18 each eigenvalue evolves on its own, computed in sign/log-domain arithmetic (large steps overflow doubles; no value becomes not-a-number).",
            "Deterministic: no randomness (the seed is not used).",
        };
        return new ReproductionResult("acgh-claim5", "acgh", "Claim 5: a 0-balanced start without deficiency margin can fail for every step size", options.Quick, setup, rows,
            [new ReproductionPlot("loss", "acgh Claim 5 construction: loss (floor ½λ² = 0.5)", "step t", "loss", true, curves)],
            ["For small $\\eta$ the loss decreases to $\\frac{1}{2}\\lambda^2 = 0.5$ from above (the eigenvalue $-1$ is unreachable by $x^N \\ge 0$); for large $\\eta$ it explodes."]);
    }

    private static Rational Product((Rational Up, Rational Down) w, int n) => w.Up.Pow(n / 2) * w.Down.Pow(n / 2);

    private static long Bits(Rational r) => (long)(r.Numerator.GetBitLength() + r.Denominator.GetBitLength());

    private static SignedLog FromRational(Rational r) =>
        r.IsZero ? SignedLog.Zero : new SignedLog(r.Sign, BigInteger.Log(BigInteger.Abs(r.Numerator)) - BigInteger.Log(r.Denominator));

    private static double Agreement(Rational exact, SignedLog log)
    {
        var e = FromRational(exact);
        return e.Sign != log.Sign ? double.PositiveInfinity : Math.Abs(e.Log - log.Log) / Math.Max(1, Math.Abs(e.Log));
    }

    private static bool Less(SignedLog a, SignedLog b) => a.Sign != b.Sign ? a.Sign < b.Sign : a.Sign == 0 ? false : a.Sign > 0 ? a.Log < b.Log : a.Log > b.Log;

    private static RationalMatrix Phi()
    {
        var u = RotationU();
        return u * new RationalMatrix(new Rational[,] { { 2, 0, 0 }, { 0, 1, 0 }, { 0, 0, -1 } }) * u.Transpose();
    }

    private static RationalMatrix RotationU() => new(new Rational[,]
    {
        { new Rational(3, 5), new Rational(-4, 5), 0 },
        { new Rational(4, 5), new Rational(3, 5), 0 },
        { 0, 0, 1 },
    });

    private static (bool Holds, int Steps) Lemma18Exact(int n, Rational eta, int steps)
    {
        var phi = Phi();
        var u = RotationU();
        var identity = RationalMatrix.Identity(3, Rational.One);
        var w = Enumerable.Range(0, n).Select(_ => identity).ToArray();
        for (int t = 0; t <= steps; t++)
        {
            foreach (var wj in w)
            {
                var diag = u.Transpose() * wj * u;
                for (int i = 0; i < 3; i++)
                {
                    for (int j = 0; j < 3; j++)
                    {
                        if (i != j && !diag[i, j].IsZero)
                        {
                            return (false, t);
                        }

                        if (!wj[i, j].Equals(w[0][i, j]))
                        {
                            return (false, t);
                        }
                    }
                }
            }

            if (t == steps)
            {
                break;
            }

            var grad = w.Aggregate(identity, (acc, wj) => wj * acc) + (-Rational.One * phi);
            var next = new RationalMatrix[n];
            for (int j = 0; j < n; j++)
            {
                // ∇_{W_j} = W_{j+1:N}ᵀ (W − Φ) W_{1:j−1}ᵀ (acgh (14)); W_{j+1:N} = W_N⋯W_{j+1}, W_{1:j−1} = W_{j−1}⋯W₁.
                var left = w.Skip(j + 1).Aggregate(identity, (acc, wk) => wk * acc);
                var right = w.Take(j).Aggregate(identity, (acc, wk) => wk * acc);
                next[j] = w[j] + (-eta * (left.Transpose() * grad * right.Transpose()));
            }

            w = next;
        }

        return (true, steps);
    }

    private static (double Min, double Final, int Steps) EngineRun(int n, double eta, int steps)
    {
        var phi = Phi();
        var target = Matrix<double>.Build.Dense(3, 3, (i, j) => phi[i, j].ToDouble());
        var data = new RegressionData(Matrix<double>.Build.DenseIdentity(3), target);
        var start = Initializations.Identity(new LayerDimensions(Enumerable.Repeat(3, n + 1).ToArray()));
        var run = GradientDescent.Run(start, data, new GradientDescentOptions(steps, StepSchedule.Constant(eta), Metrics: TrajectoryMetrics.None));
        return (run.Trajectory.Points.Min(p => p.Loss), run.Trajectory.Points[^1].Loss, run.StopIteration);
    }

    private static double ScalarLoss(double[] mu, int n, double eta, int steps)
    {
        var x = mu.Select(_ => 1.0).ToArray();
        for (int t = 0; t < steps; t++)
        {
            for (int i = 0; i < mu.Length; i++)
            {
                x[i] -= eta * (Math.Pow(x[i], n) - mu[i]) * Math.Pow(x[i], n - 1);
            }
        }

        return 0.5 * mu.Select((m, i) => Math.Pow(Math.Pow(x[i], n) - m, 2)).Sum();
    }
}
