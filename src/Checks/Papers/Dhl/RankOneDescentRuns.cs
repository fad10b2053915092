using System.Collections.Concurrent;
using DeepLinear.Numeric.Bounds;
using DeepLinear.Numeric.Losses;
using FsCheck;
using FsCheck.Fluent;
using static DeepLinear.Checks.Papers.Dhl.FactorizationNumerics;
using static DeepLinear.Checks.Sampling.RandomMatrices;

namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>
/// Appendix C of dhl along rank-1 gradient descent at the constant step η = c_step/σ₁ (numeric engine,
/// <see cref="AsymmetricFactorization.Step"/> with r = 1): Lemma C.1 (t &lt; T₁), Lemma C.2 (t ≥ T₁), the displayed steps of
/// their proofs, (25), and Theorem 3.2's computable parts. The paper's constants are 'sufficiently small' and
/// unspecified: the runs use c_init = c_step = 10⁻² (retried at 10⁻³ before a failure is reported, and a failure at both
/// is inconclusive, since smaller constants might be what the paper means); c₁ is computed from each run as in the proof
/// (min{α_{T₁}, β_{T₁}} = 2√(c₁σ₁)). Initializations: u₀, v₀ ~ N(0, δ²I), δ = c_init√(σ₁/d), i.e. N(0, δI) read with
/// δ a standard deviation — the only reading under which Appendix C's conditions |α₀|, |β₀| ∈ [0.1δ, 10δ] can hold;
/// starts violating them or with α₀β₀ &lt; 0 are rejected (u*, v* are flipped so that α₀, β₀ &gt; 0, as in footnote 12).
/// </summary>
public static class RankOneDescentRuns
{
    /// <summary>The properties the runs check, the values of the <c>property</c> argument.</summary>
    internal static readonly string[] RankOneProperties =
    [
        "signals-positive", "complement-small", "signal-growth", "signal-ratio-bounded", "first-stage-step-f", "first-stage-step-h", "first-stage-step-g", "signal-non-vanishing", "signal-product-below-sigma", "complement-shrinking", "signal-residual-contraction", "ratio-within-c1", "ratio-within-one-hundred", "second-stage-base-case", "second-stage-exponential-bound", "second-stage-residual-step", "second-stage-step-k", "second-stage-step-l", "second-stage-step-m",
    ];

    internal static readonly ConcurrentDictionary<(ulong Seed, bool Thorough, double C, double Imbalance), Lazy<RankOneRun[]>> RankOneCache = new();

    /// <summary>Appendix C along the rank-1 runs (argument: the property checked).</summary>
    [ClaimCheck("rank-one-descent-at-constant-step", Parameters = ["property"])]
    internal static CheckResult RankOneDescentAtConstantStep(CheckContext context) => RankOneClaim(context, context.Argument("property"), 1e-2);

    /// <summary>Appendix C: P(α₀β₀ > 0) = 1/2.</summary>
    [ClaimCheck("positive-initial-signal-probability-one-half", Parameters = [ClaimMutation.Key])]
    internal static CheckResult PositiveInitialSignalProbabilityOneHalf(CheckContext context)
        => PositiveSignalProbability(context, bias: ClaimMutation.Read(context, "biased-generator") == "none" ? 0 : 1);

    /// <summary>Theorem 3.2: linear convergence after T₁.</summary>
    [ClaimCheck("rank-one-linear-convergence")]
    internal static CheckResult RankOneLinearConvergence(CheckContext context) => LinearConvergence(context);

