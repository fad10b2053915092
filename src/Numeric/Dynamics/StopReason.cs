namespace DeepLinear.Numeric.Dynamics;

/// <summary>Why a descent or flow run stopped.</summary>
public enum StopReason
{
    /// <summary>The gradient norm or the loss fell below its tolerance.</summary>
    Converged,

    /// <summary>The iteration (or time) budget was used up.</summary>
    IterationBudget,

    /// <summary>A value became non-finite, or the loss grew past the divergence threshold.</summary>
    Diverged,

    /// <summary>The cancellation token was triggered.</summary>
    Cancelled,
}
