namespace DeepLinear.Symbolic.Proving;

/// <summary>
/// The timing of <see cref="ProveBatch.Time"/>: the distribution of the wall time of single <see cref="ProverService.Prove(string, IReadOnlyList{string}, IReadOnlyList{string}, ProveOptions)"/>
/// calls over every identity and pass (the first pass, with just-in-time compilation, included). Times in milliseconds.
/// </summary>
/// <param name="Identities">The number of identities in the batch.</param>
/// <param name="Passes">The number of passes over the batch.</param>
/// <param name="MedianMs">The median time of one call.</param>
/// <param name="P90Ms">The 90th percentile (the value below which 90 % of the calls lie).</param>
/// <param name="MaxMs">The slowest call.</param>
/// <param name="TotalMs">The sum over all calls.</param>
/// <param name="AllocatedBytesPerCall">The managed bytes allocated per call on the timing thread, averaged.</param>
/// <param name="Slowest">The identity of the slowest call.</param>
public sealed record ProveBatchTiming(int Identities, int Passes, double MedianMs, double P90Ms, double MaxMs, double TotalMs, double AllocatedBytesPerCall, string Slowest);
