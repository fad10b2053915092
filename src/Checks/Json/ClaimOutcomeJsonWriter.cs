using System.Text.Encodings.Web;
using System.Text.Json;

namespace DeepLinear.Checks.Json;

/// <summary>
/// Writes outcomes as the JSON of <c>dlv check --json</c>: an array of objects with the keys, in this order,
/// <c>id</c>, <c>paper</c>, <c>label</c>, <c>kind</c>, <c>statement</c>, <c>verdict</c>, <c>scope</c>,
/// <c>evidence</c>, <c>seconds</c>. <c>verdict</c> is a verdict name or a status (<c>pending</c>, <c>crashed</c>,
/// <c>out-of-budget</c>); <c>evidence</c> is an object whose first key <c>type</c> names its shape; non-finite numbers
/// are written as the strings <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>; <c>seconds</c> is rounded to
/// milliseconds. Numbers are written by <see cref="Utf8JsonWriter"/> (shortest round-trip, invariant culture).
/// </summary>
public static class ClaimOutcomeJsonWriter
{
    /// <summary>The top-level keys of each object, in the order written.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        ["id", "paper", "label", "kind", "statement", "verdict", "scope", "evidence", "seconds"];

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the outcomes to a stream as UTF-8 JSON (no BOM).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="outcomes">The outcomes, in catalog order.</param>
    public static void Write(Stream stream, IEnumerable<ClaimOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(outcomes);
        using var writer = new Utf8JsonWriter(stream, Options);
        writer.WriteStartArray();
        foreach (var outcome in outcomes)
        {
            WriteOutcome(writer, outcome);
        }

        writer.WriteEndArray();
    }

