using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;
using DeepLinear.Symbolic.Proving;
using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// The <c>identity:</c> form: <c>lhs == rhs</c> in the identity language of <c>dlv prove</c>, decided by the
/// dimension-free prover (<see cref="ProverService"/>): proved (canonical form or rewriting with the assumptions),
/// refuted with an exact rational witness that satisfies every assumption, a shape error, or inconclusive when neither
/// a proof nor a witness is found. Keys: <c>identity</c>, <c>assume</c> (a list of relations <c>ℓ == r</c>),
/// <c>shapes</c> (<c>A: "m x n"</c>, <c>c: scalar</c>; without shapes every symbol is square of one size n) and
/// <c>entrywise</c> (fixed sizes: <c>{ n: 2 }</c> or <c>{ m: 2, n: 1..3 }</c>, one integer or range per dimension
/// name). The identity, the assumptions and the shapes are parsed when the file is read, so their errors are file
/// errors.
/// </summary>
/// <remarks>
/// With <c>entrywise:</c> every dimension name is replaced by each of its sizes in turn, so every symbol has integer
/// dimensions, and the prover decides each combination: besides the canonical form it then expands both sides entry by
/// entry as polynomials over ℚ in the independent entries (the exact engine <c>dlv prove --shape A=2x2</c> uses), which
/// proves identities that hold only at those sizes (2×2 Cayley–Hamilton, the Hall identity) and refutes them with an
/// exact witness at sizes where they fail. The evidence names the scope that was proved: "entry-wise for the given
/// dimensions" with the sizes, or "all dimensions" when the canonical forms already agree.
/// </remarks>
public static class IdentityForm
{
    /// <summary>The most size combinations one <c>entrywise:</c> mapping may ask for.</summary>
    public const int MaxCombinations = 16;

    /// <summary>The most independent entries (matrix entries and scalars) one size combination may have: the limit of
    /// the prover's entry-wise engine (<c>FixedSizeProver.MaxVariables</c>), checked here so that an oversized request
    /// is refused when the file is read, with its count.</summary>
    public const int MaxEntries = 96;

    /// <summary>The largest size a dimension may take in <c>entrywise:</c>.</summary>
    public const int MaxSize = 12;

    /// <summary>The largest depth of <c>depths:</c> (each depth is one proof).</summary>
    public const int MaxDepth = 16;

