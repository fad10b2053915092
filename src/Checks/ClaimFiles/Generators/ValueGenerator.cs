using DeepLinear.Checks.ClaimFiles.Expressions;

namespace DeepLinear.Checks.ClaimFiles.Generators;

/// <summary>
/// A named random generator callable in <c>over:</c> (<c>gaussian(r, c)</c>, <c>balanced(N, dmin, dmax)</c>, …). The
/// words that describe what it draws are produced next to the code that draws it, from the same arguments, so the
/// evidence's instance family cannot drift from what was sampled.
/// </summary>
public sealed class ValueGenerator
{
    private readonly Func<IReadOnlyList<ExpressionValue>, CallExpr, System.Random, ExpressionValue> sample;
    private readonly Func<IReadOnlyList<string>, string> describe;
    private readonly Func<IReadOnlyList<ExpressionValue>, ExpressionValue, bool>? support;

    /// <summary>Creates a generator.</summary>
    /// <param name="name">The name used in claim files.</param>
    /// <param name="parameters">The parameter names, in order (the arity is their number).</param>
    /// <param name="summary">What it draws, for the reference page.</param>
    /// <param name="sample">Draws a value from the evaluated arguments.</param>
    /// <param name="describe">Describes the draw from the arguments as written.</param>
    /// <param name="support">Whether a value lies in the set the generator draws from with the evaluated arguments
    /// (its support: any r×c matrix for <c>gaussian(r, c)</c>, the symmetric ones for <c>symmetric(n)</c>, …), or null
    /// when the generator states none; a shrunk counterexample may replace a drawn value only by one of its support.</param>
    public ValueGenerator(
        string name,
        IReadOnlyList<string> parameters,
        string summary,
        Func<IReadOnlyList<ExpressionValue>, CallExpr, System.Random, ExpressionValue> sample,
        Func<IReadOnlyList<string>, string> describe,
        Func<IReadOnlyList<ExpressionValue>, ExpressionValue, bool>? support = null)
    {
        this.support = support;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        Summary = summary ?? throw new ArgumentNullException(nameof(summary));
        this.sample = sample ?? throw new ArgumentNullException(nameof(sample));
        this.describe = describe ?? throw new ArgumentNullException(nameof(describe));
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The parameter names.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>What it draws, in words, for the reference page.</summary>
    public string Summary { get; }

    /// <summary>Whether the generator takes any number (≥ 1) of arguments (its last parameter is <c>…</c>).</summary>
    public bool IsVariadic => Parameters.Count > 0 && Parameters[^1] == "…";

    /// <summary>The call signature, e.g. <c>gaussian(r, c)</c>.</summary>
    public string Signature => Name + "(" + string.Join(", ", Parameters) + ")";

    /// <summary>Draws a value.</summary>
    /// <param name="arguments">The evaluated arguments.</param>
    /// <param name="at">The call (for error messages).</param>
    /// <param name="random">The instance's random source.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ExpressionException">Wrong number of arguments or an argument out of range.</exception>
    public ExpressionValue Sample(IReadOnlyList<ExpressionValue> arguments, CallExpr at, System.Random random)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(random);
        if (IsVariadic ? arguments.Count == 0 : arguments.Count != Parameters.Count)
        {
            throw new ExpressionException(
                $"'{at}' (position {at.Position}) has {arguments.Count} arguments; the generator {Signature} takes {(IsVariadic ? "at least 1" : Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))}", at.Position);
        }

        return sample(arguments, at, random);
    }

    /// <summary>Whether the generator states its support (the set its values are drawn from), so that a drawn value may
    /// be replaced by a simpler one of the same set when a counterexample is shrunk.</summary>
    public bool HasSupport => support is not null;

    /// <summary>Whether <paramref name="value"/> lies in the support of the generator with these arguments: a value it
    /// could have drawn (up to rounding of 10⁻¹² for constraints such as orthogonality). False when the generator
    /// states no support.</summary>
    /// <param name="arguments">The evaluated arguments (already accepted by <see cref="Sample"/>).</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is admissible.</returns>
    public bool Admits(IReadOnlyList<ExpressionValue> arguments, ExpressionValue value)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(value);
        return support is not null && support(arguments, value);
    }

    /// <summary>Describes the draw from the arguments as written (expression texts).</summary>
    /// <param name="arguments">The argument texts.</param>
    /// <returns>The words.</returns>
    public string Describe(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return IsVariadic || arguments.Count == Parameters.Count ? describe(arguments) : Signature;
    }
}
