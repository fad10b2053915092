using DeepLinear.Checks.Running;
using DeepLinear.Checks.Support;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;
using DeepLinear.Symbolic.Proving;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// The <c>identity:</c> form: <c>lhs == rhs</c> in the identity language of <c>dlv prove</c>, decided by the
/// dimension-free prover (<see cref="ProverService"/>): proved (canonical form or rewriting with the assumptions),
/// refuted with an exact rational witness that satisfies every assumption, a shape error, or inconclusive when neither
/// a proof nor a witness is found. Keys: <c>identity</c>, <c>assume</c> (a list of relations <c>ℓ == r</c>),
/// <c>shapes</c> (<c>A: "m x n"</c>, <c>c: scalar</c>; without shapes every symbol is square of one size n). The
/// identity, the assumptions and the shapes are parsed when the file is read, so their errors are file errors.
/// </summary>
public static class IdentityForm
{
    /// <summary>Compiles the form.</summary>
    /// <param name="node">The check mapping.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ClaimFileException">The identity, an assumption or a shape does not parse.</exception>
    public static Func<CheckContext, CheckResult> Compile(FormNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        string identity = node.RequiredString("identity");
        Parse(node, "identity", identity);
        var assumptions = node.Strings("assume");
        foreach (var (text, at) in assumptions)
        {
            Parse(node, "assume", text, at);
        }

        var shapes = node.Map("shapes").Select(s => (s.Name, Text: s.Name + "=" + s.Text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("×", "x", StringComparison.Ordinal), s.Node)).ToList();
        foreach (var (name, text, at) in shapes)
        {
            try
            {
                ShapeEnvironment.Parse([text]);
            }
            catch (FormatException e)
            {
                throw node.Error(at, "shapes." + name, FormNode.Show(at), "must be 'R x C' (positive integers or dimension names) or 'scalar': " + e.Message);
            }
        }

        node.RejectUnknownKeys("identity", ClaimForms.ModifierKeys);
        string claimId = node.ClaimId;
        var assumed = assumptions.Select(a => a.Text).ToList();
        var declared = shapes.Select(s => s.Text).ToList();
        return context => ClaimForms.WithRerun(SymbolicProof.FromProver(claimId, ProverService.Prove(identity, assumed, declared)), node, context.Seed);
    }

    private static void Parse(FormNode node, string key, string text, YamlDotNet.RepresentationModel.YamlNode? at = null)
    {
        try
        {
            FreeParser.ParseIdentity(text);
        }
        catch (ParseException e)
        {
            throw node.Error(at ?? node.Node(key) ?? node.Mapping, key, text, "is not an identity 'lhs == rhs' of the identity language: " + e.Message);
        }
    }
}