    // Implementation note: the grammar of a shape value cannot mis-split a dimension name that contains an x ('dy x dx',
    // 'dy×dx'): the separator is '×', or an x standing alone between spaces, or an x between two integers ('2x3').
    // 'dyxdx' matches none of these and is refused with the rule.
    private static readonly System.Text.RegularExpressions.Regex ShapeGrammar = new(
        @"^\s*(?:(?<scalar>scalar)|(?<r>[A-Za-z_][A-Za-z0-9_]*|[0-9]+)\s*×\s*(?<c>[A-Za-z_][A-Za-z0-9_]*|[0-9]+)|(?<r>[A-Za-z_][A-Za-z0-9_]*|[0-9]+)\s+[xX]\s+(?<c>[A-Za-z_][A-Za-z0-9_]*|[0-9]+)|(?<r>[0-9]+)[xX](?<c>[0-9]+))\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Compiles the form.</summary>
    /// <param name="node">The check mapping.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ClaimFileException">The identity, an assumption, a shape or a size does not parse, or the sizes
    /// ask for more entries than the entry-wise engine takes.</exception>
    public static Func<CheckContext, CheckResult> Compile(FormNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        string claimId = node.ClaimId;
        if (node.Has("depths"))
        {
            var (depthName, depths) = DepthRange(node);
            var perDepth = depths.Select(n => (Depth: n, Statement: Prepare(node, depthName, n))).ToList();
            node.RejectUnknownKeys("identity", ClaimForms.ModifierKeys);
            return context => ClaimForms.WithRerun(ProveAtDepths(claimId, depthName, perDepth), node, context.Seed);
        }

        var (identity, assumed, declared, combinations) = Prepare(node, null, 0);
        node.RejectUnknownKeys("identity", ClaimForms.ModifierKeys);
        if (combinations is null)
        {
            return context => ClaimForms.WithRerun(SymbolicProof.FromProver(claimId, ProverService.Prove(identity, assumed, declared)), node, context.Seed);
        }

        return context => ClaimForms.WithRerun(ProveAtSizes(claimId, identity, assumed, combinations), node, context.Seed);
    }

    /// <summary>Reads the identity, the assumptions, the shapes and <c>entrywise:</c>, with the depth templates
    /// (<see cref="DepthTemplate"/>) written out at depth <paramref name="depth"/> when <paramref name="depthName"/> is
    /// given.</summary>
    private static (string Identity, List<string> Assumed, List<string> Declared, List<(string Sizes, List<string> Shapes)>? Combinations) Prepare(FormNode node, string? depthName, int depth)
    {
        string Expand(string key, string text, YamlNode? at, int? layer = null)
        {
            if (depthName is null)
            {
                return text;
            }

            var values = new Dictionary<string, int>(StringComparer.Ordinal) { [depthName] = depth };
            if (layer is int j)
            {
                values[DepthTemplate.LayerIndex] = j;
            }

            try
            {
                return DepthTemplate.Expand(text, values);
            }
            catch (FormatException e)
            {
                throw node.Error(at ?? node.Node(key) ?? node.Mapping, key, text, string.Create(CultureInfo.InvariantCulture, $"at {depthName} = {depth}: {e.Message}"));
            }
        }

        string identity = Expand("identity", node.RequiredString("identity"), null);
        var symbols = new SortedSet<string>(StringComparer.Ordinal);
        Parse(node, "identity", identity, symbols);
        var assumed = new List<string>();
        foreach (var (text, at) in node.Strings("assume"))
        {
            string assumption = Expand("assume", text, at);
            Parse(node, "assume", assumption, symbols, at);
            assumed.Add(assumption);
        }

        var declared = new List<string>();
        foreach (var (key, text, at) in node.Map("shapes"))
        {
            var layers = depthName is not null && DepthTemplate.UsesLayerIndex(key) ? Enumerable.Range(1, depth).Select(j => (int?)j) : [null];
            foreach (int? layer in layers)
            {
                declared.Add(Shape(node, Expand("shapes." + key, key, at, layer), Expand("shapes." + key, text, at, layer), at));
            }
        }

        if (depthName is not null && node.Has("entrywise"))
        {
            throw node.Error(node.Node("entrywise"), "entrywise", FormNode.Show(node.Node("entrywise")!), "cannot be combined with depths: (state the identity over a depth range or at fixed sizes, not both)");
        }

        var combinations = node.Has("entrywise") ? SizeCombinations(node, declared, symbols) : null;
        return (identity, assumed, declared, combinations);
    }

    /// <summary>One shape declaration <c>name=R×C</c> or <c>name=scalar</c>, checked against the shape grammar.</summary>
    private static string Shape(FormNode node, string name, string text, YamlNode at)
    {
        var match = ShapeGrammar.Match(text);
        if (!match.Success)
        {
            throw node.Error(at, "shapes." + name, FormNode.Show(at), "must be 'R x C' (R and C positive integers or dimension names, the x standing alone between spaces: 'dy x dx'), 'R×C', 'RxC' for integers ('2x3'), or 'scalar'");
        }

        string declaration = name + "=" + (match.Groups["scalar"].Success ? "scalar" : match.Groups["r"].Value + "×" + match.Groups["c"].Value);
        try
        {
            ShapeEnvironment.Parse([declaration]);
        }
        catch (FormatException e)
        {
            throw node.Error(at, "shapes." + name, FormNode.Show(at), "must be 'R x C' (positive integers or dimension names) or 'scalar': " + e.Message);
        }

        return declaration;
    }

    /// <summary>Reads <c>depths: { N: lo..hi }</c>: one depth name and its range, 1 ≤ lo ≤ hi ≤ <see cref="MaxDepth"/>.</summary>
    private static (string Name, int[] Depths) DepthRange(FormNode node)
    {
        var entries = node.Map("depths");
        if (entries.Count != 1)
        {
            throw node.Error(node.Node("depths"), "depths", FormNode.Show(node.Node("depths")!), "must name exactly one depth and its range, e.g. { N: 1..8 }");
        }

        var (name, text, at) = entries[0];
        if (name == DepthTemplate.LayerIndex)
        {
            throw node.Error(at, "depths." + name, text, "'j' is the layer index of shapes: keys; name the depth otherwise (N)");
        }

        string[] parts = text.Split("..", StringSplitOptions.TrimEntries);
        int lo = 0, hi = 0;
        bool ok = parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out lo)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out hi);
        if (!ok || lo < 1 || hi < lo || hi > MaxDepth)
        {
            throw node.Error(at, "depths." + name, text, string.Create(CultureInfo.InvariantCulture, $"must be a range lo..hi with 1 ≤ lo ≤ hi ≤ {MaxDepth}"));
        }

