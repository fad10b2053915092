using System.Runtime.CompilerServices;

// The lcc tests reach the internal exact helpers (ExactLinearAlgebra, LccPoint, LccSurvey) for their negative controls: inertia of
// known matrices, non-critical perturbations, a repeated singular value shared across the learned/unlearned split.
[assembly: InternalsVisibleTo("DeepLinear.Checks.Tests")]
