using System.Globalization;

namespace DeepLinear.Symbolic.Free;

/// <summary>
/// The declared shapes of symbols: <c>NAME=RxC</c> (dimensions are names or positive integers) or <c>NAME=scalar</c>.
/// Undeclared symbols are square of one shared symbolic size <see cref="DefaultDimension"/>. A dimension name that is
/// not itself declared as a symbol (<c>n</c>, or <c>d1</c> from <c>W1=d1xd0</c>) may be used as a scalar: <c>tr(I) == n</c>.
/// Letters may also carry a transpose property (symmetric <c>Aᵀ = A</c>, skew <c>Kᵀ = −K</c>) that the canonical form
/// normalizes. Immutable: <see cref="Declare"/>, <see cref="DeclareScalar"/> and <see cref="DeclareTransposeProperty"/>
/// return a new environment.
/// </summary>
public sealed class ShapeEnvironment
{
    /// <summary>The size of undeclared symbols.</summary>
    public const string DefaultDimension = "n";

    private readonly Dictionary<string, FreeShape> _shapes;
    private readonly Dictionary<string, int> _transposeSigns;
    private readonly HashSet<string> _dimensions;

    /// <summary>An environment with nothing declared (every symbol n×n).</summary>
    public ShapeEnvironment()
        : this(new Dictionary<string, FreeShape>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal))
    {
    }

    private ShapeEnvironment(Dictionary<string, FreeShape> shapes, Dictionary<string, int> transposeSigns)
    {
        _shapes = shapes;
        _transposeSigns = transposeSigns;
        _dimensions = new HashSet<string>(StringComparer.Ordinal) { DefaultDimension };
        foreach (var shape in shapes.Values.Where(x => !x.IsScalar))
        {
            _dimensions.Add(shape.Rows!);
            _dimensions.Add(shape.Columns!);
        }

        _dimensions.RemoveWhere(d => char.IsAsciiDigit(d[0]) || shapes.ContainsKey(d));
    }

    /// <summary>
    /// A new environment in which the square symbol <paramref name="name"/> satisfies <c>Aᵀ = sign·A</c>: +1 for symmetric,
    /// −1 for skew-symmetric. The canonical form then replaces every <c>Aᵀ</c> by <c>sign·A</c>.
    /// </summary>
    /// <param name="name">The symbol name.</param>
    /// <param name="sign">+1 (symmetric) or −1 (skew).</param>
    /// <exception cref="ArgumentOutOfRangeException">If <paramref name="sign"/> is not ±1.</exception>
    public ShapeEnvironment DeclareTransposeProperty(string name, int sign)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (sign is not (1 or -1))
        {
            throw new ArgumentOutOfRangeException(nameof(sign), sign, "ShapeEnvironment.DeclareTransposeProperty: argument 'sign' must be +1 (symmetric) or -1 (skew).");
        }

        return new ShapeEnvironment(_shapes, new Dictionary<string, int>(_transposeSigns, StringComparer.Ordinal) { [name] = sign });
    }

    /// <summary>+1 if <paramref name="name"/> is symmetric, −1 if skew, 0 if it has no transpose property.</summary>
    public int TransposeSign(string name) => _transposeSigns.TryGetValue(name, out int s) ? s : 0;

    /// <summary>True when some symbol has a transpose property.</summary>
    public bool HasTransposeProperties => _transposeSigns.Count > 0;

    /// <summary>True when some declared symbol has a dimension equal to the literal 1 (vectors, 1×1 matrices).</summary>
    public bool HasUnitDimension => _shapes.Values.Any(x => x.Rows == "1" || x.Columns == "1");

    /// <summary>True when <paramref name="name"/> is a dimension name usable as a scalar (a size, not a declared symbol).</summary>
    public bool IsDimension(string name) => _dimensions.Contains(name);

    /// <summary>The dimension names usable as scalars.</summary>
    public IReadOnlyCollection<string> DimensionNames => _dimensions;

    /// <summary>A new environment that also declares the matrix symbol <paramref name="name"/> as <paramref name="rows"/>×<paramref name="columns"/>.</summary>
    /// <param name="name">The symbol name.</param>
    /// <param name="rows">The row dimension: a name or a positive integer.</param>
    /// <param name="columns">The column dimension: a name or a positive integer.</param>
    public ShapeEnvironment Declare(string name, string rows, string columns) => With(name, FreeShape.Matrix(rows, columns));

    /// <summary>A new environment that also declares <paramref name="name"/> as a scalar symbol (it commutes with everything).</summary>
    /// <param name="name">The symbol name.</param>
    public ShapeEnvironment DeclareScalar(string name) => With(name, FreeShape.Scalar);

    /// <summary>Parses declarations <c>NAME=RxC</c> or <c>NAME=scalar</c>.</summary>
    /// <exception cref="FormatException">Naming the declaration and the expected form.</exception>
    public static ShapeEnvironment Parse(IEnumerable<string> declarations)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        var env = new ShapeEnvironment();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in declarations)
        {
            int eq = d.IndexOf('=', StringComparison.Ordinal);
            string name = eq > 0 ? d[..eq].Trim() : string.Empty;
            string shape = eq > 0 ? d[(eq + 1)..].Trim() : string.Empty;
            if (name.Length == 0 || !(char.IsLetter(name[0]) && name.All(c => char.IsLetterOrDigit(c) || c == '_')))
            {
                throw new FormatException($"shape declaration '{d}': expected NAME=RxC or NAME=scalar with NAME a symbol name");
            }

            if (seen.TryGetValue(name, out var earlier) && earlier.Replace(" ", string.Empty, StringComparison.Ordinal) != d.Replace(" ", string.Empty, StringComparison.Ordinal))
            {
                throw new FormatException($"shape declaration '{d}' conflicts with '{earlier}': a symbol has one shape");
            }

            seen[name] = d;
            if (Parsing.FreeParser.IsReservedName(name))
            {
                throw new FormatException($"shape declaration '{d}': '{name}' is reserved (the identity, trace and inverse) and cannot be declared");
            }

            if (shape == "scalar")
            {
                env = env.DeclareScalar(name);
                continue;
            }

            // '×' separates unambiguously (a dimension name may contain x: dy×dx); otherwise x or X separates.
            var parts = shape.Contains('×', StringComparison.Ordinal) ? shape.Split('×') : shape.Split('x', 'X');
            if (parts.Length != 2 || !parts.All(IsDimensionText))
            {
                throw new FormatException($"shape declaration '{d}': expected NAME=RxC with R and C positive integers or dimension names (for example W1=d1xd0), or NAME=scalar");
            }

            env = env.Declare(name, parts[0].Trim(), parts[1].Trim());
        }

        return env;
    }

    /// <summary>The shape of a symbol.</summary>
    public FreeShape ShapeOf(string name) => _shapes.TryGetValue(name, out var s) ? s : FreeShape.Matrix(DefaultDimension, DefaultDimension);

    /// <summary>True when the symbol is a declared scalar.</summary>
    public bool IsScalar(string name) => _shapes.TryGetValue(name, out var s) && s.IsScalar;

    /// <summary>
    /// The size of an identity that no context determines (as in <c>tr(I)</c>): the shared size n when nothing is
    /// declared (every symbol is then n×n), otherwise unknown (null).
    /// </summary>
    public string? DefaultIdentitySize => _shapes.Values.All(s => s.IsScalar) ? DefaultDimension : null;

    /// <summary>The declared symbols.</summary>
    public IReadOnlyCollection<string> Declared => _shapes.Keys;

    private ShapeEnvironment With(string name, FreeShape shape)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new ShapeEnvironment(new Dictionary<string, FreeShape>(_shapes, StringComparer.Ordinal) { [name] = shape }, _transposeSigns);
    }

    private static bool IsDimensionText(string s)
    {
        s = s.Trim();
        if (s.Length == 0)
        {
            return false;
        }

        if (char.IsAsciiDigit(s[0]))
        {
            return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v > 0;
        }

        return char.IsLetter(s[0]) && s.All(c => char.IsLetterOrDigit(c) || c == '_');
    }
}
