using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// Compiles the declarative <c>check:</c> forms of a claim file — <c>identity</c>, <c>inequality</c>,
/// <c>probability</c>, <c>trajectory</c>, <c>not-checkable</c> — into checks, with their <c>negative-controls:</c>.
/// A negative control is a mapping holding one form key (the mutated encoding); every other key (<c>over</c>,
/// <c>sizes</c>, <c>where</c>, <c>run</c>, …) is inherited from the claim's check unless the control gives it. The
/// compiled check runs the claim, then every control with the same context; a control that does not come out refuted
/// throws <see cref="NegativeControlNotRefutedException"/> (the claim is reported crashed: a check that cannot fail is
/// caught, loudly).
/// </summary>
public static class ClaimForms
{
    /// <summary>The key holding the negative controls.</summary>
    public const string NegativeControlsKey = "negative-controls";

    /// <summary>Keys that may sit beside any form (read by the catalog, not by the form).</summary>
    public static readonly string[] ModifierKeys = [NegativeControlsKey, "reading", "note"];

    private static readonly Dictionary<string, Func<FormNode, Func<CheckContext, CheckResult>>> Compilers = new(StringComparer.Ordinal)
    {
        ["identity"] = IdentityForm.Compile,
        ["inequality"] = InequalityForm.Compile,
        ["probability"] = ProbabilityForm.Compile,
        ["trajectory"] = TrajectoryForm.Compile,
        ["not-checkable"] = NotCheckableForm.Compile,
    };

    /// <summary>The declarative forms this class compiles.</summary>
    public static IReadOnlyList<string> FormNames { get; } = ["identity", "inequality", "trajectory", "probability", "not-checkable"];

    /// <summary>Compiles a check mapping whose form is <paramref name="form"/>, with its negative controls.</summary>
    /// <param name="form">The form name (the form key present in the mapping).</param>
    /// <param name="mapping">The <c>check:</c> mapping.</param>
    /// <param name="claimId">The claim id.</param>
    /// <param name="fileName">The file name (for messages).</param>
    /// <returns>The check.</returns>
    /// <exception cref="ClaimFileException">Any key's value breaks its rule.</exception>
    public static Func<CheckContext, CheckResult> Compile(string form, YamlMappingNode mapping, string claimId, string fileName)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(mapping);
        var node = new FormNode(mapping, claimId, fileName);
        if (!Compilers.TryGetValue(form, out var compile))
        {
            throw node.Error(mapping, form, FormNode.Show(mapping), "is not a declarative check form; forms: " + string.Join(", ", FormNames));
        }

