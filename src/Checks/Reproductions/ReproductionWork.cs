namespace DeepLinear.Checks.Reproductions;

/// <summary>
/// The work one method did inside a reproduction, counted as it ran (immutable): how many runs used it, how many steps
/// they took and how many right-hand-side (flow) or gradient (descent) evaluations those steps cost.
/// </summary>
/// <param name="Method">The method in words, for example "RK4 h = 0.005", "DP5 tol 1e-9" or "gradient descent".</param>
/// <param name="Runs">Runs that used the method, ≥ 1.</param>
/// <param name="Steps">Steps taken (for an adaptive integrator accepted plus rejected ones), ≥ 0.</param>
/// <param name="Evaluations">Vector-field or gradient evaluations, ≥ 0 (the engine's gradient descent evaluates the
/// gradient at every iterate, steps + 1 per run; the dhl ReLU descent once per step; an exact or log-domain recursion
/// one update per step).</param>
public readonly record struct ReproductionWork(string Method, int Runs, long Steps, long Evaluations);
