namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// Thrown by a claim's check when one of its <c>negative-controls:</c> (a mutated encoding that must be refuted) came
/// out with another verdict: the check could not tell a wrong claim from the right one, so its own verdict is not
/// trusted. The runner reports the claim as crashed with this message (exit code 1), never as a verdict.
/// </summary>
public sealed class NegativeControlNotRefutedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which control, its encoding and the verdict it got.</param>
    public NegativeControlNotRefutedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public NegativeControlNotRefutedException()
        : this("a negative control was not refuted")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public NegativeControlNotRefutedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
