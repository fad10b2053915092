using DeepLinear.Checks.ClaimFiles.Forms;

namespace DeepLinear.Checks.ClaimFiles;

/// <summary>
/// Maps a check form name (<see cref="CheckSpec.Form"/>) to its compiler: a function that turns a claim of a claim
/// file into the check the runner calls, or into <see langword="null"/> when the claim has no check yet (the runner
/// then reports it as pending). <see cref="Default"/> holds <c>code</c> (a C# check registered by name in
/// <see cref="BuiltInChecks"/>, optionally with <c>negative-controls:</c> that must come out refuted) and <c>pending</c> (no check), plus the declarative forms registered by
/// <c>RegisterDeclarativeForms</c> (implemented in another part of this class, next to the forms).
/// </summary>
/// <remarks>
/// A compiler validates the form's modifiers and throws <see cref="ClaimFileException"/> (file, line, key, value,
/// rule) for anything it cannot compile, so that every error of a claim file is reported before any check runs.
/// Register every form before the registry is shared between threads; lookups are read-only.
/// </remarks>
public sealed partial class CheckFormRegistry
{
    private readonly Dictionary<string, Func<ClaimFileEntry, Func<CheckContext, CheckResult>?>> compilers =
        new(StringComparer.Ordinal);

    /// <summary>The registry with every form the toolkit implements.</summary>
    public static CheckFormRegistry Default { get; } = CreateDefault();

    /// <summary>The registered form names, in registration order.</summary>
    public IReadOnlyList<string> Forms => [.. compilers.Keys];

    /// <summary>A new registry with every form the toolkit implements (<c>code</c>, <c>pending</c> and the
    /// declarative forms).</summary>
    /// <returns>The registry.</returns>
    public static CheckFormRegistry CreateDefault()
    {
        var registry = new CheckFormRegistry();
        registry.Register("code", CompileCode);
        registry.Register("pending", CompilePending);
        RegisterDeclarativeForms(registry);
        return registry;
    }

    /// <summary>Registers the compiler of a form.</summary>
    /// <param name="form">The form name; one of <see cref="CheckSpec.FormNames"/>.</param>
    /// <param name="compiler">The compiler; returns <see langword="null"/> for "no check yet" (pending).</param>
    /// <exception cref="ArgumentException">The name is not a form name of the format, or is registered already.</exception>
    public void Register(string form, Func<ClaimFileEntry, Func<CheckContext, CheckResult>?> compiler)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(compiler);
        if (!CheckSpec.FormNames.Contains(form, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"Argument 'form' = '{form}' is not a form name of the claim-file format ({string.Join(", ", CheckSpec.FormNames)}).", nameof(form));
        }

        if (!compilers.TryAdd(form, compiler))
        {
            throw new ArgumentException($"Argument 'form' = '{form}' is registered already.", nameof(form));
        }
    }

    /// <summary>Whether a compiler is registered for the form.</summary>
    /// <param name="form">The form name.</param>
    /// <returns>Whether it is registered.</returns>
    public bool IsRegistered(string form) => compilers.ContainsKey(form);

    /// <summary>Compiles the check of a claim.</summary>
    /// <param name="entry">The claim.</param>
    /// <returns>The check, or <see langword="null"/> when the claim has no check yet (pending).</returns>
    /// <exception cref="ClaimFileException">No compiler is registered for the claim's form, or the compiler rejects the
    /// claim.</exception>
    public Func<CheckContext, CheckResult>? Compile(ClaimFileEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!compilers.TryGetValue(entry.Check.Form, out var compiler))
        {
            throw entry.Error(
                entry.Check.Node, "check." + entry.Check.Form, entry.Check.Form,
                $"this form is not implemented in this version; the forms available are {string.Join(", ", compilers.Keys)}");
        }

        return compiler(entry);
    }

    /// <summary>Implemented next to the declarative forms (identity, inequality, trajectory, probability,
    /// not-checkable); registers them.</summary>
    /// <param name="registry">The registry being built.</param>
    static partial void RegisterDeclarativeForms(CheckFormRegistry registry);

    private static Func<CheckContext, CheckResult> CompileCode(ClaimFileEntry entry)
    {
        string? name = entry.Check.FormText;
        var node = entry.Check.FormValue;
        if (string.IsNullOrEmpty(name))
        {
            throw entry.Error(
                node, "check.code", name ?? "(not text)",
                "code must name a check written in C# (registered with [ClaimCheck(\"name\")])");
        }

        ThrowOnModifiers(entry, allowed: [ClaimForms.NegativeControlsKey, CodeCheckBinding.WithKey]);
        var with = entry.Check.Node.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode(CodeCheckBinding.WithKey), out var w) ? w : null;
        var bound = CodeCheckBinding.Bind(
            name, node, with, "check", (at, key, value, rule) => entry.Error(at ?? entry.Check.Node, key, value, rule));
        string claimId = entry.Entry.Id;

        // A named check serves claims without knowing their ids: a counterexample it leaves without a re-run command
        // gets the catalog's command for this claim (with the run's seed when the witness was drawn from one).
        CheckResult Check(CheckContext context)
        {
            var result = bound(context);
            return result is { Verdict: Verdict.Refuted, Evidence: CounterexampleEvidence { Rerun.Length: 0 } c }
                ? CheckResult.Refuted(result.Scope, c with { Rerun = c.Seed is null ? CounterexampleEvidence.RerunCommand(claimId) : CounterexampleEvidence.RerunCommand(claimId, context.Seed) })
                    .WithPlots([.. result.Plots])
                : result;
        }
        return ClaimForms.WithNegativeControls(Check, "code", new FormNode(entry.Check.Node, entry.Entry.Id, entry.FileName));
    }

    private static Func<CheckContext, CheckResult>? CompilePending(ClaimFileEntry entry)
    {
        var node = entry.Check.FormValue;
        if (entry.Check.FormText is null)
        {
            throw entry.Error(
                node, "check.pending", "(not text)",
                "pending takes a text: what is missing before the claim can be checked");
        }

        ThrowOnModifiers(entry, allowed: []);
        return null;
    }

    private static void ThrowOnModifiers(ClaimFileEntry entry, IReadOnlyList<string> allowed)
    {
        foreach (var key in entry.Check.Node.Children.Keys)
        {
            string name = key is YamlDotNet.RepresentationModel.YamlScalarNode scalar ? scalar.Value ?? string.Empty : "(not text)";
            if (name != entry.Check.Form && !allowed.Contains(name, StringComparer.Ordinal))
            {
                throw entry.Error(
                    key, "check." + name, name,
                    $"the form '{entry.Check.Form}' takes no modifier '{name}'");
            }
        }
    }
}
