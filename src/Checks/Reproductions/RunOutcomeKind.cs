namespace DeepLinear.Checks.Reproductions;

/// <summary>How a descent run ended, in words a figure caption would use.</summary>
public enum RunOutcomeKind
{
    /// <summary>The final loss is at most 10⁻⁶ times the initial loss.</summary>
    Converged,

    /// <summary>The loss decreased, but by less than a factor 10⁶.</summary>
    Decreasing,

    /// <summary>The loss did not decrease.</summary>
    NotDecreasing,

    /// <summary>The run diverged (non-finite values or a loss above 10⁶ × the initial loss).</summary>
    Diverged,
}
