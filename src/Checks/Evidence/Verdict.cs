namespace DeepLinear.Checks.Evidence;

/// <summary>
/// The verdict of a check that ran to completion (issue 4). Its JSON name is given by
/// <see cref="VerdictNames.Of(Verdict)"/>: <c>proved</c>, <c>verified</c>, <c>refuted</c>, <c>not-checkable</c>,
/// <c>inconclusive</c>. A claim without a check, a crash and an exhausted budget are <b>not</b> verdicts; they are
/// statuses of a <see cref="Running.ClaimOutcome"/>.
/// </summary>
public enum Verdict
{
    /// <summary>An exact symbolic proof, with its scope (entry-wise for given dimensions, all dimensions, all depths)
    /// and its derivation.</summary>
    Proved,

    /// <summary>A numeric check passed on every instance tried that met the hypotheses.</summary>
    Verified,

    /// <summary>A counterexample that meets the hypotheses (exact where possible, shrunk), or a shape error in the
    /// printed formula.</summary>
    Refuted,

    /// <summary>The statement cannot be checked as printed (an unspecified constant, "for almost all", an existence
    /// statement); the computable parts are separate sub-claims.</summary>
    NotCheckable,

    /// <summary>Budget exhausted inside the check or numerical trouble, with what was tried.</summary>
    Inconclusive,

    /// <summary>A number the paper prints from its own experiment that our seeded runs of the experiment as described
    /// contradict, with the factor (<see cref="NotReproducedEvidence"/>): neither a refutation of mathematics nor
    /// inconclusive.</summary>
    NotReproduced,
}
