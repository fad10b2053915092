using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeepLinear.Checks.ClaimFiles.Baselines;

/// <summary>
/// A committed verdict table for regression in a user's CI (<c>dlv check --claims FILE… --baseline verdicts.json</c>):
/// the JSON object <c>{"verdicts": {"&lt;id&gt;": "&lt;verdict or status&gt;", …}}</c> in run order. Comparing a run with
/// it lists every claim whose verdict changed, appeared or disappeared. No timings, seeds or paths are stored, so a
/// baseline changes only when a verdict does.
/// </summary>
public sealed class VerdictBaseline
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private VerdictBaseline(IReadOnlyList<KeyValuePair<string, string>> verdicts)
    {
        Verdicts = verdicts;
    }

    /// <summary>The verdict (or status: pending, crashed, out-of-budget) of each claim, in run order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Verdicts { get; }

    /// <summary>The baseline of a run.</summary>
    /// <param name="outcomes">The outcomes.</param>
    /// <returns>The baseline.</returns>
    public static VerdictBaseline Of(IEnumerable<ClaimOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return new VerdictBaseline(outcomes.Select(o => new KeyValuePair<string, string>(o.Claim.Id.Text, o.VerdictName)).ToList());
    }

    /// <summary>Parses a baseline file's text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="FormatException">The text is not <c>{"verdicts": {id: verdict, …}}</c>.</exception>
    public static VerdictBaseline Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException("not JSON: " + e.Message, e);
        }

        if (root is not JsonObject o || o["verdicts"] is not JsonObject verdicts)
        {
            throw new FormatException("the baseline must be a JSON object {\"verdicts\": {\"<claim id>\": \"<verdict>\", …}} as written by --write-baseline");
        }

        var list = new List<KeyValuePair<string, string>>();
        foreach (var (id, value) in verdicts)
        {
            list.Add(new(id, value is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new FormatException($"the verdict of '{id}' must be a string")));
        }

        return new VerdictBaseline(list);
    }

    /// <summary>The baseline as indented JSON with a trailing newline.</summary>
    /// <returns>The text.</returns>
    public string ToJson()
    {
        var verdicts = new JsonObject();
        foreach (var (id, verdict) in Verdicts)
        {
            verdicts[id] = verdict;
        }

        return new JsonObject { ["verdicts"] = verdicts }.ToJsonString(Options) + "\n";
    }

    /// <summary>Every difference from <paramref name="baseline"/> to this run, one line each:
    /// <c>id: verified → refuted</c>, <c>id: (new) → verified</c>, <c>id: verified → (missing)</c>.</summary>
    /// <param name="baseline">The committed baseline.</param>
    /// <returns>The changes, in the run's order then the baseline's.</returns>
    public IReadOnlyList<string> ChangesFrom(VerdictBaseline baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var before = baseline.Verdicts.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var now = Verdicts.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var changes = new List<string>();
        foreach (var (id, verdict) in Verdicts)
        {
            if (!before.TryGetValue(id, out var old))
            {
                changes.Add($"{id}: (new) → {verdict}");
            }
            else if (old != verdict)
            {
                changes.Add($"{id}: {old} → {verdict}");
            }
        }

        changes.AddRange(baseline.Verdicts.Where(p => !now.ContainsKey(p.Key)).Select(p => $"{p.Key}: {p.Value} → (missing)"));
        return changes;
    }
}
