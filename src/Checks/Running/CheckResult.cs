namespace DeepLinear.Checks.Running;

/// <summary>
/// What a check returns: its verdict, the scope of that verdict in words and the evidence. Use the factory methods,
/// which pair each verdict with the evidence type it requires.
/// </summary>
public sealed record CheckResult
{
    private CheckResult(Verdict verdict, string scope, Evidence.Evidence evidence)
    {
        Verdict = verdict;
        Scope = scope;
        Evidence = evidence;
    }

    /// <summary>The verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>The scope of the verdict (<c>all depths</c>, <c>entry-wise for N ∈ {2,3}</c>,
    /// <c>600 instances, N ≤ 6, d ≤ 5</c>, <c>printed numbers</c>).</summary>
    public string Scope { get; }

    /// <summary>The evidence.</summary>
    public Evidence.Evidence Evidence { get; }

    /// <summary>Plots for the report (trajectory claims: loss, the claimed quantity and its bound per iteration).</summary>
    public IReadOnlyList<ClaimPlot> Plots { get; private init; } = [];

    /// <summary>A copy of this result with plots appended.</summary>
    /// <param name="plots">The plots.</param>
    /// <returns>The new result.</returns>
    public CheckResult WithPlots(params ClaimPlot[] plots)
    {
        ArgumentNullException.ThrowIfNull(plots);
        return this with { Plots = [.. Plots, .. plots] };
    }

    /// <summary>A proved result.</summary>
    /// <param name="proof">The proof, whose <see cref="ProofEvidence.Scope"/> becomes the scope.</param>
    /// <returns>The result.</returns>
    public static CheckResult Proved(ProofEvidence proof)
        => new(Verdict.Proved, NotNull(proof, nameof(proof)).Scope, proof);

    /// <summary>A verified result.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="evidence">The numeric evidence (at least one instance tried).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">No instance was tried: a check that tried nothing verifies nothing.</exception>
    public static CheckResult Verified(string scope, NumericEvidence evidence)
    {
        if (NotNull(evidence, nameof(evidence)).InstancesTried < 1)
        {
            throw new ArgumentException(
                $"Argument 'evidence.InstancesTried' = {evidence.InstancesTried} must be at least 1 for a verified verdict.",
                nameof(evidence));
        }

        return new(Verdict.Verified, scope, evidence);
    }

    /// <summary>A verified result from a Monte Carlo estimate whose interval lies on the stated side of the bound.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="evidence">The Monte Carlo evidence; its <see cref="MonteCarloEvidence.SupportedVerdict"/> decides.</param>
    /// <returns>The result with the verdict the interval supports.</returns>
    public static CheckResult FromMonteCarlo(string scope, MonteCarloEvidence evidence)
        => new(NotNull(evidence, nameof(evidence)).SupportedVerdict(), scope, evidence);

    /// <summary>A refuted result.</summary>
    /// <param name="scope">The scope (<c>printed statement</c>, <c>shape check</c>).</param>
    /// <param name="counterexample">The counterexample.</param>
    /// <returns>The result.</returns>
    public static CheckResult Refuted(string scope, CounterexampleEvidence counterexample)
        => new(Verdict.Refuted, scope, NotNull(counterexample, nameof(counterexample)));

    /// <summary>A not-checkable result.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="subClaimIds">The ids of the computable sub-claims.</param>
    /// <returns>The result.</returns>
    public static CheckResult NotCheckable(string reason, params string[] subClaimIds)
        => new(Verdict.NotCheckable, "as printed", new NotCheckableEvidence(reason, subClaimIds));

    /// <summary>A printed experimental number that our runs of the experiment as described contradict.</summary>
    /// <param name="scope">The runs compared (draws, sizes).</param>
    /// <param name="evidence">Printed against reproduced, with the factor.</param>
    /// <returns>The result.</returns>
    public static CheckResult NotReproduced(string scope, NotReproducedEvidence evidence)
        => new(Verdict.NotReproduced, scope, NotNull(evidence, nameof(evidence)));

    /// <summary>An inconclusive result.</summary>
    /// <param name="scope">The scope reached.</param>
    /// <param name="evidence">What stopped the check and what was tried.</param>
    /// <returns>The result.</returns>
    public static CheckResult Inconclusive(string scope, InconclusiveEvidence evidence)
        => new(Verdict.Inconclusive, scope, NotNull(evidence, nameof(evidence)));

    /// <summary>
    /// The result of a run whose instances did not meet the claim's hypotheses (a negative-control run with a step
    /// size far above the bound, an unbalanced start): inconclusive with <see cref="InconclusiveEvidence.HypothesesNotMet"/>
    /// set, never verified, because nothing about the claim was tested.
    /// </summary>
    /// <param name="scope">The scope of the run.</param>
    /// <param name="hypothesis">Which hypothesis failed and by how much.</param>
    /// <param name="instancesRejected">How many generated instances (or iterates) failed the hypotheses.</param>
    /// <returns>The result.</returns>
    public static CheckResult HypothesesNotMet(string scope, string hypothesis, int instancesRejected)
        => new(
            Verdict.Inconclusive,
            scope,
            new InconclusiveEvidence(hypothesis, $"{instancesRejected} instances rejected by the hypotheses", 0, HypothesesNotMet: true));

    private static T NotNull<T>(T? value, string name)
        where T : class
        => value ?? throw new ArgumentNullException(name, $"Argument '{name}' is null; a verdict needs its evidence.");
}
