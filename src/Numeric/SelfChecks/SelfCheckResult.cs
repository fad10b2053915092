namespace DeepLinear.Numeric.SelfChecks;

/// <summary>The outcome of one numeric self-check.</summary>
/// <param name="Name">The check name.</param>
/// <param name="Passed">True when the measured error is within the tolerance on every instance.</param>
/// <param name="Instances">The number of random instances tried.</param>
/// <param name="WorstError">The largest relative error measured.</param>
/// <param name="Tolerance">The tolerance the error is compared with.</param>
/// <param name="WorstSeed">The seed of the instance with the largest error.</param>
/// <param name="Detail">What was compared.</param>
public sealed record SelfCheckResult(string Name, bool Passed, int Instances, double WorstError, double Tolerance, int WorstSeed, string Detail);
