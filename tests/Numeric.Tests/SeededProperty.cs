using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace DeepLinear.Numeric.Tests;

/// <summary>
/// FsCheck properties over seeds with a fixed replay, so every run tries the same instances; <see cref="Rejects"/> is
/// the negative-control form: the property must be falsified.
/// </summary>
internal static class SeededProperty
{
    private static Config Configuration(int maxTest) =>
        Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261123UL, 7919UL), FSharpOption<int>.None)));

    /// <summary>Asserts that <paramref name="property"/> holds for <paramref name="maxTest"/> generated seeds.</summary>
    public static void Holds(Func<int, bool> property, int maxTest = 25) =>
        Check.One(Configuration(maxTest), Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), property));

    /// <summary>Asserts that <paramref name="property"/> is falsified by some generated seed (a negative control).</summary>
    public static void Rejects(Func<int, bool> property, int maxTest = 25)
    {
        bool falsified = false;
        try
        {
            Check.One(Configuration(maxTest), Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), property));
        }
        catch (Exception e) when (e.Message.Contains("Falsifiable", StringComparison.Ordinal))
        {
            falsified = true;
        }

        Xunit.Assert.True(falsified, "the negative control was not rejected: the check cannot fail");
    }
}
