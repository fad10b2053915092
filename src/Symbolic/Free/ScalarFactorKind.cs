namespace DeepLinear.Symbolic.Free;

/// <summary>The kinds of scalar factor.</summary>
public enum ScalarFactorKind
{
    /// <summary>A declared scalar symbol.</summary>
    Symbol,

    /// <summary>The trace of a word.</summary>
    Trace,

    /// <summary>A dimension size d (from tr(I_d)).</summary>
    Dimension,
}
