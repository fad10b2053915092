namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// The estimated work of one numeric check of a claim file (an <c>inequality</c>, <c>probability</c> or
/// <c>trajectory</c> form, or one of its negative controls), computed from the file alone before anything runs
/// (<see cref="WorkEstimator"/>).
/// </summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="FileName">The claim file.</param>
/// <param name="Line">The line of the form key.</param>
/// <param name="Key">The key that drives the count (<c>claims[id].check.instances</c>, <c>….trials</c>, <c>….run</c>).</param>
/// <param name="Runs">Instances, trials or runs × steps.</param>
/// <param name="Dimension">The largest matrix dimension any drawn value can have.</param>
/// <param name="Seconds">The estimated time in seconds (fast tier; the thorough tier multiplies the count).</param>
/// <param name="Bytes">The estimated peak memory of one instance in bytes.</param>
public sealed record WorkEstimate(string ClaimId, string FileName, int Line, string Key, double Runs, int Dimension, double Seconds, double Bytes)
{
    /// <summary>The estimate in words: "3.2 s and 12 MB (200 instances, matrices up to 40×40)".</summary>
    public string Text => string.Create(CultureInfo.InvariantCulture, $"{FormatSeconds(Seconds)} and {FormatBytes(Bytes)} ({(Runs < 1e7 ? Runs.ToString("0", CultureInfo.InvariantCulture) : Runs.ToString("0.##e+0", CultureInfo.InvariantCulture))} {RunWord}, matrices up to {Dimension}×{Dimension})");

    /// <summary>Where the estimate comes from: <c>file:line key</c>.</summary>
    public string Where => string.Create(CultureInfo.InvariantCulture, $"{FileName}:{Line}: key '{Key}'");

    private string RunWord => Key.EndsWith(".trials", StringComparison.Ordinal) ? "trials" : Key.EndsWith(".run", StringComparison.Ordinal) ? "steps over all runs" : "instances";

    /// <summary>Seconds in the largest sensible unit.</summary>
    /// <param name="seconds">Seconds.</param>
    /// <returns>"0.4 s", "12 min", "3.1 h", "2.0e+03 days", "6.4e+04 years".</returns>
    public static string FormatSeconds(double seconds) => seconds switch
    {
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{seconds:0.###} s"),
        < 3600 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:0.#} min"),
        < 86_400 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:0.#} h"),
        < 3.156e7 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 86_400:G3} days"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3.156e7:G3} years"),
    };

    /// <summary>Bytes in the largest sensible unit.</summary>
    /// <param name="bytes">Bytes.</param>
    /// <returns>"512 kB", "32 MB", "1.5 GB".</returns>
    public static string FormatBytes(double bytes) => bytes switch
    {
        < 1e6 => string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(bytes / 1e3):0} kB"),
        < 1e9 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0.#} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e9:G3} GB"),
    };
}
