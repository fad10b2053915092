using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Proving;

/// <summary>
/// The result of <see cref="ProverService.Prove(string, IReadOnlyList{string}, IReadOnlyList{string}, ProveOptions)"/>: the verdict, a one-line message, the derivation (claim and every
/// step with the rule that fired) and, for a refutation, the witness: a size for each dimension name, an exact rational
/// matrix for each matrix symbol and an exact rational for each scalar symbol, at which the two sides evaluate
/// differently (and every assumption holds). Immutable.
/// </summary>
public sealed class ProveOutcome
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Creates an outcome (the prover does this; the witness parts are null unless the verdict is refuted).</summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="message">One line saying what was found.</param>
    /// <param name="derivation">The claim and the steps.</param>
    /// <param name="witness">The matrix of each matrix symbol, or null.</param>
    /// <param name="witnessDimensions">The size chosen for each dimension name, or null.</param>
    /// <param name="witnessScalars">The value of each scalar symbol, or null.</param>
    public ProveOutcome(
        ProveVerdict verdict,
        string message,
        Derivation derivation,
        IReadOnlyDictionary<string, RationalMatrix>? witness = null,
        IReadOnlyDictionary<string, int>? witnessDimensions = null,
        IReadOnlyDictionary<string, Rational>? witnessScalars = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(derivation);
        Verdict = verdict;
        Message = message;
        Derivation = derivation;
        Witness = witness is null ? null : new SortedDictionary<string, RationalMatrix>(witness.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
        WitnessDimensions = witness is null ? null : new SortedDictionary<string, int>((witnessDimensions ?? new Dictionary<string, int>()).ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
        WitnessScalars = witness is null ? null : new SortedDictionary<string, Rational>((witnessScalars ?? new Dictionary<string, Rational>()).ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
    }

    /// <summary>The verdict.</summary>
    public ProveVerdict Verdict { get; }

    /// <summary>One line saying what was found (for errors: the parse or shape message with position or sub-expression).</summary>
    public string Message { get; }

    /// <summary>The claim and the steps; <see cref="Derivation.Proved"/> is true exactly for <see cref="ProveVerdict.Proved"/>.</summary>
    public Derivation Derivation { get; }

    /// <summary>The steps of <see cref="Derivation"/> (canonical forms, rewrites, witness check).</summary>
    public IReadOnlyList<DerivationStep> Steps => Derivation.Steps;

    /// <summary>For a refutation: the exact matrix of each matrix symbol, sorted by name; otherwise null.</summary>
    public IReadOnlyDictionary<string, RationalMatrix>? Witness { get; }

    /// <summary>For a refutation: the size chosen for each dimension name (empty when all sizes are integers); otherwise null.</summary>
    public IReadOnlyDictionary<string, int>? WitnessDimensions { get; }

    /// <summary>For a refutation: the value of each scalar symbol (empty when there are none); otherwise null.</summary>
    public IReadOnlyDictionary<string, Rational>? WitnessScalars { get; }

    /// <summary>The command-line exit code: 0 proved, 1 refuted or unknown, 2 shape or parse error.</summary>
    public int ExitCode => Verdict switch
    {
        ProveVerdict.Proved => 0,
        ProveVerdict.Refuted or ProveVerdict.Unknown => 1,
        _ => 2,
    };

    /// <summary>The verdict's JSON name: <c>proved</c>, <c>refuted</c>, <c>unknown</c>, <c>shape-error</c> or <c>parse-error</c>.</summary>
    public string VerdictName => Verdict switch
    {
        ProveVerdict.Proved => "proved",
        ProveVerdict.Refuted => "refuted",
        ProveVerdict.Unknown => "unknown",
        ProveVerdict.ShapeError => "shape-error",
        _ => "parse-error",
    };

    /// <summary>
    /// <c>{"verdict", "message", "steps": [{"rule", "description", "latex", "text"}…], "witness": null | {"dimensions",
    /// "symbols", "scalars"}}</c>, keys in this order, maps sorted by key, exact rationals as strings (<c>"3/2"</c>),
    /// indented, no culture-dependent text.
    /// </summary>
    public string ToJson()
    {
        var steps = new JsonArray();
        foreach (var s in Derivation.Steps)
        {
            steps.Add((JsonNode)new JsonObject { ["rule"] = s.Rule, ["description"] = s.Description, ["latex"] = s.Latex, ["text"] = s.Text });
        }

        JsonNode? witness = null;
        if (Witness is not null)
        {
            var dims = new JsonObject();
            foreach (var (k, v) in WitnessDimensions!)
            {
                dims[k] = v;
            }

            var symbols = new JsonObject();
            foreach (var (k, v) in Witness)
            {
                symbols[k] = new JsonArray(v.ToTextRows().Select(r => (JsonNode)new JsonArray(r.Select(x => (JsonNode)x).ToArray())).ToArray());
            }

            var scalars = new JsonObject();
            foreach (var (k, v) in WitnessScalars!)
            {
                scalars[k] = v.ToString();
            }

            witness = new JsonObject { ["dimensions"] = dims, ["symbols"] = symbols, ["scalars"] = scalars };
        }

        var o = new JsonObject { ["verdict"] = VerdictName, ["message"] = Message, ["steps"] = steps, ["witness"] = witness };
        return o.ToJsonString(JsonOptions);
    }

    /// <summary>Plain text: <c>verdict: message</c>, the derivation, and the witness if any.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        sb.Append(VerdictName).Append(": ").Append(Message).Append('\n');
        sb.Append(Derivation.ToText());
        if (Witness is not null)
        {
            sb.Append("witness:\n");
            foreach (var (k, v) in WitnessDimensions!)
            {
                sb.Append("  ").Append(k).Append(" = ").Append(v.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            }

            foreach (var (k, v) in Witness)
            {
                sb.Append("  ").Append(k).Append(" = ").Append(v).Append('\n');
            }

            foreach (var (k, v) in WitnessScalars!)
            {
                sb.Append("  ").Append(k).Append(" = ").Append(v).Append('\n');
            }
        }

        return sb.ToString();
    }
}