    /// <summary>The outcomes as a JSON string.</summary>
    /// <param name="outcomes">The outcomes.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(IEnumerable<ClaimOutcome> outcomes)
    {
        using var stream = new MemoryStream();
        Write(stream, outcomes);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteOutcome(Utf8JsonWriter w, ClaimOutcome outcome)
    {
        var entry = outcome.Claim.Entry;
        w.WriteStartObject();
        w.WriteString("id", entry.Id);
        w.WriteString("paper", entry.Paper);
        w.WriteString("label", entry.Label);
        w.WriteString("kind", ClaimId.KindName(entry.Kind));
        w.WriteString("statement", entry.Statement);
        w.WriteString("verdict", outcome.VerdictName);
        if (outcome.Result is { } result)
        {
            w.WriteString("scope", result.Scope);
        }
        else
        {
            w.WriteNull("scope");
        }

        w.WritePropertyName("evidence");
        WriteEvidence(w, outcome);
        w.WriteNumber("seconds", Math.Round(outcome.Seconds, 3, MidpointRounding.AwayFromZero));
        w.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter w, ClaimOutcome outcome)
    {
        w.WriteStartObject();
        switch (outcome.Status)
        {
            case OutcomeStatus.Pending:
                w.WriteString("type", "pending");
                w.WriteString("reason", "no check implemented yet");
                w.WriteString("handling", outcome.Claim.Entry.Handling);
                break;
            case OutcomeStatus.Crashed:
                w.WriteString("type", "crash");
                w.WriteString("error", outcome.Problem);
                break;
            case OutcomeStatus.OutOfBudget:
                w.WriteString("type", "out-of-budget");
                w.WriteString("reason", outcome.Problem);
                break;
            default:
                WriteEvidenceBody(w, outcome.Result!.Evidence);
                break;
        }

        w.WriteEndObject();
    }

    private static void WriteEvidenceBody(Utf8JsonWriter w, Evidence.Evidence evidence)
    {
        w.WriteString("type", evidence.Type);
        switch (evidence)
        {
            case ProofEvidence p:
                w.WriteString("scope", p.Scope);
                w.WriteNumber("steps", p.Steps);
                WriteStrings(w, "rules", p.RulesUsed);
                w.WriteString("derivation", p.DerivationText);
                w.WriteString("derivationLatex", p.DerivationLatex);
                break;
            case NumericEvidence n:
                w.WriteString("instanceFamily", n.InstanceFamily);
                w.WriteNumber("instances", n.InstancesTried);
                w.WriteNumber("rejected", n.InstancesRejected);
                WriteDouble(w, "minSlack", n.MinimumSlack);
                WriteDouble(w, "worstRatio", n.WorstRatio);
                if (n.WorstSeed is { } worstSeed)
                {
                    WriteSeed(w, "worstSeed", worstSeed);
                }
                else
                {
                    w.WriteNull("worstSeed");
                }

                w.WriteString("worstInstance", n.WorstText);
                if (n.WorstRelativeError is { } relative)
                {
                    WriteDouble(w, "worstRelativeError", relative);
                    WriteDouble(w, "identityTolerance", n.IdentityTolerance ?? double.NaN);
                }

                if (n.Tightness is { } t)
                {
                    w.WriteStartObject("tightness");
                    WriteDouble(w, "largestRatio", t.LargestRatio);
                    w.WriteNumber("restarts", t.Restarts);
                    w.WriteNumber("evaluations", t.Evaluations);
                    w.WriteString("method", t.Method);
                    WriteSeed(w, "seed", t.Seed);
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("tightness");
                }

                break;
            case CounterexampleEvidence c:
                w.WriteString("witness", c.WitnessText);
                w.WriteString("witnessLatex", c.WitnessLatex);
                w.WriteString("violation", c.Violation);
                w.WriteBoolean("exact", c.Exact);
                w.WriteBoolean("shrunk", c.Shrunk);
                w.WriteBoolean("shapeError", c.IsShapeError);
                w.WriteString("rerun", c.Rerun);
                if (c.Seed is { } seed)
                {
                    WriteSeed(w, "seed", seed);
                }
                else
                {
                    w.WriteNull("seed");
                }

                break;
            case NotCheckableEvidence nc:
                w.WriteString("reason", nc.Reason);
                WriteStrings(w, "subClaims", nc.SubClaimIds);
                break;
            case NotReproducedEvidence r:
                w.WriteString("comparison", r.Comparison);
                WriteDouble(w, "factor", r.ClosestFactor);
                WriteDouble(w, "acceptedFactor", r.AcceptedFactor);
                WriteDouble(w, "runSpread", r.RunSpread);
                w.WriteString("rerun", r.Rerun);
                break;
            case InconclusiveEvidence i:
                w.WriteString("reason", i.Reason);
                w.WriteString("tried", i.WhatWasTried);
                w.WriteNumber("instances", i.InstancesTried);
                w.WriteBoolean("hypothesesNotMet", i.HypothesesNotMet);
                break;
            case MonteCarloEvidence m:
                w.WriteString("event", m.Event);
                w.WriteNumber("trials", m.Trials);
                w.WriteNumber("successes", m.Successes);
                WriteDouble(w, "estimate", m.Estimate);
                WriteDouble(w, "ciLow", m.Interval.Lower);
                WriteDouble(w, "ciHigh", m.Interval.Upper);
                if (double.IsNaN(m.StatedBound))
                {
                    w.WriteNull("bound"); // the paper states no probability
                }
                else
                {
                    w.WriteNumber("bound", m.StatedBound);
                }

                w.WriteBoolean("boundIsLower", m.BoundIsLower);
                WriteSeed(w, "seed", m.Seed);
                if (m.Trial is { } trial)
                {
                    WriteSeed(w, "trialSeed", trial.Seed);
                    w.WriteBoolean("trialEvent", trial.EventOccurred);
                    w.WriteString("trialWhy", trial.Why);
                }

                break;
            default:
                w.WriteString("summary", evidence.Summary());
                break;
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (string v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    /// <summary>A seed as a JSON number when it is at most 2⁵³ − 1 (exact in every JSON reader, which reads numbers as
    /// IEEE doubles), otherwise as a decimal string: jq reads 17486582413981831226 as 17486582413981831000.</summary>
    private static void WriteSeed(Utf8JsonWriter w, string name, ulong seed)
    {
        if (seed <= (1UL << 53) - 1)
        {
            w.WriteNumber(name, seed);
        }
        else
        {
            w.WriteString(name, seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static void WriteDouble(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }
}