        var check = compile(node);
        return WithNegativeControls(check, form, node);
    }

    /// <summary>
    /// Wraps a compiled check of any form (a declarative one, or a <c>code:</c> check written in C#) with the
    /// <c>negative-controls:</c> of its mapping: the wrapped check runs the claim, then every control with the same
    /// context, and throws <see cref="NegativeControlNotRefutedException"/> when a control is not refuted. A control
    /// holds one form key — <c>identity</c>, <c>inequality</c>, <c>trajectory</c>, <c>probability</c>, or
    /// <c>code: NAME</c> (a check written in C# registered under NAME that must come out refuted) — and inherits every
    /// other key of the claim's mapping it does not give itself.
    /// </summary>
    /// <param name="check">The compiled check of the claim.</param>
    /// <param name="form">The claim's form name.</param>
    /// <param name="node">The claim's check mapping.</param>
    /// <returns>The check itself when there are no controls, otherwise the wrapped check.</returns>
    /// <exception cref="ClaimFileException">A control breaks its form's rules, or names no registered check.</exception>
    public static Func<CheckContext, CheckResult> WithNegativeControls(Func<CheckContext, CheckResult> check, string form, FormNode node)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(node);
        var controls = CompileControls(node, form);
        string claimId = node.ClaimId;
        return controls.Count == 0 ? check : context => RunWithControls(context, claimId, check, controls);
    }

    /// <summary>The form of a claim whose single recorded instance can be replayed from its own seed
    /// (<see cref="IReplayableForm"/>: an <c>inequality</c> instance, one <c>trajectory</c> run, one <c>probability</c>
    /// trial), or null when the claim's form has no per-instance entry point (identity proofs, not-checkable, checks
    /// written in C#).</summary>
    /// <param name="form">The form name.</param>
    /// <param name="mapping">The <c>check:</c> mapping.</param>
    /// <param name="claimId">The claim id.</param>
    /// <param name="fileName">The file name (for messages).</param>
    /// <returns>The form, or null.</returns>
    /// <exception cref="ClaimFileException">A key's value breaks its rule.</exception>
    public static IReplayableForm? ReplayableForm(string form, YamlMappingNode mapping, string claimId, string fileName) => form switch
    {
        "inequality" => InequalityForm.Create(new FormNode(mapping, claimId, fileName)),
        "trajectory" => TrajectoryForm.Create(new FormNode(mapping, claimId, fileName)),
        "probability" when !mapping.Children.ContainsKey(new YamlScalarNode(ProbabilityForm.SettingsKey)) => ProbabilityForm.Create(new FormNode(mapping, claimId, fileName)),
        _ => null,
    };

    /// <summary>The command that re-runs a claim of a claim file with a seed:
    /// <c>dlv check --claims FILE --claim ID --seed S</c>, or <c>dlv check --claim ID --seed S</c> for a claim of the
    /// built-in catalog (<c>catalog/&lt;key&gt;.yaml</c>, embedded in the assembly).</summary>
    /// <param name="fileName">The claim file.</param>
    /// <param name="claimId">The claim id.</param>
    /// <param name="seed">The base seed of the run.</param>
    /// <returns>The command line.</returns>
    public static string RerunCommand(string fileName, string claimId, ulong seed)
        => Catalog.BuiltInClaimFiles.ResourceNames.Contains(fileName)
            ? CounterexampleEvidence.RerunCommand(claimId, seed)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"dlv check --claims {fileName} --claim {claimId} --seed {seed}");

    /// <summary>A refuted result whose re-run command names the claim file (the shared accumulator writes the
    /// catalog's <c>dlv check --claim ID</c>, which does not find a user's claim); other results unchanged.</summary>
    /// <param name="result">The result.</param>
    /// <param name="node">The check mapping (file and claim id).</param>
    /// <param name="seed">The base seed of the run.</param>
    /// <returns>The result.</returns>
    public static CheckResult WithRerun(CheckResult result, FormNode node, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(node);
        return result is { Verdict: Verdict.Refuted, Evidence: CounterexampleEvidence c }
            ? CheckResult.Refuted(result.Scope, c with { Rerun = RerunCommand(node.FileName, node.ClaimId, seed) })
            : result;
    }

    private static List<(string Encoding, Func<CheckContext, CheckResult> Check)> CompileControls(FormNode node, string form)
    {
        var result = new List<(string, Func<CheckContext, CheckResult>)>();
        var raw = node.Node(NegativeControlsKey);
        if (raw is null)
        {
            return result;
        }

        if (raw is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            throw node.Error(raw, NegativeControlsKey, FormNode.Show(raw), "must be a non-empty list of mappings, each with one form key (the mutated encoding that must be refuted)");
        }

        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode control)
            {
                throw node.Error(item, NegativeControlsKey, FormNode.Show(item), "each control must be a mapping with one form key, e.g. { inequality: \"…\" }");
            }

            var forms = control.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty).Where(k => Compilers.ContainsKey(k) || k == "code").ToList();
            if (forms.Count != 1 || forms[0] == "not-checkable")
            {
                throw node.Error(control, NegativeControlsKey, FormNode.Show(control), "each control needs exactly one of the forms identity, inequality, trajectory, probability, code");
            }

            if (control.Children.ContainsKey(new YamlScalarNode(NegativeControlsKey)))
            {
                throw node.Error(control, NegativeControlsKey, FormNode.Show(control), "a negative control cannot have negative controls of its own");
            }

            var merged = new YamlMappingNode();
            foreach (var (key, value) in node.Mapping.Children)
            {
                string name = (key as YamlScalarNode)?.Value ?? string.Empty;
                if (name != NegativeControlsKey && name != form && !control.Children.ContainsKey(key))
                {
                    merged.Add(key, value);
                }
            }

            foreach (var (key, value) in control.Children)
            {
                merged.Add(key, value);
            }

            var controlNode = new FormNode(merged, node.ClaimId, node.FileName, control);
            result.Add((FormNode.Show(control), forms[0] == "code" ? CompileCodeControl(controlNode) : Compilers[forms[0]](controlNode)));
        }

        return result;
    }

    private static Func<CheckContext, CheckResult> CompileCodeControl(FormNode control)
    {
        string name = control.RequiredString("code");
        control.RejectUnknownKeys("code", [.. ModifierKeys, CodeCheckBinding.WithKey]);
        return CodeCheckBinding.Bind(
            name, control.Node("code"), control.Node(CodeCheckBinding.WithKey), NegativeControlsKey, (at, key, value, rule) => control.Error(at, key, value, rule));
    }

    private static CheckResult RunWithControls(
        CheckContext context, string claimId, Func<CheckContext, CheckResult> check, List<(string Encoding, Func<CheckContext, CheckResult> Check)> controls)
    {
        var result = check(context);
        for (int i = 0; i < controls.Count; i++)
        {
            var control = controls[i].Check(context);
            if (control.Verdict != Verdict.Refuted)
            {
                throw new NegativeControlNotRefutedException(
                    $"negative control {i + 1} of '{claimId}' ({controls[i].Encoding}) came out {VerdictNames.Of(control.Verdict)}, not refuted: the check cannot tell this wrong claim from the right one ({control.Evidence.Summary()})");
            }
        }

        return result;
    }
}
