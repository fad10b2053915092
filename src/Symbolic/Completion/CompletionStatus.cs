namespace DeepLinear.Symbolic.Completion;

/// <summary>Why a completion run stopped.</summary>
public enum CompletionStatus
{
    /// <summary>Every critical pair reduces to 0: the rules are confluent, so normal forms are unique and decide membership in the two-sided ideal of the relations.</summary>
    Confluent,

    /// <summary>A limit of the <see cref="CompletionBudget"/> was reached: the rules are sound but not known to be confluent.</summary>
    BudgetExhausted,

    /// <summary>The relations imply <c>I = 0</c>: no matrices of positive size satisfy them.</summary>
    Inconsistent,
}
