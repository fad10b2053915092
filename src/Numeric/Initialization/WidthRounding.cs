namespace DeepLinear.Numeric.Initialization;

/// <summary>How the hidden widths <c>r + (j−1)(d−r)/(N−1)</c> of the interpolating width rules are made integers.</summary>
public enum WidthRounding
{
    /// <summary>Nearest integer, ties away from zero: nrt §5 ("round(z) rounds to the nearest integer"; ties unspecified).</summary>
    NearestAwayFromZero,

    /// <summary>⌊·⌋: trbw Appendix B.1 as printed.</summary>
    Floor,

    /// <summary>⌈·⌉: trbw Appendix A and B.3 as printed.</summary>
    Ceiling,
}
