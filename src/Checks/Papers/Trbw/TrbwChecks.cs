using static DeepLinear.Checks.Papers.Trbw.TrbwInstances;
using static DeepLinear.Checks.Papers.Trbw.TrbwAppendixChecks;

namespace DeepLinear.Checks.Papers.Trbw;

/// <summary>
/// The checks of trbw (Terstiege, Rauhut, Bah, Westdickenberg, <i>A Riemannian gradient flow perspective on learning
/// deep linear neural networks</i>) written in C#, registered by name for the <c>code:</c> form of catalog/trbw.yaml.
/// </summary>
/// <remarks>
/// <para>Split by concern: <c>TrbwInstances.cs</c> (seeded instance builders: data, balanced tuples, rank-k
/// matrices, flow runners, the <c>with:</c> argument readers), <c>TrbwChecks.Balance.cs</c> (the null-set remark),
/// <c>TrbwChecks.Operator.cs</c> (the integral formula of the metric, Theorem 3), <c>TrbwChecks.Flows.cs</c> (Theorems
/// 1 and 4, the product flow against the factor flow), <c>TrbwChecks.Minimizers.cs</c> (Theorems 5 and 6) and
/// <c>TrbwAppendixChecks.cs</c> (Appendices A and B on small instances; the full-size experiment reproductions are not
/// part of this class). Each check carries its <see cref="ClaimCheckAttribute"/>; its negative-control switches are
/// <c>with:</c> arguments.</para>
/// <para>Only the checks that do not fit a declarative form are here; 39 of the 60 trbw claims (the not-checkable ones,
/// six identities — among them (1) over the depths N = 1…12 and two shape errors —, seventeen inequalities over
/// generated instances, one exhaustive integer grid and three gradient-flow trajectories) are data in
/// <c>catalog/trbw.yaml</c>, with their negative controls.</para>
/// <para>Trajectory checks run the numeric engine's RK4 / Dormand–Prince factor flow (<c>GradientFlow</c>) and RK4
/// product flow (<c>ProductFlow</c>) and test every recorded time. Claims about "almost all" initial values are checked
/// on seeded draws from absolutely continuous distributions (each draw lies outside any fixed null set with
/// probability one) and reported as verified on those draws, never as a proof of the measure statement.</para>
/// </remarks>
public static partial class TrbwChecks
{
}
