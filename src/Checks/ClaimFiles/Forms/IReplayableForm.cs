namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// A compiled claim form whose single recorded instance can be replayed from its own seed by
/// <c>dlv show CLAIM --replay</c>, without re-running the whole check: an <c>inequality</c> instance
/// (<see cref="InequalityForm"/>), one run of a <c>trajectory</c> (<see cref="TrajectoryForm"/>), or one trial of a
/// <c>probability</c> (<see cref="ProbabilityForm"/>).
/// </summary>
public interface IReplayableForm
{
    /// <summary>Replays the recorded worst instance (or run, or trial) of a verified claim from its seed.</summary>
    /// <param name="seed">The seed the record names.</param>
    /// <param name="context">The tier and time budget.</param>
    /// <returns>The replayed numbers; <see cref="InstanceReplay.Ratio"/> is compared with the recorded worst lhs/rhs.</returns>
    InstanceReplay ReplayWorst(ulong seed, CheckContext context);

    /// <summary>Replays the recorded counterexample (or violating run, or deciding trial) of a refuted claim from its
    /// seed.</summary>
    /// <param name="seed">The seed the record names.</param>
    /// <param name="context">The tier and time budget.</param>
    /// <returns>The replayed numbers; <see cref="InstanceReplay.Violation"/> is compared with the recorded violation.</returns>
    InstanceReplay ReplayCounterexample(ulong seed, CheckContext context);
}
