namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// The <c>not-checkable:</c> form: the reason the statement cannot be checked as printed (an unspecified constant,
/// "for almost all", an existence statement), and <c>parts:</c>, the ids of the computable sub-claims checked
/// separately. Verdict: not-checkable with that reason.
/// </summary>
public static class NotCheckableForm
{
    /// <summary>Compiles the form.</summary>
    /// <param name="node">The check mapping.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ClaimFileException">An empty reason or a malformed part id.</exception>
    public static Func<CheckContext, CheckResult> Compile(FormNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        string reason = node.RequiredString("not-checkable").Trim();
        if (reason.Length == 0)
        {
            throw node.Error(node.Node("not-checkable")!, "not-checkable", reason, "needs the reason the statement cannot be checked as printed");
        }

        var parts = node.Strings("parts");
        foreach (var (text, at) in parts)
        {
            if (!Catalog.ClaimId.TryParse(text, out _, out var error))
            {
                throw node.Error(at, "parts", text, "must be claim ids <paper>/<kind><number>[#part][~fixed]: " + error);
            }
        }

        node.RejectUnknownKeys("not-checkable", ClaimForms.ModifierKeys);
        string[] ids = parts.Select(p => p.Text).ToArray();
        return _ => CheckResult.NotCheckable(reason, ids);
    }
}
