using System.Runtime.CompilerServices;

// The depth-generic proofs expose their claimed right-hand sides to the tests, which check that mutated formulas are
// not proved (negative controls).
[assembly: InternalsVisibleTo("DeepLinear.Symbolic.Tests")]
