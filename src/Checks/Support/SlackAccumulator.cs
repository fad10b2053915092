namespace DeepLinear.Checks.Support;

/// <summary>
/// Accumulates evaluated instances (or iterates of a trajectory) of a claim lhs ≤ rhs and turns them into a verdict:
/// verified with <see cref="NumericEvidence"/> (instances, rejected, minimum slack, worst ratio lhs/rhs, the worst
/// instance, and for identities the worst relative error), refuted at the first violation, inconclusive on non-finite
/// values, or hypotheses-not-met when every instance was rejected. Not thread-safe; one accumulator per check.
/// </summary>
/// <remarks>
/// Every instance is added with a key: the seed that generated it, or an iteration or index. The key is reported as
/// the <em>worst seed</em> only when <see cref="Replay"/> is given — and then only after <see cref="ToResult"/> has
/// regenerated the worst instance from that seed and obtained the same lhs and rhs bit for bit. Otherwise the worst
/// instance is reported by its description (the <c>describe</c> callback: run, seed of the run, iteration), so no
/// evidence names a seed it did not use (issue 14: "the reported worst seed must be the seed that reproduces that
/// instance").
/// </remarks>
public sealed class SlackAccumulator
{
    private readonly double relativeTolerance;
    private readonly double absoluteTolerance;
    private readonly List<string> rejectionReasons = [];
    private string? worstDescription;
    private string? worstInstance;
    private InstanceOutcome worstOutcome;
    private int identities;
    private double worstRelativeError = double.NegativeInfinity;

    /// <summary>Creates an accumulator.</summary>
    /// <param name="relativeTolerance">Violations smaller than this relative to the larger side are rounding, not counterexamples.</param>
    /// <param name="absoluteTolerance">Absolute part of the rounding tolerance.</param>
    public SlackAccumulator(double relativeTolerance = 1e-9, double absoluteTolerance = 0)
    {
        if (!(relativeTolerance >= 0) || !(absoluteTolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(relativeTolerance),
                string.Create(CultureInfo.InvariantCulture, $"Arguments 'relativeTolerance' = {relativeTolerance} and 'absoluteTolerance' = {absoluteTolerance} must be non-negative."));
        }

        this.relativeTolerance = relativeTolerance;
        this.absoluteTolerance = absoluteTolerance;
    }

    /// <summary>
    /// Regenerates the instance of a seed and evaluates it, or null when the keys are not seeds (iterations, indices,
    /// seeds of whole runs). When set, keys are seeds: the worst one is replayed and reported.
    /// </summary>
    public Func<ulong, InstanceOutcome>? Replay { get; init; }

    /// <summary>Instances that met the hypotheses and were tested.</summary>
    public int Tested { get; private set; }

    /// <summary>Instances rejected by the hypotheses.</summary>
    public int Rejected { get; private set; }

    /// <summary>Tested instances whose lhs or rhs was not finite.</summary>
    public int NonFinite { get; private set; }

    /// <summary>The smallest slack rhs − lhs seen (+∞ before any instance).</summary>
    public double MinimumSlack { get; private set; } = double.PositiveInfinity;

    /// <summary>The largest lhs / rhs seen (−∞ before any instance).</summary>
    public double WorstRatio { get; private set; } = double.NegativeInfinity;

    /// <summary>The outcome of the worst instance (the largest lhs/rhs; default before any instance).</summary>
    public InstanceOutcome WorstOutcome => worstOutcome;

    /// <summary>The key (seed, iteration or index) of the worst instance.</summary>
    public ulong WorstSeed { get; private set; }

    /// <summary>The first violation: its outcome, seed and description; null while none.</summary>
    public (InstanceOutcome Outcome, ulong Seed, string Description)? FirstViolation { get; private set; }

    /// <summary>The first few rejection reasons (at most 5), for the evidence.</summary>
    public IReadOnlyList<string> RejectionReasons => rejectionReasons;

    /// <summary>Adds an evaluated instance.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="seed">Its seed (or iteration number).</param>
    /// <param name="describe">Describes the instance (called only when needed).</param>
    /// <returns>Whether the instance violated the claim.</returns>
    public bool Add(InstanceOutcome outcome, ulong seed, Func<string>? describe = null)
    {
        if (!outcome.HypothesesMet)
        {
            Rejected++;
            if (rejectionReasons.Count < 5)
            {
                rejectionReasons.Add(outcome.Rejection ?? "hypotheses not met");
            }

            return false;
        }

        Tested++;
        if (!outcome.IsFinite)
        {
            NonFinite++;
            return false;
        }

        double ratio = outcome.Ratio;
        if (outcome.Slack < MinimumSlack)
        {
            MinimumSlack = outcome.Slack;
        }

        if (outcome.IsIdentity)
        {
            identities++;
            worstRelativeError = Math.Max(worstRelativeError, outcome.Lhs);
        }

        if (ratio > WorstRatio)
        {
            WorstRatio = ratio;
            WorstSeed = seed;
            worstOutcome = outcome;
            worstDescription = null;
            worstInstance = Replay is null ? describe?.Invoke() ?? string.Create(CultureInfo.InvariantCulture, $"instance {seed}") : null;
        }

        if (outcome.Violates(relativeTolerance, absoluteTolerance))
        {
            FirstViolation ??= (outcome, seed, describe?.Invoke() ?? string.Create(CultureInfo.InvariantCulture, $"instance with seed {seed}"));
            return true;
        }

        return false;
    }