        return (name, Enumerable.Range(lo, hi - lo + 1).ToArray());
    }

    /// <summary>Decides the identity at each depth; proved only when every depth is proved, and then the scope says
    /// so: proved for each depth of the range, which is not a proof for every depth.</summary>
    private static CheckResult ProveAtDepths(string claimId, string depthName, List<(int Depth, (string Identity, List<string> Assumed, List<string> Declared, List<(string Sizes, List<string> Shapes)>? Combinations) Statement)> perDepth)
    {
        var proofs = new List<(string Depth, ProveOutcome Outcome)>();
        foreach (var (depth, (identity, assumed, declared, _)) in perDepth)
        {
            string at = depthName + " = " + depth.ToString(CultureInfo.InvariantCulture);
            var outcome = ProverService.Prove(identity, assumed, declared);
            if (outcome.Verdict != ProveVerdict.Proved)
            {
                var result = SymbolicProof.FromProver(claimId, outcome);
                return result.Evidence switch
                {
                    CounterexampleEvidence c => CheckResult.Refuted(result.Scope + " at " + at, c with { WitnessText = at + ": " + c.WitnessText, WitnessLatex = at + ": " + c.WitnessLatex }),
                    InconclusiveEvidence i => CheckResult.Inconclusive("prover at " + at, i with { Reason = i.Reason + " (at " + at + ")" }),
                    _ => result,
                };
            }

            proofs.Add((at, outcome));
        }

        var weakest = proofs.Select(p => p.Outcome.Derivation.Scope).Min();
        string range = string.Create(CultureInfo.InvariantCulture, $"{perDepth[0].Depth}…{perDepth[^1].Depth}");
        string scope = Derivation.ScopeText(weakest) + string.Create(CultureInfo.InvariantCulture, $", for each depth {depthName} = {range} (not a proof for every {depthName})");
        string text = string.Join("\n", proofs.Select(p => "[" + p.Depth + "] " + p.Outcome.Derivation.ToText().TrimEnd()));
        string latex = string.Join("\n", proofs.Select(p => "*At " + p.Depth + ":* " + p.Outcome.Derivation.ToLatex().TrimEnd()));
        var rules = proofs.SelectMany(p => p.Outcome.Steps.Select(s => s.Rule)).Distinct(StringComparer.Ordinal).ToList();
        return CheckResult.Proved(new ProofEvidence(scope, text, latex, rules, proofs.Sum(p => p.Outcome.Steps.Count)));
    }

    /// <summary>Decides the identity at each size combination; proved only when every combination is proved.</summary>
    private static CheckResult ProveAtSizes(string claimId, string identity, List<string> assumed, List<(string Sizes, List<string> Shapes)> combinations)
    {
        var proofs = new List<(string Sizes, ProveOutcome Outcome)>();
        foreach (var (sizes, shapes) in combinations)
        {
            var outcome = ProverService.Prove(identity, assumed, shapes);
            if (outcome.Verdict != ProveVerdict.Proved)
            {
                var result = SymbolicProof.FromProver(claimId, outcome);
                string at = "at " + sizes;
                return result.Evidence switch
                {
                    CounterexampleEvidence c => CheckResult.Refuted(result.Scope + " " + at, c),
                    InconclusiveEvidence i => CheckResult.Inconclusive("entry-wise prover " + at, i with { Reason = i.Reason + " (" + at + ")" }),
                    _ => result,
                };
            }

            proofs.Add((sizes, outcome));
        }

        var weakest = proofs.Select(p => p.Outcome.Derivation.Scope).Min();
        string scope = Derivation.ScopeText(weakest) + " (" + string.Join("; ", proofs.Select(p => p.Sizes)) + ")";
        string text = string.Join("\n", proofs.Select(p => "[" + p.Sizes + "] " + p.Outcome.Derivation.ToText().TrimEnd()));
        string latex = string.Join("\n", proofs.Select(p => "*At " + p.Sizes + ":* " + p.Outcome.Derivation.ToLatex().TrimEnd()));
        var rules = proofs.SelectMany(p => p.Outcome.Steps.Select(s => s.Rule)).Distinct(StringComparer.Ordinal).ToList();
        return CheckResult.Proved(new ProofEvidence(scope, text, latex, rules, proofs.Sum(p => p.Outcome.Steps.Count)));
    }

    /// <summary>
    /// Reads <c>entrywise:</c> and expands it into the shape declarations of every size combination (dimension names
    /// replaced by integers, undeclared symbols square of size n), refusing names that are not dimensions, dimensions
    /// without a size, and requests above <see cref="MaxCombinations"/> combinations or
    /// <see cref="MaxEntries"/> entries.
    /// </summary>
    private static List<(string Sizes, List<string> Shapes)> SizeCombinations(FormNode node, List<string> declared, SortedSet<string> symbols)
    {
        var env = ShapeEnvironment.Parse(declared);
        var shapes = new List<(string Name, string? Rows, string? Columns)>();
        foreach (string d in declared)
        {
            string name = d[..d.IndexOf('=', StringComparison.Ordinal)];
            var shape = env.ShapeOf(name);
            shapes.Add((name, shape.IsScalar ? null : shape.Rows, shape.IsScalar ? null : shape.Columns));
        }

        foreach (string s in symbols.Where(s => !env.Declared.Contains(s)))
        {
            shapes.Add((s, ShapeEnvironment.DefaultDimension, ShapeEnvironment.DefaultDimension));
        }

        var dimensions = shapes.SelectMany(s => new[] { s.Rows, s.Columns })
            .Where(x => x is not null && !int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(x => x!).Distinct(StringComparer.Ordinal).ToList();
        var ranges = new List<(string Name, int[] Values)>();
        foreach (var (name, text, at) in node.Map("entrywise"))
        {
            if (!dimensions.Contains(name, StringComparer.Ordinal))
            {
                throw node.Error(at, "entrywise." + name, text, dimensions.Count == 0
                    ? "is not a dimension name: every symbol already has integer dimensions (drop entrywise:)"
                    : "is not a dimension name of the shapes; the dimension names are " + string.Join(", ", dimensions) + (shapes.Any(s => s.Rows == ShapeEnvironment.DefaultDimension) ? " (undeclared symbols are n x n)" : string.Empty));
            }

            ranges.Add((name, Sizes(node, "entrywise." + name, text, at)));
        }

        var missing = dimensions.Where(d => !ranges.Any(r => r.Name == d)).ToList();
        if (missing.Count > 0)
        {
            throw node.Error(node.Node("entrywise"), "entrywise", FormNode.Show(node.Node("entrywise")!), "gives no size for the dimension " + string.Join(", ", missing) + "; every dimension name of the shapes needs one");
        }

        long count = ranges.Aggregate(1L, (p, r) => p * r.Values.Length);
        if (count > MaxCombinations)
        {
            throw node.Error(node.Node("entrywise"), "entrywise", FormNode.Show(node.Node("entrywise")!), string.Create(CultureInfo.InvariantCulture, $"asks for {count} size combinations; at most {MaxCombinations} are proved per claim"));
        }

        var result = new List<(string, List<string>)>();
        foreach (var choice in Cartesian(ranges))
        {
            string Size(string? d) => d is null ? string.Empty : choice.TryGetValue(d, out int v) ? v.ToString(CultureInfo.InvariantCulture) : d;
            int entries = shapes.Sum(s => s.Rows is null ? 1 : int.Parse(Size(s.Rows), CultureInfo.InvariantCulture) * int.Parse(Size(s.Columns), CultureInfo.InvariantCulture));
            string sizes = string.Join(", ", ranges.Select(r => r.Name + " = " + choice[r.Name].ToString(CultureInfo.InvariantCulture)));
            if (entries > MaxEntries)
            {
                throw node.Error(node.Node("entrywise"), "entrywise", FormNode.Show(node.Node("entrywise")!), string.Create(CultureInfo.InvariantCulture, $"asks at {sizes} for {entries} independent entries; the entry-wise engine takes at most {MaxEntries}"));
            }

            result.Add((sizes, shapes.Select(s => s.Rows is null ? s.Name + "=scalar" : s.Name + "=" + Size(s.Rows) + "x" + Size(s.Columns)).ToList()));
        }

        return result;
    }

    private static IEnumerable<Dictionary<string, int>> Cartesian(List<(string Name, int[] Values)> ranges)
    {
        IEnumerable<Dictionary<string, int>> result = [new Dictionary<string, int>(StringComparer.Ordinal)];
        foreach (var (name, values) in ranges)
        {
            result = result.SelectMany(d => values.Select(v => new Dictionary<string, int>(d, StringComparer.Ordinal) { [name] = v })).ToList();
        }

        return result;
    }

    private static int[] Sizes(FormNode node, string key, string text, YamlNode at)
    {
        string[] parts = text.Split("..", StringSplitOptions.TrimEntries);
        int lo = 0, hi = 0;
        bool ok = parts.Length is 1 or 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out lo);
        hi = lo;
        ok = ok && (parts.Length == 1 || int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out hi));
        if (!ok || lo < 1 || hi < lo || hi > MaxSize)
        {
            throw node.Error(at, key, text, string.Create(CultureInfo.InvariantCulture, $"must be a size or a range lo..hi with 1 ≤ lo ≤ hi ≤ {MaxSize}"));
        }

        return Enumerable.Range(lo, hi - lo + 1).ToArray();
    }

    private static void Parse(FormNode node, string key, string text, ISet<string> symbols, YamlNode? at = null)
    {
        try
        {
            var (left, right) = FreeParser.ParseIdentity(text);
            FreeSymbolNames.Collect(left, symbols);
            FreeSymbolNames.Collect(right, symbols);
        }
        catch (ParseException e)
        {
            throw node.Error(at ?? node.Node(key) ?? node.Mapping, key, text, "is not an identity 'lhs == rhs' of the identity language: " + e.Message);
        }
    }

}
