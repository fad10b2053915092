using FsCheck;
using FsCheck.Fluent;

namespace DeepLinear.Checks.Support;

/// <summary>
/// A numeric check of a claim lhs ≤ rhs (or of an identity, see <see cref="InstanceOutcome.Identity"/>) over instances
/// drawn from an FsCheck generator: instance i is sampled with the seed <see cref="CheckContext.DeriveSeed"/>(i), so
/// each instance is reproducible from the run's base seed alone. Instances that do not meet the claim's hypotheses are
/// counted and reported, never tested. The first violation is shrunk greedily with <see cref="Shrink"/> (candidates
/// that still meet the hypotheses and still violate the claim replace it) and evaluated once more outside the
/// generator before it is reported. When all instances pass, an optional adversarial tightness search
/// (<see cref="TightnessSearch"/>) reports the largest lhs/rhs it finds.
/// </summary>
/// <typeparam name="T">The instance type.</typeparam>
public sealed class InequalityCheck<T>
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    /// <summary>The claim id (for the re-run command).</summary>
    public required string ClaimId { get; init; }

    /// <summary>The instance family in words (sizes, depths, scales covered).</summary>
    public required string Family { get; init; }

    /// <summary>The FsCheck generator of instances.</summary>
    public required Gen<T> Generator { get; init; }

    /// <summary>Evaluates an instance.</summary>
    public required Func<T, InstanceOutcome> Evaluate { get; init; }

    /// <summary>Describes an instance in plain text (the witness of a counterexample).</summary>
    public required Func<T, string> Describe { get; init; }

    /// <summary>Describes an instance in LaTeX (optional; defaults to <see cref="Describe"/>).</summary>
    public Func<T, string>? DescribeLatex { get; init; }

    /// <summary>Smaller candidates of an instance, for shrinking a counterexample (optional).</summary>
    public Func<T, IEnumerable<T>>? Shrink { get; init; }

    /// <summary>Instances in the fast tier (default 100).</summary>
    public int Instances { get; init; } = 100;

    /// <summary>Instances in the thorough tier (default 1000).</summary>
    public int ThoroughInstances { get; init; } = 1000;

    /// <summary>The FsCheck size passed to the generator (default 30).</summary>
    public int Size { get; init; } = 30;

    /// <summary>Violations below this relative size are rounding, not counterexamples (default 10⁻⁹).</summary>
    public double RelativeTolerance { get; init; } = 1e-9;

    /// <summary>Absolute part of the rounding tolerance (default 0).</summary>
    public double AbsoluteTolerance { get; init; }

    /// <summary>The adversarial tightness search (optional; recommended for every inequality).</summary>
    public TightnessSpec<T>? Tightness { get; init; }

    /// <summary>The scope text; defaults to "&lt;n&gt; instances of &lt;family&gt;".</summary>
    public string? Scope { get; init; }

    /// <summary>Samples instance <paramref name="index"/> of a run with the given context.</summary>
    /// <param name="context">The context (its seed).</param>
    /// <param name="index">The instance index.</param>
    /// <returns>The instance.</returns>
    public T Sample(CheckContext context, int index)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SampleFromSeed(context.DeriveSeed((ulong)index));
    }

    /// <summary>Draws the instance of an instance seed (the worst seed of the evidence regenerates its instance).</summary>
    /// <param name="seed">The instance seed, <see cref="CheckContext.DeriveSeed"/>(i) for instance i.</param>
    /// <returns>The instance.</returns>
    public T SampleFromSeed(ulong seed) => Generator.Sample(Size, new Rnd(seed, Gamma), 1)[0];

    /// <summary>Runs the check.</summary>
    /// <param name="context">The check context.</param>
    /// <returns>Verified, refuted (shrunk and re-checked), hypotheses-not-met, or inconclusive (cancelled or non-finite).</returns>
    public CheckResult Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        int count = context.Thorough ? ThoroughInstances : Instances;
        var accumulator = new SlackAccumulator(RelativeTolerance, AbsoluteTolerance) { Replay = seed => Evaluate(SampleFromSeed(seed)) };
        string scope = Scope ?? string.Create(CultureInfo.InvariantCulture, $"{count} instances of {Family}");
        T? violating = default;
        bool found = false;
        int tried = 0;
        for (int i = 0; i < count; i++)
        {
            if (context.CancellationToken.IsCancellationRequested)
            {
                return Cancelled(scope, tried);
            }

            ulong seed = context.DeriveSeed((ulong)i);
            T instance = Sample(context, i);
            tried++;
            if (accumulator.Add(Evaluate(instance), seed, () => Describe(instance)))
            {
                violating = instance;
                found = true;
                break;
            }
        }

        if (found)
        {
            return Counterexample(context, violating!, accumulator);
        }

        TightnessResult? tightness = null;
        if (Tightness is not null && accumulator.Tested > 0 && accumulator.NonFinite == 0)
        {
            try
            {
                tightness = TightnessSearch.Run(Tightness, Evaluate, context, context.DeriveSeed(ulong.MaxValue - 1));
            }
            catch (OperationCanceledException)
            {
                return Cancelled(scope, tried);
            }
        }

        return accumulator.ToResult(ClaimId, scope, Family, tightness);
    }

    private CheckResult Counterexample(CheckContext context, T violating, SlackAccumulator first)
    {
        var current = violating;
        bool shrunk = false;
        if (Shrink is not null)
        {
            for (int round = 0; round < 200; round++)
            {
                bool improved = false;
                foreach (var candidate in Shrink(current))
                {
                    if (context.CancellationToken.IsCancellationRequested)
                    {
                        break;
                    }

                    var outcome = SafeEvaluate(candidate);
                    if (outcome is { } o && o.Violates(RelativeTolerance, AbsoluteTolerance))
                    {
                        current = candidate;
                        improved = shrunk = true;
                        break;
                    }
                }

                if (!improved)
                {
                    break;
                }
            }
        }

        // Re-check outside the generator: evaluate the final instance afresh.
        // Implementation note: a shrunk witness is not the instance of any seed, so only an unshrunk one reports its seed.
        var seed = first.FirstViolation!.Value.Seed;
        var witness = current;
        var recheck = new SlackAccumulator(RelativeTolerance, AbsoluteTolerance) { Replay = shrunk ? null : s => Evaluate(SampleFromSeed(s)) };
        if (!recheck.Add(Evaluate(witness), seed, () => Describe(witness)))
        {
            throw new InvalidOperationException(
                $"The counterexample of '{ClaimId}' did not violate the claim when re-evaluated (the evaluation is not deterministic).");
        }

        return recheck.ToResult(ClaimId, "printed statement", Family, shrunk: shrunk, runSeed: context.Seed, witnessLatex: (DescribeLatex ?? Describe)(witness));
    }

    private InstanceOutcome? SafeEvaluate(T candidate)
    {
        try
        {
            return Evaluate(candidate);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (ArithmeticException)
        {
            return null;
        }
    }

    private CheckResult Cancelled(string scope, int tried)
        => CheckResult.Inconclusive(
            scope,
            new InconclusiveEvidence("the time budget was exhausted", string.Create(CultureInfo.InvariantCulture, $"{tried} instances of {Family}"), tried));
}
