using System.Globalization;

namespace DeepLinear.Symbolic.Free;

/// <summary>
/// The declared shapes of symbols: <c>NAME=RxC</c> (dimensions are names or positive integers) or <c>NAME=scalar</c>.
/// Undeclared symbols are square of one shared symbolic size <see cref="DefaultDimension"/>. Immutable:
/// <see cref="Declare"/> and <see cref="DeclareScalar"/> return a new environment.
/// </summary>
public sealed class ShapeEnvironment
{
    /// <summary>The size of undeclared symbols.</summary>
    public const string DefaultDimension = "n";

    private readonly Dictionary<string, FreeShape> _shapes;

    /// <summary>An environment with nothing declared (every symbol n×n).</summary>
    public ShapeEnvironment()
        : this(new Dictionary<string, FreeShape>(StringComparer.Ordinal))
    {
    }

    private ShapeEnvironment(Dictionary<string, FreeShape> shapes)
    {
        _shapes = shapes;
    }

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
        foreach (var d in declarations)
        {
            int eq = d.IndexOf('=', StringComparison.Ordinal);
            string name = eq > 0 ? d[..eq].Trim() : string.Empty;
            string shape = eq > 0 ? d[(eq + 1)..].Trim() : string.Empty;
            if (name.Length == 0 || !(char.IsLetter(name[0]) && name.All(c => char.IsLetterOrDigit(c) || c == '_')))
            {
                throw new FormatException($"shape declaration '{d}': expected NAME=RxC or NAME=scalar with NAME a symbol name");
            }

            if (name is "I" or "tr")
            {
                throw new FormatException($"shape declaration '{d}': '{name}' is reserved (the identity and the trace) and cannot be declared");
            }

            if (shape == "scalar")
            {
                env = env.DeclareScalar(name);
                continue;
            }

            var parts = shape.Split('x', 'X', '×');
            if (parts.Length != 2 || !parts.All(IsDimension))
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
        return new ShapeEnvironment(new Dictionary<string, FreeShape>(_shapes, StringComparer.Ordinal) { [name] = shape });
    }

    private static bool IsDimension(string s)
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
