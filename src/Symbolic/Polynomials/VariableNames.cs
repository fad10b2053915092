namespace DeepLinear.Symbolic.Polynomials;

/// <summary>
/// The names of polynomial variables by id, for printing (plain text and LaTeX). Thread-safe; ids are dense from 0.
/// </summary>
public sealed class VariableNames
{
    private readonly List<(string Text, string Latex)> _names = [];
    private readonly Lock _gate = new();

    /// <summary>Creates a fresh variable and returns its id.</summary>
    public int Fresh(string text, string latex)
    {
        lock (_gate)
        {
            _names.Add((text, latex));
            return _names.Count - 1;
        }
    }

    /// <summary>The number of variables.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _names.Count;
            }
        }
    }

    /// <summary>The plain-text name of variable <paramref name="id"/> (<c>x17</c> when unnamed).</summary>
    public string Text(int id)
    {
        lock (_gate)
        {
            return id < _names.Count ? _names[id].Text : "x" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The LaTeX name of variable <paramref name="id"/>.</summary>
    public string Latex(int id)
    {
        lock (_gate)
        {
            return id < _names.Count ? _names[id].Latex : "x_{" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
        }
    }
}
