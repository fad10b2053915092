using System.Globalization;

namespace DeepLinear.Symbolic.Free;

/// <summary>
/// The declared shapes of symbols: <c>NAME=RxC</c> (dimensions are names or positive integers) or <c>NAME=scalar</c>.
/// Undeclared symbols are square of one shared symbolic size <see cref="DefaultDimension"/>.
/// </summary>
public sealed class ShapeEnvironment
{
    private readonly Dictionary<string, FreeShape> _shapes = new(StringComparer.Ordinal);

    /// <summary>The size of undeclared symbols.</summary>
    public const string DefaultDimension = "n";

    /// <summary>Declares a matrix symbol.</summary>
    public ShapeEnvironment Declare(string name, string rows, string columns)
    {
        _shapes[name] = FreeShape.Matrix(rows, columns);
        return this;
    }

    /// <summary>Declares a scalar symbol.</summary>
    public ShapeEnvironment DeclareScalar(string name)
    {
        _shapes[name] = FreeShape.Scalar;
        return this;
    }

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

            if (shape == "scalar")
            {
                env.DeclareScalar(name);
                continue;
            }

            var parts = shape.Split('x', 'X', '×');
            if (parts.Length != 2 || !parts.All(IsDimension))
            {
                throw new FormatException($"shape declaration '{d}': expected NAME=RxC with R and C positive integers or dimension names (for example W1=d1xd0), or NAME=scalar");
            }

            env.Declare(name, parts[0].Trim(), parts[1].Trim());
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
