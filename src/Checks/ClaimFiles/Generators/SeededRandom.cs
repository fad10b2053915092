namespace DeepLinear.Checks.ClaimFiles.Generators;

/// <summary>
/// The one seeded generator policy of claim files: instance i of a check draws every random choice (sizes, then the
/// <c>over:</c> variables in the order written) from <c>System.Random</c> seeded with the 64-bit instance seed
/// <see cref="Running.CheckContext.DeriveSeed"/>(i) folded to 32 bits. Seeded <c>System.Random</c> uses a fixed
/// algorithm on every platform, so an instance is regenerated exactly from its seed (the worst instance and the
/// counterexample of a report replay from the seed printed with them).
/// </summary>
public static class SeededRandom
{
    /// <summary>The random source of one instance.</summary>
    /// <param name="instanceSeed">The instance seed.</param>
    /// <returns>A fresh generator.</returns>
    public static System.Random For(ulong instanceSeed) => Sampling.RandomSource.For(instanceSeed);
}
