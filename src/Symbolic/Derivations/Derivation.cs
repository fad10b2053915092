using System.Text;

namespace DeepLinear.Symbolic.Derivations;

/// <summary>
/// The record of an exact derivation or proof: what was claimed, the steps and named rules used, and whether the
/// claim was proved. It renders to LaTeX (for the Markdown reports, inside <c>$$…$$</c>) and to plain text.
/// </summary>
/// <param name="Title">What the derivation establishes, in words.</param>
/// <param name="ClaimLatex">The claimed identity in LaTeX.</param>
/// <param name="ClaimText">The claimed identity in plain text.</param>
/// <param name="Scope">The generality of the proof.</param>
/// <param name="Proved">True only when the steps end in a canonical-form or rewriting proof of the claim.</param>
/// <param name="Steps">The steps in order.</param>
public sealed record Derivation(
    string Title,
    string ClaimLatex,
    string ClaimText,
    ProofScope Scope,
    bool Proved,
    IReadOnlyList<DerivationStep> Steps)
{
    /// <summary>Renders the derivation as Markdown-with-LaTeX: a claim display and one numbered display per step.</summary>
    public string ToLatex()
    {
        var sb = new StringBuilder();
        sb.Append("**").Append(Title).Append("** (").Append(ScopeText(Scope)).Append("; ")
          .Append(Proved ? "proved" : "not proved").Append(")\n\n");
        sb.Append("$$").Append(ClaimLatex).Append("$$\n\n");
        for (int i = 0; i < Steps.Count; i++)
        {
            var s = Steps[i];
            sb.Append(i + 1).Append(". *").Append(s.Rule).Append("*: ").Append(s.Description).Append('\n');
            if (s.Latex.Length > 0)
            {
                sb.Append("   $$").Append(s.Latex).Append("$$\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>Renders the derivation as plain text, one line per step.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        sb.Append(Title).Append(" [").Append(ScopeText(Scope)).Append("; ").Append(Proved ? "proved" : "not proved").Append("]\n");
        sb.Append("claim: ").Append(ClaimText).Append('\n');
        for (int i = 0; i < Steps.Count; i++)
        {
            var s = Steps[i];
            sb.Append(i + 1).Append(". [").Append(s.Rule).Append("] ").Append(s.Description);
            if (s.Text.Length > 0)
            {
                sb.Append(": ").Append(s.Text);
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The scope in words.</summary>
    public static string ScopeText(ProofScope scope) => scope switch
    {
        ProofScope.EntrywiseGivenDimensions => "entry-wise for the given dimensions",
        ProofScope.AllDimensions => "all dimensions",
        ProofScope.AllDepthsAllDimensions => "all depths and all dimensions",
        _ => scope.ToString(),
    };
}
