namespace DeepLinear.Numeric.Dynamics;

/// <summary>
/// An autonomous vector field <c>F</c> of the flow <c>ẏ = F(y)</c>: writes <c>F(<paramref name="state"/>)</c> into
/// <paramref name="derivative"/> (same length), without keeping either span. Used by <see cref="FieldIntegrator"/>; a
/// field that should not allocate per call (for example <see cref="GradientFlowField.Evaluate"/>) keeps its
/// buffers between calls.
/// </summary>
/// <param name="state">The point y.</param>
/// <param name="derivative">Receives F(y).</param>
public delegate void VectorField(ReadOnlySpan<double> state, Span<double> derivative);