    /// <summary>One rank-1 run: α_t, β_t, α_{t,⊥}, β_{t,⊥} at every iterate, T₁ and the run's constants.</summary>
    internal sealed record RankOneRun(
        ulong Seed, int D1, int D2, double Sigma, double CInit, double CStep, double Eta, double[] A, double[] B, double[] AP, double[] BP, double[] Error, int T1, string? Rejection)
    {
        public int Count => A.Length;

        public double Xi(int t) => (AP[t] * AP[t]) + (BP[t] * BP[t]);

        public double H(int t) => (A[t] * B[t]) - Sigma;

        /// <summary>c₁ from the proof of Lemma C.2: min{α_{T₁}, β_{T₁}} = 2√(c₁σ₁).</summary>
        public double C1 => T1 < Count ? Math.Pow(Math.Min(A[T1], B[T1]), 2) / (4 * Sigma) : double.NaN;

        public string Text => string.Create(CultureInfo.InvariantCulture, $"seed {Seed}: d₁ = {D1}, d₂ = {D2}, σ₁ = {Sigma:G4}, c_init = c_step = {CStep:G2}, η = {Eta:G4}, T₁ = {T1}, c₁ = {C1:G4}");
    }

    internal static RankOneRun MakeRankOneRun(ulong seed, int d1, int d2, double sigma, double c, int extra, int maxIterations, double stopError = 0, double imbalance = 1)
    {
        var rng = RandomSource.For(seed);
        var uStar = Orthonormal(rng, d1, 1);
        var vStar = Orthonormal(rng, d2, 1);
        int d = Math.Max(d1, d2);
        double delta = DhlBounds.Theorem32InitialScale(c, sigma, d);
        double eta = DhlBounds.Theorem32StepSize(c, sigma);
        var u = Gaussian(rng, d1, 1, delta) * imbalance;
        var v = Gaussian(rng, d2, 1, delta);
        double a0 = u.Column(0).DotProduct(uStar.Column(0)), b0 = v.Column(0).DotProduct(vStar.Column(0));
        string? rejection = null;
        if (a0 * b0 <= 0)
        {
            rejection = "α₀β₀ ≤ 0 (the signal at the start is not positive)";
        }

        // Footnote 12: flip u*, v* so that α₀, β₀ > 0 (M* = σ₁u*v*ᵀ is unchanged when both flip).
        if (a0 < 0)
        {
            uStar = -uStar;
            vStar = -vStar;
        }

        var m = sigma * uStar * vStar.Transpose();
        var loss = new AsymmetricFactorization(m);
        var (a, b, ap, bp, err) = (new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
        int t1 = int.MaxValue;
        for (int t = 0; t < maxIterations; t++)
        {
            double alpha = u.Column(0).DotProduct(uStar.Column(0)), beta = v.Column(0).DotProduct(vStar.Column(0));
            a.Add(alpha);
            b.Add(beta);
            ap.Add((u - (alpha * uStar)).FrobeniusNorm());
            bp.Add((v - (beta * vStar)).FrobeniusNorm());
            err.Add(Fro((u * v.Transpose()) - m));
            if (t1 == int.MaxValue && (alpha * alpha) + (beta * beta) >= sigma / 2)
            {
                t1 = t;
            }

            if ((t1 != int.MaxValue && t >= t1 + extra) || err[^1] <= stopError)
            {
                break;
            }

            (u, v) = loss.Step(u, v, eta);
        }

        if (rejection is null)
        {
            double lo = 0.1 * delta, hi = 10 * delta, perp = 10 * c * Math.Sqrt(sigma);
            if (Math.Abs(a[0]) < lo || Math.Abs(a[0]) > hi || Math.Abs(b[0]) < lo || Math.Abs(b[0]) > hi || ap[0] > perp || bp[0] > perp)
            {
                rejection = string.Create(CultureInfo.InvariantCulture, $"initialization conditions of Appendix C fail: |α₀| = {Math.Abs(a[0]):G3}, |β₀| = {Math.Abs(b[0]):G3} vs [{lo:G3}, {hi:G3}], α₀⊥ = {ap[0]:G3}, β₀⊥ = {bp[0]:G3} vs {perp:G3}");
            }
        }

        return new RankOneRun(seed, d1, d2, sigma, c, c, eta, [.. a], [.. b], [.. ap], [.. bp], [.. err], t1 == int.MaxValue ? a.Count : t1, rejection);
    }

    internal static RankOneRun[] RankOneRuns(CheckContext context, double c, double imbalance = 1)
    {
        int count = context.Thorough ? 24 : 8;
        int maxDim = context.Thorough ? 60 : 30;
        int extra = context.Thorough ? 5000 : 2000;
        return RankOneCache.GetOrAdd(
            (context.Seed, context.Thorough, c, imbalance),
            _ => new Lazy<RankOneRun[]>(() =>
            {
                // Draw until `count` starts meet Appendix C's conditions (at most 4·count draws); rejected draws are kept
                // (their rejection is counted and reported), but not run beyond the start.
                var runs = new List<RankOneRun>();
                int accepted = 0;
                for (int i = 0; i < 4 * count && accepted < count; i++)
                {
                    ulong seed = context.DeriveSeed((ulong)(1000 + i));
                    var rng = RandomSource.For(seed >> 7);
                    int d1 = 2 + rng.Next(maxDim - 1), d2 = 2 + rng.Next(maxDim - 1);
                    double sigma = 0.1 * Math.Pow(100, rng.NextDouble());
                    var probe = MakeRankOneRun(seed, d1, d2, sigma, c, 0, 1, imbalance: imbalance);
                    var run = probe.Rejection is null ? MakeRankOneRun(seed, d1, d2, sigma, c, extra, 200_000, imbalance: imbalance) : probe;
                    accepted += run.Rejection is null ? 1 : 0;
                    runs.Add(run);
                }

                return [.. runs];
            })).Value;
    }

    /// <summary>
    /// A claim of Appendix C along the recorded rank-1 runs with c_init = c_step = <paramref name="c"/>; a failure at 10⁻²
    /// is retried at 10⁻³, and a failure at both is reported as inconclusive (the constants are unspecified).
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="property">The property checked (one of the with: values of the registered check).</param>
    /// <param name="c">c_init = c_step.</param>
    /// <returns>Verified, inconclusive, or hypotheses-not-met.</returns>
    public static CheckResult RankOneClaim(CheckContext context, string property, double c)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = EvaluateRankOne(context, property, RankOneRuns(context, c), c);
        if (result.Verdict == Verdict.Refuted && c > 1e-3)
        {
            var retry = EvaluateRankOne(context, property, RankOneRuns(context, 1e-3), 1e-3);
            return retry.Verdict == Verdict.Refuted
                ? CheckResult.Inconclusive(
                    "rank-1 runs at c_init = c_step = 10⁻² and 10⁻³",
                    new InconclusiveEvidence(
                        "the claim failed at both concrete choices of the 'sufficiently small' constants: " + result.Evidence.Summary() + " / " + retry.Evidence.Summary(),
                        "rank-1 gradient descent runs",
                        0))
                : retry;
        }

        return result;
    }

