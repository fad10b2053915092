using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Free;

namespace DeepLinear.Symbolic.Proving;

/// <summary>
/// The result of <see cref="ProverService.Prove"/>: verdict, message, the derivation steps, and for a refutation the
/// witness (dimension sizes and exact matrices).
/// </summary>
/// <param name="Verdict">The verdict.</param>
/// <param name="Message">One line saying what was found.</param>
/// <param name="Derivation">The steps (claim, canonical forms, rewrites, witness check).</param>
/// <param name="WitnessDimensions">For a refutation: the size chosen for each dimension name.</param>
/// <param name="WitnessMatrices">For a refutation: the exact value of each symbol.</param>
public sealed record ProveOutcome(
    ProveVerdict Verdict,
    string Message,
    Derivation Derivation,
    IReadOnlyDictionary<string, int>? WitnessDimensions,
    IReadOnlyDictionary<string, RationalMatrix>? WitnessMatrices)
{
    /// <summary>The command-line exit code: 0 proved, 1 refuted or unknown, 2 shape or parse error.</summary>
    public int ExitCode => Verdict switch
    {
        ProveVerdict.Proved => 0,
        ProveVerdict.Refuted or ProveVerdict.Unknown => 1,
        _ => 2,
    };

    /// <summary>The verdict's JSON name.</summary>
    public string VerdictName => Verdict switch
    {
        ProveVerdict.Proved => "proved",
        ProveVerdict.Refuted => "refuted",
        ProveVerdict.Unknown => "unknown",
        ProveVerdict.ShapeError => "shape-error",
        _ => "parse-error",
    };

    /// <summary><c>{"verdict","message","steps":[…],"witness":…}</c> with stable key order; rationals as strings.</summary>
    public string ToJson()
    {
        var steps = new JsonArray();
        foreach (var s in Derivation.Steps)
        {
            steps.Add(new JsonObject { ["rule"] = s.Rule, ["description"] = s.Description, ["latex"] = s.Latex, ["text"] = s.Text });
        }

        JsonNode? witness = null;
        if (WitnessMatrices is not null)
        {
            var dims = new JsonObject();
            foreach (var (k, v) in (WitnessDimensions ?? new Dictionary<string, int>()).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                dims[k] = v;
            }

            var symbols = new JsonObject();
            foreach (var (k, v) in WitnessMatrices.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                symbols[k] = new JsonArray(v.ToTextRows().Select(r => (JsonNode)new JsonArray(r.Select(x => (JsonNode)x).ToArray())).ToArray());
            }

            witness = new JsonObject { ["dimensions"] = dims, ["symbols"] = symbols };
        }

        var o = new JsonObject { ["verdict"] = VerdictName, ["message"] = Message, ["steps"] = steps, ["witness"] = witness };
        return o.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Plain text: verdict, message, steps, witness.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        sb.Append(VerdictName).Append(": ").Append(Message).Append('\n');
        sb.Append(Derivation.ToText());
        if (WitnessMatrices is not null)
        {
            sb.Append("witness:\n");
            foreach (var (k, v) in (WitnessDimensions ?? new Dictionary<string, int>()).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                sb.Append("  ").Append(k).Append(" = ").Append(v).Append('\n');
            }

            foreach (var (k, v) in WitnessMatrices.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                sb.Append("  ").Append(k).Append(" = ").Append(v).Append('\n');
            }
        }

        return sb.ToString();
    }
}
