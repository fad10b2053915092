using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;

namespace DeepLinear.Checks.Support;

/// <summary>
/// A builder of dimension-free derivations (used by the lcc proofs) in the noncommutative canonical form of the symbolic engine
/// (<see cref="CanonicalForm"/>): expressions are parsed from the engine's text language, differentiated by the product
/// rule (<see cref="CanonicalForm.Derivative"/>), differentiated in time along the flow by substituting the velocities,
/// and compared by canonical difference. A comparison proves the identity for all dimensions (symbolic sizes).
/// </summary>
internal sealed class FreeDerivationBuilder
{
    private readonly ShapeEnvironment env;
    private readonly List<DerivationStep> steps = [];
    private bool proved = true;

    public FreeDerivationBuilder(ShapeEnvironment env)
    {
        this.env = env;
    }

    /// <summary>Whether every comparison so far had canonical difference 0.</summary>
    public bool Proved => proved;

    /// <summary>The recorded steps.</summary>
    public IReadOnlyList<DerivationStep> Steps => steps;

    /// <summary>The canonical form of an expression in the engine's language.</summary>
    public CanonicalForm Form(string expression) => CanonicalForm.Of(FreeParser.ParseExpression(expression), env);

    /// <summary>The canonical form of c·expression (a rational multiple of a scalar or matrix expression; the text
    /// language reads a numeral as a multiple of I, so scalar multiples of traces are built as trees).</summary>
    public CanonicalForm Scaled(Rational c, string expression) => CanonicalForm.Of(new FreeScale(c, FreeParser.ParseExpression(expression)), env);

    /// <summary>The canonical form of a linear combination Σ cᵢ·exprᵢ.</summary>
    public CanonicalForm Combination(params (Rational Coefficient, string Expression)[] terms)
        => terms.Aggregate(CanonicalForm.FromTerms([]), (acc, t) => acc + Scaled(t.Coefficient, t.Expression));

    /// <summary>The canonical form of an expression tree.</summary>
    public CanonicalForm Form(FreeExpr expression) => CanonicalForm.Of(expression, env);

    /// <summary>The identity matrix as a form (sized by context).</summary>
    public CanonicalForm Identity() => CanonicalForm.Of(new FreeIdentity(), env);

    /// <summary>Records an expansion step.</summary>
    public void Note(string rule, string description, CanonicalForm form)
        => steps.Add(new DerivationStep(rule, description, form.ToLatex(), form.ToString()));

    /// <summary>Compares two forms, records the step and returns whether the canonical difference is 0.</summary>
    public bool Compare(string description, CanonicalForm left, CanonicalForm right)
    {
        var difference = left - right;
        bool ok = difference.IsZero;
        proved &= ok;
        steps.Add(new DerivationStep(
            ok ? "canonical-form" : "canonical-form (mismatch)",
            description + (ok ? ": the canonical difference is 0" : ": the canonical difference is NOT 0"),
            difference.ToLatex(),
            difference.ToString()));
        return ok;
    }

    /// <summary>The time derivative of a form along the flow: symbol → (declared direction symbol, velocity expression).</summary>
    public CanonicalForm TimeDerivative(CanonicalForm form, IReadOnlyDictionary<string, (string Direction, string Velocity)> velocities)
    {
        var directions = velocities.ToDictionary(kv => kv.Key, kv => kv.Value.Direction, StringComparer.Ordinal);
        var derivative = form.Derivative(directions);
        var substitution = velocities.ToDictionary(kv => kv.Value.Direction, kv => Form(kv.Value.Velocity), StringComparer.Ordinal);
        return derivative.Substitute(substitution);
    }

    /// <summary>The derivation of the recorded steps.</summary>
    public Derivation ToDerivation(string title, string claimLatex, string claimText, ProofScope scope)
        => new(title, claimLatex, claimText, scope, proved, steps);
}