    /// <summary>Evaluates one claim on given runs (public for tests: runs at other constants, negative controls).</summary>
    internal static CheckResult EvaluateRankOne(CheckContext context, string property, RankOneRun[] runs, double c)
    {
        if (!RankOneProperties.Contains(property))
        {
            throw new ArgumentException($"Unknown property '{property}': expected one of {string.Join(", ", RankOneProperties)}.", nameof(property));
        }

        // Quantities of size up to σ₁ carry rounding noise far below 10⁻¹³·max(1, σ₁) (h_t = α_tβ_t − σ₁ at convergence is
        // ~10⁻¹⁷): that floor is added to every right side, so rounding at convergence is not a violation.
        var acc = new SlackAccumulator(1e-9);
        int iterates = 0;
        ClaimPlot? plot = null;
        double sum = 0;
        int accepted = 0, ratioKept = 0;
        foreach (var run in runs)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (run.Rejection is not null)
            {
                acc.Reject(run.Text + ": " + run.Rejection);
                continue;
            }

            accepted++;
            double floor = 1e-13 * Math.Max(1, run.Sigma);
            void Add(double lhs, double rhs, ulong key, Func<string> where) => acc.Add(lhs, rhs + floor, key, where);
            void Link((double Lhs, double Rhs) link, ulong key, Func<string> where) => acc.Add(link.Lhs, link.Rhs + floor, key, where);
            double eta = run.Eta, s = run.Sigma, c1 = run.C1, xi0 = run.Xi(0), cs = run.CStep, ci = run.CInit;
            int n = run.Count, t1 = run.T1;
            bool kept = true;
            double product = 1;
            for (int t = 0; t < n; t++)
            {
                ulong key = (run.Seed * 1_000_003UL) + (ulong)t;
                string Where() => run.Text + string.Create(CultureInfo.InvariantCulture, $", t = {t}");
                double a = run.A[t], b = run.B[t], ap2 = run.AP[t] * run.AP[t], bp2 = run.BP[t] * run.BP[t], xi = run.Xi(t), h = run.H(t);
                bool hasNext = t + 1 < n;
                double a1 = hasNext ? run.A[t + 1] : double.NaN, b1 = hasNext ? run.B[t + 1] : double.NaN;
                bool stage1 = t < t1, stage2 = t >= t1;
                double ratio = Math.Abs(a) / Math.Abs(b);
                kept &= ratio >= 0.01 && ratio <= 100;
                iterates++;
                switch (property)
                {
                    case "signals-positive" when stage1:
                        Add(-Math.Min(a, b), 0, key, Where);
                        break;
                    case "complement-small" when stage1:
                        Link(WorstLink((xi, xi0), (xi0, 100 * ci * ci * s)), key, Where);
                        break;
                    case "signal-growth" when stage1 && hasNext:
                        Link(WorstLink(((1 + (cs / 3)) * (a + b), a1 + b1), (a1 + b1, (1 + cs) * (a + b))), key, Where);
                        break;
                    case "signal-ratio-bounded" when stage1:
                        Add(Math.Abs(a - b), 99.0 / 101 * (a + b), key, Where);
                        break;
                    case "first-stage-step-f" when stage1 && hasNext:
                        {
                            double first = ((1 + (eta * s)) * (a + b)) - (eta * ((a * a) + ap2) * b) - (eta * ((b * b) + bp2) * a);
                            double tol = 1e-12 * (a + b);
                            double l2 = (1 + (eta * s) - (eta * ((a * a) + (b * b) + xi))) * (a + b);
                            double l3 = (1 + (eta * s) - (eta * ((s / 2) + (100 * ci * ci * s)))) * (a + b);
                            double l4 = (1 + (eta * s / 3)) * (a + b);
                            Link(WorstLink((a1 + b1, first + tol), (first, a1 + b1 + tol), (l2, first + tol), (l3, l2 + tol), (l4, l3 + tol)), key, Where);
                        }

                        break;
                    case "first-stage-step-h" when stage1 && hasNext:
                        {
                            double norms = (a * a) + ap2 + (b * b) + bp2;
                            double split = (a * a) + (b * b) + xi;
                            Link(WorstLink(
                                    (norms, split * (1 + 1e-12)),
                                    (split, (s / 2) + (100 * ci * ci * s)),
                                    ((s / 2) + (100 * ci * ci * s), s),
                                    ((1 - cs) * a, a1),
                                    ((1 - cs) * b, b1),
                                    (-a1, 0),
                                    (-b1, 0),
                                    (run.Xi(t + 1), xi * (1 + 1e-12))),
                                key,
                                Where);
                        }

                        break;
                    case "first-stage-step-g" when stage1 && hasNext:
                        {
                            double diff = ((1 - (eta * s) + (eta * a * b)) * (a - b)) - (eta * bp2 * a) + (eta * ap2 * b);
                            double tol = 1e-12 * (a + b);
                            double l1 = ((1 - (0.75 * eta * s)) * Math.Abs(a - b)) + (eta * xi * (a + b));
                            double l2 = (1 - (eta * s * (0.75 - (100 * ci * ci * 101 / 99)))) * (99.0 / 101) * (a + b);
                            Link(WorstLink(
                                    (Math.Abs((a1 - b1) - diff), tol),
                                    (Math.Abs(a1 - b1), l1 + tol),
                                    (l1, l2 + tol),
                                    (l2, 99.0 / 101 * (a1 + b1))),
                                key,
                                Where);
                        }

                        break;
                    case "signal-non-vanishing" when stage2:
                        Add(Math.Sqrt(c1 * s), Math.Min(a, b), key, Where);
                        break;
                    case "signal-product-below-sigma" when stage2:
                        Add(h, 0, key, Where);
                        break;
                    case "complement-shrinking" when stage2:
                        {
                            double factor = Math.Pow(1 - (c1 * cs), t - t1);
                            Link(WorstLink((xi, factor * xi0 * (1 + 1e-12)), (factor * xi0, factor * 100 * ci * ci * s)), key, Where);
                        }

                        break;
                    case "signal-residual-contraction" when stage2 && hasNext:
                        Add(Math.Abs(run.H(t + 1)), ((1 - (c1 * cs)) * Math.Abs(h)) + (cs * xi), key, Where);
                        break;
                    case "ratio-within-c1" when stage2:
                        Link(WorstLink((c1, a / b), (a / b, 1 / c1)), key, Where);
                        break;
                    case "ratio-within-one-hundred":
                        Link(WorstLink((0.01, ratio), (ratio, 100)), key, Where);
                        break;
                    case "second-stage-base-case" when t == t1 && t1 >= 1:
                        {
                            double ap1 = run.A[t1 - 1], bp1 = run.B[t1 - 1];
                            double l1 = 0.25 * Math.Pow(a + b, 2);
                            double l2 = 0.25 * Math.Pow(1 + cs, 2) * Math.Pow(ap1 + bp1, 2);
                            double l3 = 0.25 * Math.Pow(1 + cs, 2) * 2 * ((ap1 * ap1) + (bp1 * bp1));
                            double l4 = 0.25 * Math.Pow(1 + cs, 2) * 2 * 0.5 * s;
                            Link(WorstLink((a * b, l1), (l1, l2), (l2, l3 * (1 + 1e-12)), (l3, l4), (l4, s)), key, Where);
                        }

                        break;
                    case "second-stage-exponential-bound" when stage2:
                        {
                            double x0 = eta * xi0;
                            if (x0 > 0.5)
                            {
                                acc.Reject("ηξ₀ > 1/2 at " + Where());
                                break;
                            }

                            double bound = run.A[t1] * Math.Exp(-2 * x0 / (c1 * cs));
                            double bound2 = 2 * Math.Sqrt(c1 * s) * Math.Exp(-200 * ci * ci / c1);
                            Link(WorstLink((run.A[t1] * product, a * (1 + 1e-12)), (bound, run.A[t1] * product * (1 + 1e-12)), (bound2, bound * (1 + 1e-12)), (Math.Sqrt(c1 * s), bound2)), key, Where);
                        }

                        break;
                    case "second-stage-residual-step" when stage2 && hasNext:
                        if (h <= 1e-13)
                        {
                            double rhs = ((1 - (eta * ((a * a) + (b * b)))) * h) + (eta * eta * a * b * h * h) - (eta * a * b * xi) + (eta * eta * s * ap2 * bp2);
                            Add(-rhs, -run.H(t + 1) + (1e-12 * s), key, Where); // both sides negated: h_{t+1} ≤ rhs with non-negative sides when h ≤ 0
                        }
                        else
                        {
                            acc.Reject("h_t > 0 at " + Where());
                        }

                        break;
                    case "second-stage-step-k" when stage2:
                        if (eta * xi0 <= 4 * c1)
                        {
                            double l0 = eta * eta * s * ap2 * bp2;
                            double l1 = eta * eta * s * 0.25 * xi * xi;
                            double l2 = 0.25 * eta * xi * eta * s * xi0;
                            double l3 = eta * xi * c1 * s;
                            double l4 = eta * xi * a * b;
                            Link(WorstLink((l0, l1 * (1 + 1e-12)), (l1, l2 * (1 + 1e-12)), (l2, l3), (l3, l4)), key, Where);
                        }
                        else
                        {
                            acc.Reject("ηξ₀ > 4c₁ at " + Where());
                        }

                        break;
                    case "second-stage-step-l" when stage2 && hasNext:
                        if (eta * ((a * a) + ap2) < 1 && eta * ((b * b) + bp2) < 1)
                        {
                            double l0 = run.Xi(t + 1);
                            double l1 = (Math.Pow(1 - (eta * ((b * b) + bp2)), 2) * ap2) + (Math.Pow(1 - (eta * ((a * a) + ap2)), 2) * bp2);
                            double l2 = (Math.Pow(1 - (eta * b * b), 2) * ap2) + ((1 - (eta * a * a)) * bp2);
                            double l3 = (1 - (eta * c1 * s)) * xi;
                            double tol = 1e-12 * xi;
                            Link(WorstLink((l0, l1 + tol), (l1, l0 + tol), (l1, l2 + tol), (l2, l3 + tol)), key, Where);
                        }
                        else
                        {
                            acc.Reject("η(α² + α²_⊥) ≥ 1 or η(β² + β²_⊥) ≥ 1 at " + Where());
                        }

                        break;
                    case "second-stage-step-m" when stage2 && hasNext:
                        {
                            double inner = (a * b * h) + (a * a * bp2) + (b * b * ap2) + (ap2 * bp2);
                            double h1 = run.H(t + 1);
                            if (h <= 1e-13 && h1 <= 1e-13 && eta <= ((a * a) + (b * b)) / (2 * Math.Abs(inner)))
                            {
                                double l0 = Math.Abs(h1);
                                double l1 = ((1 - (eta * ((a * a) + (b * b))) + (eta * eta * inner)) * Math.Abs(h)) + (eta * a * b * xi) - (eta * eta * s * ap2 * bp2);
                                double l2 = ((1 - (0.5 * eta * ((a * a) + (b * b)))) * Math.Abs(h)) + (eta * a * b * xi);
                                double l3 = ((1 - (c1 * cs)) * Math.Abs(h)) + (cs * xi);
                                double tol = 1e-12 * s;
                                Link(WorstLink((l0, l1 + tol), (l1, l0 + tol), (l1, l2 + tol), (l2, l3 + tol)), key, Where);
                            }
                            else
                            {
                                acc.Reject("h_t > 0, h_{t+1} > 0 or the step-size side condition fails at " + Where());
                            }
                        }

                        break;
                }
            }

            ratioKept += kept ? 1 : 0;
            sum += run.Count;
            plot ??= RankOnePlot(context.ClaimId.Length > 0 ? context.ClaimId : property, run);
        }

