using DeepLinear.Checks.ClaimFiles.Forms;

namespace DeepLinear.Checks.ClaimFiles;

/// <summary>The declarative forms of <see cref="ClaimForms"/> (identity, inequality, trajectory, probability,
/// not-checkable), each compiled from the claim's raw <c>check:</c> mapping with its negative controls.</summary>
public sealed partial class CheckFormRegistry
{
    static partial void RegisterDeclarativeForms(CheckFormRegistry registry)
    {
        foreach (string form in ClaimForms.FormNames)
        {
            registry.Register(form, entry => ClaimForms.Compile(entry.Check.Form, entry.Check.Node, entry.Entry.Id, entry.FileName));
        }
    }
}
