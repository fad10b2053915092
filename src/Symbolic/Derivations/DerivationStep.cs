namespace DeepLinear.Symbolic.Derivations;

/// <summary>
/// One step of a derivation: the rule that fired, what it did in words, and the expression after it (as LaTeX and as
/// plain text). Steps are immutable.
/// </summary>
/// <param name="Rule">The name of the rule applied (for example <c>expand</c>, <c>product-rule</c>,
/// <c>trace-cyclicity</c>, <c>rewrite: balancedness j=2</c>, <c>canonical-form</c>).</param>
/// <param name="Description">One sentence in words saying what the step did.</param>
/// <param name="Latex">The resulting expression or equation in LaTeX (no surrounding <c>$</c>), empty if none.</param>
/// <param name="Text">The same in plain text, empty if none.</param>
public sealed record DerivationStep(string Rule, string Description, string Latex, string Text);
