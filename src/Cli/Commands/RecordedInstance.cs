using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// The instance a recorded verdict names, as <c>dlv show --replay</c> replays it: the seed and worst lhs/rhs of the worst
/// instance of a verified claim (the evidence's <c>worstSeed</c> / "worst seed" column; for a trajectory, the seed of
/// the run its worst iterate belongs to, named in the worst instance as <c>… of the run from …; instance seed S</c>), or
/// the seed and violation of a refuted claim's counterexample (for a trajectory, the violating run's seed). Read from the evidence JSON of <c>dlv check --json</c> or from the evidence section
/// of a report page.
/// </summary>
/// <param name="Seed">The instance seed.</param>
/// <param name="IsCounterexample">Whether it is a counterexample (otherwise the worst instance).</param>
/// <param name="WorstRatio">For a worst instance, the recorded lhs/rhs exactly as written (report digits or JSON).</param>
/// <param name="Violation">For a counterexample, the recorded violation text.</param>
/// <param name="TrialEvent">For the recorded trial of a probability claim (<c>trialSeed</c> / "Recorded trial: seed S
/// — … (event true|false)"), whether its event occurred; otherwise null.</param>
internal sealed partial record RecordedInstance(ulong Seed, bool IsCounterexample, string? WorstRatio, string? Violation, bool? TrialEvent = null)
{
    /// <summary>The recorded instance of a verdict, or null when the record names none.</summary>
    /// <param name="verdict">The recorded verdict name.</param>
    /// <param name="evidenceJson">The evidence as JSON (JSON sources), or null.</param>
    /// <param name="evidenceMarkdown">The evidence section of the report page (report folders), or null.</param>
    /// <returns>The instance, or null.</returns>
    public static RecordedInstance? Find(string verdict, string? evidenceJson, string? evidenceMarkdown)
    {
        bool counterexample = verdict == "refuted";
        if (verdict is not ("refuted" or "verified"))
        {
            return null;
        }

        if (evidenceJson is not null)
        {
            using var document = JsonDocument.Parse(evidenceJson);
            var root = document.RootElement;
            if (root.TryGetProperty("trialSeed", out var trialSeed) && SeedOf(trialSeed) is { } ts && root.TryGetProperty("trialEvent", out var trialEvent)
                && trialEvent.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return new RecordedInstance(ts, counterexample, null, null, trialEvent.GetBoolean());
            }

            if (counterexample)
            {
                string? violation = root.TryGetProperty("violation", out var v) ? v.GetString() : null;
                ulong? counterexampleSeed = root.TryGetProperty("seed", out var seed) && SeedOf(seed) is { } s ? s : RunSeed(violation);
                return counterexampleSeed is { } cs && violation is not null ? new RecordedInstance(cs, true, null, violation) : null;
            }

            ulong? worstSeed = root.TryGetProperty("worstSeed", out var worst) && SeedOf(worst) is { } w
                ? w
                : RunSeed(root.TryGetProperty("worstInstance", out var described) && described.ValueKind == JsonValueKind.String ? described.GetString() : null);
            return worstSeed is { } ws && root.TryGetProperty("worstRatio", out var ratio)
                ? new RecordedInstance(ws, false, ratio.ToString(), null)
                : null;
        }

        if (evidenceMarkdown is null)
        {
            return null;
        }

        var recordedTrial = TrialLine().Match(evidenceMarkdown);
        if (recordedTrial.Success && ulong.TryParse(recordedTrial.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out ulong trialSeedOfPage))
        {
            return new RecordedInstance(trialSeedOfPage, counterexample, null, null, recordedTrial.Groups[2].Value == "true");
        }

        if (counterexample)
        {
            var violation = CounterexampleLine().Match(evidenceMarkdown);
            var seed = InstanceSeed().Match(evidenceMarkdown);
            return violation.Success && seed.Success && ulong.TryParse(seed.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out ulong cs)
                ? new RecordedInstance(cs, true, null, violation.Groups[1].Value.Trim())
                : null;
        }

        var row = NumericRow().Match(evidenceMarkdown);
        if (!row.Success)
        {
            row = RunRow().Match(evidenceMarkdown);
        }

        return row.Success && ulong.TryParse(row.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seedOfRow)
            ? new RecordedInstance(seedOfRow, false, row.Groups[1].Value.Trim(), null)
            : null;
    }

    /// <summary>The seed of a trajectory run named in a worst-iterate description or a violation
    /// (<c>t = 0.75 of the run from …; instance seed 123</c>), or null.</summary>
    private static ulong? RunSeed(string? text)
        => text is not null && InstanceSeed().Match(text) is { Success: true } m && ulong.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out ulong s)
            ? s
            : null;

    private static ulong? SeedOf(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number when e.TryGetUInt64(out ulong n) => n,
        JsonValueKind.String when ulong.TryParse(e.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out ulong n) => n,
        _ => null,
    };

    /// <summary>The violation of a report's counterexample: <c>**Counterexample.** lhs = … on …</c> up to the blank line.</summary>
    [GeneratedRegex(@"\*\*Counterexample\.\*\* (.+?)\n\n", RegexOptions.Singleline)]
    private static partial Regex CounterexampleLine();

    /// <summary>The instance seed in a witness: <c>instance seed 123</c>.</summary>
    [GeneratedRegex(@"instance seed (\d+)")]
    private static partial Regex InstanceSeed();

    /// <summary>The data row of a report's numeric evidence table: tested | rejected | min slack | worst lhs/rhs | worst
    /// instance, when the worst instance is a replayable seed (<c>seed 123</c>).</summary>
    [GeneratedRegex(@"\n\| \d+ \| \d+ \| [^|]+ \| ([^|]+) \| seed (\d+) \|")]
    private static partial Regex NumericRow();

    /// <summary>The data row of a trajectory's numeric evidence table, whose worst instance is an iterate of a run
    /// named by its own seed: <c>… | iteration 12 (η_k = …) of the run from …; instance seed 123 |</c>.</summary>
    [GeneratedRegex(@"\n\| \d+ \| \d+ \| [^|]+ \| ([^|]+) \| [^|\n]* of the run from [^|\n]*instance seed (\d+)[^|\n]* \|")]
    private static partial Regex RunRow();

    /// <summary>The recorded trial of a probability claim's Monte Carlo evidence: <c>Recorded trial: seed S — … (event true).</c></summary>
    [GeneratedRegex(@"Recorded trial: seed (\d+) — [^\n]*\(event (true|false)\)\.")]
    private static partial Regex TrialLine();
}
