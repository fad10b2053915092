namespace DeepLinear.Checks.Sampling;

/// <summary>
/// The one seeded generator policy of the toolkit, for the built-in checks and for claim files alike: every random
/// choice of an instance comes from <c>System.Random</c> seeded with the instance's 64-bit seed
/// (<see cref="Running.CheckContext.DeriveSeed"/>) folded to a non-negative 32-bit value. Seeded <c>System.Random</c>
/// runs a fixed algorithm on every platform, so an instance is regenerated exactly from the seed a report prints.
/// </summary>
public static class RandomSource
{
    /// <summary>The random source of one instance.</summary>
    /// <param name="seed">The 64-bit instance seed.</param>
    /// <returns>A fresh generator.</returns>
    public static System.Random For(ulong seed) => new(unchecked((int)(seed ^ (seed >> 32))) & int.MaxValue);

    /// <summary>The random source for a 32-bit seed (an FsCheck-drawn seed, a loop index mixed into a base seed).</summary>
    /// <param name="seed">The seed; its sign bit is dropped.</param>
    /// <returns>A fresh generator.</returns>
    public static System.Random For(int seed) => new(seed & int.MaxValue);
}
