using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.ClaimFiles.Forms;
using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.Catalog;

/// <summary>
/// Finds negative controls a claim file promises in words but does not carry as data: a claim whose
/// <c>handling</c> mentions a "negative control" must have a <c>negative-controls:</c> list in its check, which the
/// forms run and require to come out refuted (issue 12: every promised control is data attached to its claim).
/// </summary>
public static class NegativeControlPromises
{
    /// <summary>The ids of the claims that promise a negative control in their handling without carrying one.</summary>
    /// <param name="claims">The claims.</param>
    /// <returns>The ids, in file order.</returns>
    public static IReadOnlyList<string> Unkept(IEnumerable<ClaimFileEntry> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var key = new YamlScalarNode(ClaimForms.NegativeControlsKey);
        return [.. claims
            .Where(c => c.Entry.Handling.Contains("negative control", StringComparison.OrdinalIgnoreCase))
            .Where(c => !c.Check.Node.Children.ContainsKey(key))
            .Select(c => c.Entry.Id)];
    }
}
