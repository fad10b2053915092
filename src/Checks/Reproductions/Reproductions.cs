namespace DeepLinear.Checks.Reproductions;

/// <summary>
/// Every reproduction by name, in report order: the experiments of nrt §5, trbw Appendix B, dhl §4, and the
/// constructions acgh and lcc use in place of experiments. Each function is deterministic in its options.
/// </summary>
public static class Reproductions
{
    /// <summary>The names in report order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "nrt-fig1",
        "nrt-fig2",
        "trbw-autoencoder",
        "trbw-supervised",
        "dhl-fig2",
        "acgh-claim4",
        "acgh-claim5",
        "lcc-saddles",
    ];

    /// <summary>The reproductions by name (name → options → result).</summary>
    public static IReadOnlyDictionary<string, Func<ReproductionOptions, ReproductionResult>> All { get; } =
        new Dictionary<string, Func<ReproductionOptions, ReproductionResult>>(StringComparer.Ordinal)
        {
            ["nrt-fig1"] = NrtFigureReproductions.Figure1,
            ["nrt-fig2"] = NrtFigureReproductions.Figure2,
            ["trbw-autoencoder"] = TrbwAppendixReproductions.Autoencoder,
            ["trbw-supervised"] = TrbwAppendixReproductions.Supervised,
            ["dhl-fig2"] = DhlFigureReproduction.Figure2,
            ["acgh-claim4"] = AcghClaimReproductions.Claim4,
            ["acgh-claim5"] = AcghClaimReproductions.Claim5,
            ["lcc-saddles"] = LccSaddleReproduction.Saddles,
        };
}
