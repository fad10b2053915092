using DeepLinear.Checks.ClaimFiles.Expressions;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// Shrinks a counterexample of the <c>inequality:</c> form, keeping every candidate that still meets the hypotheses and
/// still violates the claim: first over the sizes (each smaller size re-drawn from the same seed,
/// <see cref="InstanceSpace.SmallerSizes"/>), then over the entries of the <see cref="InstanceSpace.ShrinkableVariables"/>
/// — the whole value rounded to integers, then each entry (both mirrored entries of a symmetric matrix) set to 0, to
/// the nearest integer, half-integer or tenth, in that order. A replacement must lie in its generator's support
/// (<see cref="Generators.ValueGenerator.Admits"/>), so the witness stays an instance of the family; variables defined
/// from the replaced ones are recomputed with the same draws. Deterministic: the same start gives the same witness.
/// </summary>
internal sealed class CounterexampleShrinker
{
    /// <summary>The most candidate instances one shrink evaluates.</summary>
    public const int MaxCandidates = 4000;

    private readonly InstanceSpace space;
    private readonly Func<SampledInstance, bool> violates;
    private readonly CancellationToken token;
    private int candidates;

    /// <summary>Creates a shrinker.</summary>
    /// <param name="space">The family.</param>
    /// <param name="violates">Whether an accepted instance violates the claim (false for ill-typed ones).</param>
    /// <param name="token">Stops shrinking early (the time budget); the witness so far is kept.</param>
    public CounterexampleShrinker(InstanceSpace space, Func<SampledInstance, bool> violates, CancellationToken token)
    {
        this.space = space;
        this.violates = violates;
        this.token = token;
    }

    /// <summary>Shrinks a violating instance.</summary>
    /// <param name="first">The violating instance.</param>
    /// <returns>The smallest violating instance found and whether it differs from <paramref name="first"/>.</returns>
    public (SampledInstance Witness, bool Shrunk) Shrink(SampledInstance first)
    {
        var current = first;
        bool shrunk = false;
        for (int round = 0; round < 100 && !Exhausted; round++)
        {
            var smaller = space.SmallerSizes(current).Select(sizes => Try(current, sizes, current.Overrides)).FirstOrDefault(c => c is not null);
            if (smaller is null)
            {
                break;
            }

            current = smaller;
            shrunk = true;
        }

        for (int pass = 0; pass < 3 && !Exhausted; pass++)
        {
            bool improved = false;
            foreach (string name in space.ShrinkableVariables)
            {
                var value = current.Values.First(v => v.Key == name).Value;
                foreach (var simpler in Simplifications(value))
                {
                    if (Exhausted)
                    {
                        break;
                    }

                    var overrides = new Dictionary<string, ExpressionValue>(current.Overrides, StringComparer.Ordinal) { [name] = simpler(value) };
                    if (overrides[name].ToString() == value.ToString())
                    {
                        continue;
                    }

                    var candidate = Try(current, Sizes(current), overrides);
                    if (candidate is not null)
                    {
                        current = candidate;
                        value = overrides[name];
                        improved = shrunk = true;
                    }
                }
            }

            if (!improved)
            {
                break;
            }
        }

        return (current, shrunk);
    }

    private bool Exhausted => candidates >= MaxCandidates || token.IsCancellationRequested;

    private static Dictionary<string, int> Sizes(SampledInstance instance)
        => instance.Sizes.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>The simplifications of a value, each applied to the value current at its turn: all entries rounded, then
    /// per entry 0, integer, half-integer, tenth.</summary>
    private static IEnumerable<Func<ExpressionValue, ExpressionValue>> Simplifications(ExpressionValue start)
    {
        Func<double, double>[] roundings = [_ => 0, Math.Round, x => Math.Round(2 * x) / 2, x => Math.Round(10 * x) / 10];
        switch (start.Kind)
        {
            case ValueKind.Scalar:
                foreach (var r in roundings)
                {
                    yield return v => ExpressionValue.OfScalar(r(v.Scalar));
                }

                break;
            case ValueKind.Matrix:
                yield return v => ExpressionValue.OfMatrix(v.Matrix.Map(Math.Round));
                for (int i = 0; i < start.Matrix.RowCount; i++)
                {
                    for (int j = 0; j < start.Matrix.ColumnCount; j++)
                    {
                        foreach (var r in roundings)
                        {
                            int row = i, column = j;
                            yield return v => ExpressionValue.OfMatrix(WithEntry(v.Matrix, row, column, r));
                        }
                    }
                }

                break;
            case ValueKind.Tuple:
                yield return v => ExpressionValue.OfTuple(v.Tuple.Select(f => f.Map(Math.Round)).ToArray());
                for (int k = 0; k < start.Tuple.Count; k++)
                {
                    for (int i = 0; i < start.Tuple[k].RowCount; i++)
                    {
                        for (int j = 0; j < start.Tuple[k].ColumnCount; j++)
                        {
                            foreach (var r in roundings)
                            {
                                int factor = k, row = i, column = j;
                                yield return v => ExpressionValue.OfTuple(v.Tuple.Select((f, index) => index == factor ? WithEntry(f, row, column, r) : f).ToArray());
                            }
                        }
                    }
                }

                break;
            default:
                break;
        }
    }

    private static Matrix<double> WithEntry(Matrix<double> m, int row, int column, Func<double, double> rounding)
    {
        var copy = m.Clone();
        double value = rounding(m[row, column]);
        copy[row, column] = value;
        if (m.RowCount == m.ColumnCount && row != column && (m - m.Transpose()).InfinityNorm() <= 1e-12)
        {
            copy[column, row] = value;
        }

        return copy;
    }

    private SampledInstance? Try(SampledInstance current, IReadOnlyDictionary<string, int> sizes, IReadOnlyDictionary<string, ExpressionValue> overrides)
    {
        candidates++;
        try
        {
            var candidate = space.Sample(current.Seed, sizes, current.Shifts, overrides);
            return candidate.Accepted && violates(candidate) ? candidate : null;
        }
        catch (ExpressionException)
        {
            return null;
        }
    }
}