    /// <summary>Adds an inequality instance lhs ≤ rhs.</summary>
    /// <param name="lhs">The left-hand side.</param>
    /// <param name="rhs">The right-hand side.</param>
    /// <param name="seed">Its seed or iteration.</param>
    /// <param name="describe">Describes the instance (called only for a violation).</param>
    /// <returns>Whether it violated the claim.</returns>
    public bool Add(double lhs, double rhs, ulong seed, Func<string>? describe = null)
        => Add(InstanceOutcome.Inequality(lhs, rhs), seed, describe);

    /// <summary>Adds an identity instance (see <see cref="InstanceOutcome.Identity"/>).</summary>
    /// <param name="residual">The residual.</param>
    /// <param name="scale">The size of the terms.</param>
    /// <param name="seed">Its seed or iteration.</param>
    /// <param name="describe">Describes the instance (called only for a violation).</param>
    /// <param name="tolerance">The relative tolerance of the identity.</param>
    /// <returns>Whether it violated the claim.</returns>
    public bool AddIdentity(double residual, double scale, ulong seed, Func<string>? describe = null, double tolerance = InstanceOutcome.DefaultIdentityTolerance)
        => Add(InstanceOutcome.Identity(residual, scale, tolerance), seed, describe);

    /// <summary>Adds an equality instance whose relative error the check measured itself (see
    /// <see cref="InstanceOutcome.RelativeError"/>); use it instead of <see cref="Add(double, double, ulong, Func{string}?)"/>
    /// for every equality checked as a distance, so the evidence reports the relative error and its tolerance.</summary>
    /// <param name="relativeError">The relative error.</param>
    /// <param name="tolerance">The tolerance.</param>
    /// <param name="seed">Its seed or iteration.</param>
    /// <param name="describe">Describes the instance (called only when needed).</param>
    /// <returns>Whether it violated the claim.</returns>
    public bool AddRelativeError(double relativeError, double tolerance, ulong seed, Func<string>? describe = null)
        => Add(InstanceOutcome.RelativeError(relativeError, tolerance), seed, describe);

    /// <summary>Records an instance rejected by the hypotheses.</summary>
    /// <param name="reason">Which hypothesis failed.</param>
    public void Reject(string reason) => Add(InstanceOutcome.Rejected(reason), 0);

    /// <summary>Names the worst instance in the evidence (for example "N = 3, iteration 412").</summary>
    /// <param name="description">The description.</param>
    public void DescribeWorst(string description) => worstDescription = description;

    /// <summary>
    /// The verdict: refuted at the first violation; hypotheses-not-met when nothing was tested; inconclusive when a
    /// tested instance was not finite; verified otherwise.
    /// </summary>
    /// <param name="claimId">The claim id (for the re-run command).</param>
    /// <param name="scope">The scope of the verdict (instances, sizes, depths).</param>
    /// <param name="family">The instance family in words.</param>
    /// <param name="tightness">The tightness search result, if any.</param>
    /// <param name="shrunk">Whether the first violation was shrunk.</param>
    /// <param name="runSeed">The base seed of the run (for the re-run command).</param>
    /// <param name="witnessLatex">LaTeX of the violating instance, when available.</param>
    /// <returns>The result.</returns>
    public CheckResult ToResult(
        string claimId, string scope, string family, TightnessResult? tightness = null, bool shrunk = false, ulong? runSeed = null, string? witnessLatex = null)
    {
        if (FirstViolation is { } v)
        {
            string violation = string.Create(
                CultureInfo.InvariantCulture,
                $"lhs = {v.Outcome.Lhs:R} > rhs = {v.Outcome.Rhs:R} (ratio {v.Outcome.Ratio:G6}) on {v.Description}");
            return CheckResult.Refuted(
                "printed statement, numeric counterexample re-checked outside the generator",
                new CounterexampleEvidence(
                    v.Description,
                    witnessLatex ?? v.Description,
                    violation,
                    Exact: false,
                    Shrunk: shrunk,
                    IsShapeError: false,
                    runSeed is { } s ? CounterexampleEvidence.RerunCommand(claimId, s) : CounterexampleEvidence.RerunCommand(claimId),
                    Replay is null ? null : v.Seed));
        }

        if (Tested == 0)
        {
            string reasons = rejectionReasons.Count == 0 ? "no instance" : string.Join("; ", rejectionReasons);
            return CheckResult.HypothesesNotMet(scope, reasons, Rejected);
        }

        if (NonFinite > 0)
        {
            return CheckResult.Inconclusive(
                scope,
                new InconclusiveEvidence(
                    string.Create(CultureInfo.InvariantCulture, $"{NonFinite} of {Tested} tested instances had a non-finite side (numerical trouble)"),
                    family,
                    Tested));
        }

        string familyText = worstDescription is null ? family : family + "; worst: " + worstDescription;
        ulong? worstSeed = null;
        if (Replay is not null)
        {
            var again = Replay(WorstSeed);
            if (!(again.Lhs.Equals(worstOutcome.Lhs) && again.Rhs.Equals(worstOutcome.Rhs)))
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The worst instance of '{claimId}' (seed {WorstSeed}: lhs {worstOutcome.Lhs:R}, rhs {worstOutcome.Rhs:R}) gave lhs {again.Lhs:R}, rhs {again.Rhs:R} when drawn again from its seed; the evaluation is not deterministic."));
            }

            worstSeed = WorstSeed;
        }

        return CheckResult.Verified(
            scope,
            new NumericEvidence(familyText, Tested, Rejected, MinimumSlack, WorstRatio, worstSeed, tightness)
            {
                WorstInstance = worstInstance,
                WorstRelativeError = identities == Tested ? worstRelativeError : null,
                IdentityTolerance = identities == Tested ? worstOutcome.Rhs : null,
            });
    }
}
