namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>
/// The names an expression is evaluated with (the sampled variables of <c>over:</c>, the size symbols of <c>sizes:</c>,
/// the indices bound by <c>sum</c>/<c>prod</c>/<c>forall</c>) and, when generators may be called (in <c>over:</c> only),
/// the seeded random source they draw from. Inner scopes shadow outer ones.
/// </summary>
public sealed class EvaluationScope
{
    private readonly Dictionary<string, ExpressionValue> values = new(StringComparer.Ordinal);
    private readonly EvaluationScope? parent;

    /// <summary>Creates a root scope.</summary>
    /// <param name="random">The random source of generator calls, or null when generators are not allowed.</param>
    public EvaluationScope(System.Random? random = null)
    {
        Random = random;
    }

    private EvaluationScope(EvaluationScope parent)
    {
        this.parent = parent;
        Random = parent.Random;
    }

    /// <summary>The random source of generator calls, or null when generators are not allowed here.</summary>
    public System.Random? Random { get; }

    /// <summary>The names defined in this scope and its parents, innermost first.</summary>
    public IEnumerable<string> Names => values.Keys.Concat(parent?.Names ?? []).Distinct(StringComparer.Ordinal);

    /// <summary>Defines (or redefines) a name in this scope.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public void Set(string name, ExpressionValue value) => values[name] = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Looks a name up here and in the parents.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value when found.</param>
    /// <returns>Whether it is defined.</returns>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExpressionValue? value)
    {
        if (values.TryGetValue(name, out value))
        {
            return true;
        }

        if (parent is not null)
        {
            return parent.TryGet(name, out value);
        }

        value = null;
        return false;
    }

    /// <summary>A child scope (for a bound index).</summary>
    /// <returns>The child.</returns>
    public EvaluationScope Child() => new(this);
}
