using DeepLinear.Symbolic.Free;

namespace DeepLinear.Symbolic.DepthGeneric;

/// <summary>
/// The expressions a Hessian block is written in: the suffix segment S = S_{u+1,N}, the upper layer U = W_u, the middle
/// segment M = S_{l+1,u−1}, the lower layer L = W_l, the prefix segment P = S_{1,l−1}, the data X, Y, the direction Δ
/// of layer i and the direction Γ of layer j. For a diagonal block (i = j = u) M and L are unused and P = S_{1,i−1}.
/// In the all-depths proofs these are opaque symbols; instantiated at a depth they are products of W₁…W_N.
/// </summary>
internal sealed record HessianBlockSymbols(FreeExpr S, FreeExpr U, FreeExpr M, FreeExpr L, FreeExpr P, FreeExpr X, FreeExpr Y, FreeExpr Delta, FreeExpr Gamma)
{
    /// <summary>The product W = S U P (diagonal) or S U M L P (pair).</summary>
    public FreeExpr Product(HessianBlockKind kind) => kind == HessianBlockKind.Diagonal ? S * U * P : S * U * M * L * P;

    /// <summary>∇L¹(W) = (WX − Y)Xᵀ.</summary>
    public FreeExpr OuterGradient(HessianBlockKind kind) => ((Product(kind) * X) - Y) * X.T;
}
