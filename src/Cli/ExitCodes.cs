namespace DeepLinear.Cli;

/// <summary>
/// The exit codes of <c>dlv</c> (documented in the README).
/// </summary>
public static class ExitCodes
{
    /// <summary>Success: the command did what was asked (<c>prove</c>: the identity was proved; <c>check</c>: every
    /// selected claim ran to a verdict).</summary>
    public const int Success = 0;

    /// <summary>The command ran but the answer is negative or incomplete (<c>prove</c>: refuted or unknown;
    /// <c>check</c>: a check crashed or ran out of budget; <c>run</c>: the run diverged).</summary>
    public const int Failure = 1;

    /// <summary>Usage error: unknown command or option, a bad argument value (<c>prove</c>: a parse or shape error).</summary>
    public const int Usage = 2;
}
