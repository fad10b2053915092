namespace DeepLinear.Checks.Reproductions;

/// <summary>The printed names of <see cref="ReproductionVerdict"/>: <c>reproduced</c>, <c>not reproduced</c>, <c>not reproducible</c>.</summary>
public static class ReproductionVerdictNames
{
    /// <summary>The name used in tables and JSON.</summary>
    public static string Name(this ReproductionVerdict verdict) => verdict switch
    {
        ReproductionVerdict.Reproduced => "reproduced",
        ReproductionVerdict.NotReproduced => "not reproduced",
        _ => "not reproducible",
    };
}
