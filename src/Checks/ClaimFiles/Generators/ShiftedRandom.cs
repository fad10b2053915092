namespace DeepLinear.Checks.ClaimFiles.Generators;

/// <summary>
/// The random source of one instance with its continuous draws moved: the k-th uniform draw u ∈ (0, 1) of
/// <see cref="NextDouble"/> becomes σ(logit(u) + sₖ), with σ the logistic function and sₖ the k-th shift (0 beyond the
/// list); every integer draw (sizes, widths, <c>choose</c>) is passed through unchanged. Every generator maps uniform
/// draws to its values (Gaussian entries by the polar method, Haar frames by QR of Gaussians, log-uniform scales), so a
/// shifted stream draws another member of the same family, and all-zero shifts draw exactly the instance of the seed.
/// The tightness search walks the shifts; a point it finds is regenerated from the seed and its shifts.
/// </summary>
/// <remarks>
/// Implementation note: every public virtual member of <see cref="System.Random"/> is overridden to delegate to the
/// wrapped source, so the base class's own (unseeded) state is never used. The polar method rejects some pairs of
/// draws, so a shift can change how many uniforms a Gaussian consumes and move the later shifts to other draws; the
/// map from shifts to instances is then still deterministic, only less smooth.
/// </remarks>
public sealed class ShiftedRandom : System.Random
{
    private readonly System.Random inner;
    private readonly IReadOnlyList<double> shifts;

    /// <summary>Wraps a source.</summary>
    /// <param name="inner">The instance's source (<see cref="SeededRandom.For"/>).</param>
    /// <param name="shifts">The shift of each uniform draw, in draw order (empty: the stream unchanged).</param>
    public ShiftedRandom(System.Random inner, IReadOnlyList<double> shifts)
    {
        this.inner = inner ?? throw new ArgumentNullException(nameof(inner));
        this.shifts = shifts ?? throw new ArgumentNullException(nameof(shifts));
    }

    /// <summary>The number of uniform draws made so far (the dimension of the shift vector that moves all of them).</summary>
    public int UniformDraws { get; private set; }

    /// <inheritdoc/>
    public override double NextDouble()
    {
        double u = inner.NextDouble();
        double shift = UniformDraws < shifts.Count ? shifts[UniformDraws] : 0;
        UniformDraws++;
        if (shift == 0 || u <= 0)
        {
            return u;
        }

        double moved = 1 / (1 + Math.Exp(-(Math.Log(u / (1 - u)) + shift)));
        return moved >= 1 ? Math.BitDecrement(1.0) : moved;
    }

    /// <inheritdoc/>
    public override int Next() => inner.Next();

    /// <inheritdoc/>
    public override int Next(int maxValue) => inner.Next(maxValue);

    /// <inheritdoc/>
    public override int Next(int minValue, int maxValue) => inner.Next(minValue, maxValue);

    /// <inheritdoc/>
    public override long NextInt64() => inner.NextInt64();

    /// <inheritdoc/>
    public override long NextInt64(long maxValue) => inner.NextInt64(maxValue);

    /// <inheritdoc/>
    public override long NextInt64(long minValue, long maxValue) => inner.NextInt64(minValue, maxValue);

    /// <inheritdoc/>
    public override float NextSingle() => inner.NextSingle();

    /// <inheritdoc/>
    public override void NextBytes(byte[] buffer) => inner.NextBytes(buffer);

    /// <inheritdoc/>
    public override void NextBytes(Span<byte> buffer) => inner.NextBytes(buffer);

    /// <inheritdoc/>
    protected override double Sample() => NextDouble();
}