        string family = string.Create(
            CultureInfo.InvariantCulture,
            $"rank-1 gradient descent (numeric engine), c_init = c_step = {c:G2}, η = c_step/σ₁, σ₁ ∈ [0.1, 10], d₁, d₂ ≤ {(context.Thorough ? 60 : 30)}, u₀, v₀ ~ N(0, δ²I) with δ = c_init√(σ₁/d) (δ read as a standard deviation), runs to T₁ + {(context.Thorough ? 5000 : 2000)}; c₁ := min(α_T₁, β_T₁)²/(4σ₁) per run; a rounding floor 10⁻¹³·max(1, σ₁) is added to every right side");
        if (property == "ratio-within-one-hundred")
        {
            family += string.Create(CultureInfo.InvariantCulture, $"; the event 'α_t/β_t ∈ [1/100, 100] for all recorded t' held in {ratioKept} of {accepted} runs meeting the initialization conditions, and {accepted} of {runs.Length} seeded draws met them");
        }

        var result = acc.ToResult(property, string.Create(CultureInfo.InvariantCulture, $"{runs.Length} rank-1 runs, {iterates} iterates"), family);
        return plot is null ? result : result.WithPlots(plot);
    }

    /// <summary>The same claim evaluated on runs with other constants (tests: negative controls with a large c_step).</summary>
    /// <param name="context">The check context.</param>
    /// <param name="property">The property checked (one of the with: values of the registered check).</param>
    /// <param name="c">c_init = c_step.</param>
    /// <param name="imbalance">Factor applied to u₀ (1 for the claim; a large factor violates the initialization conditions).</param>
    /// <returns>The result without the retry.</returns>
    public static CheckResult RankOneClaimWithoutRetry(CheckContext context, string property, double c, double imbalance = 1)
    {
        ArgumentNullException.ThrowIfNull(context);
        return EvaluateRankOne(context, property, RankOneRuns(context, c, imbalance), c);
    }

    internal static ClaimPlot RankOnePlot(string subject, RankOneRun run)
    {
        int n = run.Count;
        int stride = Math.Max(1, n / 400);
        var idx = Enumerable.Range(0, n).Where(t => t % stride == 0).ToArray();
        double[] x = [.. idx.Select(t => (double)t)];
        var series = new List<PlotSeries>
        {
            new("α_t", x, [.. idx.Select(t => Math.Abs(run.A[t]))]),
            new("β_t", x, [.. idx.Select(t => Math.Abs(run.B[t]))]),
            new("ξ_t", x, [.. idx.Select(run.Xi)]),
            new("|h_t|", x, [.. idx.Select(t => Math.Abs(run.H(t)))]),
            new("‖u_tv_tᵀ − M*‖_F", x, [.. idx.Select(t => run.Error[t])]),
            new("√(c₁σ₁)", x, [.. idx.Select(_ => Math.Sqrt(run.C1 * run.Sigma))], Dashed: true),
        };
        return new ClaimPlot("run", subject + " along the first run", "iteration t", "value", series, LogY: true);
    }

    /// <summary>
    /// dhl Appendix C: P(α₀β₀ &gt; 0) = 1/2 for u₀, v₀ independent centred isotropic Gaussians, by Monte Carlo over seeded draws
    /// (d ≤ 100) with the stated value 1/2 (two-sided: the Wilson 95% interval must contain it). <paramref name="bias"/>
    /// shifts the mean of u₀ along u* and v* (a biased generator: the negative control, which must be refuted).
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="bias">Mean shift in units of δ (0 for the claim).</param>
    /// <returns>The Monte Carlo result.</returns>
    public static CheckResult PositiveSignalProbability(CheckContext context, double bias)
    {
        ArgumentNullException.ThrowIfNull(context);
        int trials = context.Thorough ? 40000 : 4000;
        int successes = 0;
        for (int i = 0; i < trials; i++)
        {
            var rng = RandomSource.For(context.DeriveSeed((ulong)(50_000 + i)));
            int d1 = 2 + rng.Next(99), d2 = 2 + rng.Next(99);
            double delta = 1e-2 * Math.Sqrt(1.0 / Math.Max(d1, d2));
            // α₀ = u₀ᵀu* for a unit u*: draw u₀ and take its coordinate along u* = e₁ after a random rotation, which
            // by isotropy is the first coordinate of u₀ (the other coordinates only enter α₀⊥).
            double alpha = (bias * delta) + (delta * Normal(rng));
            double beta = (bias * delta) + (delta * Normal(rng));
            successes += alpha * beta > 0 ? 1 : 0;
        }

        var evidence = MonteCarloEvidence.FromCounts("α₀β₀ > 0 for u₀, v₀ ~ N(0, δ²I), d₁, d₂ ≤ 100", trials, successes, 0.5, boundIsLower: true, context.Seed);
        bool contains = evidence.Interval.Lower <= 0.5 && 0.5 <= evidence.Interval.Upper;
        var verdict = new InstanceOutcome(true, Math.Abs(evidence.Estimate - 0.5), (evidence.Interval.Upper - evidence.Interval.Lower) / 2, null);
        return contains
            ? CheckResult.FromMonteCarlo(string.Create(CultureInfo.InvariantCulture, $"{trials} seeded draws"), evidence) is { Verdict: Verdict.Inconclusive }
                ? CheckResult.Verified(
                    string.Create(CultureInfo.InvariantCulture, $"{trials} seeded draws; the Wilson 95% interval [{evidence.Interval.Lower:G4}, {evidence.Interval.Upper:G4}] contains the stated 1/2"),
                    new NumericEvidence("Monte Carlo: " + evidence.Summary() + " (two-sided: lhs = |estimate − 1/2|, rhs = half-width of the interval)", trials, 0, verdict.Slack, verdict.Ratio, null, null) { WorstInstance = string.Create(CultureInfo.InvariantCulture, $"the trials of base seed {context.Seed}") })
                : CheckResult.FromMonteCarlo(string.Create(CultureInfo.InvariantCulture, $"{trials} seeded draws"), evidence)
            : CheckResult.Refuted(
                string.Create(CultureInfo.InvariantCulture, $"{trials} seeded draws"),
                new CounterexampleEvidence(evidence.Summary(), evidence.Summary(), "the Wilson 95% interval excludes the stated probability 1/2", Exact: false, Shrunk: false, IsShapeError: false, CounterexampleEvidence.RerunCommand("positive-initial-signal-probability-one-half", context.Seed), context.Seed));
    }

    /// <summary>Theorem 3.2's linear convergence with the concrete bound t ≤ (C/c_step)·log(d/ε) (C = 20 for the sub-claim; a tiny C is a negative control).</summary>
    /// <param name="context">The check context.</param>
    /// <param name="constant">The constant C.</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult LinearConvergence(CheckContext context, double constant = 20)
    {
        int[] dims = context.Thorough ? [10, 100, 200] : [10, 40];
        double[] targets = context.Thorough ? [1e-2, 1e-4, 1e-6, 1e-8] : [1e-2, 1e-4, 1e-6];
        const double c = 1e-2;
        var acc = new SlackAccumulator(1e-9);
        double worstK = 0;
        int index = 0;
        foreach (int d in dims)
        {
            int perDim = context.Thorough ? 3 : 2;
            for (int k = 0, draws = 0; k < perDim && draws < 4 * perDim; k++, draws++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                ulong seed = context.DeriveSeed((ulong)(9000 + index++));
                double sigma = 0.1 * Math.Pow(100, RandomSource.For(seed >> 9).NextDouble());
                var probe = MakeRankOneRun(seed, d, d, sigma, c, 0, 1);
                if (probe.Rejection is not null)
                {
                    acc.Reject(probe.Text + ": " + probe.Rejection);
                    k--;
                    continue;
                }

                var run = MakeRankOneRun(seed, d, d, sigma, c, int.MaxValue / 2, 60_000, targets[^1] * sigma);

                var full = run.Error;
                foreach (double eps in targets)
                {
                    int hit = Array.FindIndex(full, e => e <= eps * sigma);
                    double reached = hit < 0 ? double.PositiveInfinity : hit;
                    double bound = constant / c * Math.Log(d / eps);
                    worstK = Math.Max(worstK, reached * c / Math.Log(d / eps));
                    acc.Add(reached, bound, seed, () => run.Text + string.Create(CultureInfo.InvariantCulture, $", ε = {eps:G2}"));
                }
            }
        }

        acc.DescribeWorst(string.Create(CultureInfo.InvariantCulture, $"largest t·c_step/log(d/ε) = {worstK:G4}"));
        return acc.ToResult(
            "rank-one-linear-convergence",
            string.Create(CultureInfo.InvariantCulture, $"rank-1 runs, d ∈ {{{string.Join(", ", dims)}}}, ε ∈ {{{string.Join(", ", targets.Select(x => ExponentText.Normalize(x.ToString("G2", CultureInfo.InvariantCulture))))}}}"),
            string.Create(CultureInfo.InvariantCulture, $"first t with ‖u_tv_tᵀ − M*‖_F ≤ εσ₁ against the concrete O(·) bound t ≤ (C/c_step)·log(d/ε) with C = {constant} (a constant fixed for this sub-claim, c_init = c_step = 10⁻²), d₁ = d₂ = d, σ₁ ∈ [0.1, 10]"));
    }
}
