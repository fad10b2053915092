using System.Diagnostics;

namespace DeepLinear.Checks.Running;

/// <summary>
/// Runs claims in parallel (one claim per worker, <see cref="RunOptions.EffectiveParallelism"/> workers), each
/// under its own time budget, and returns the outcomes in the order the claims were given (catalog order), whatever
/// the completion order. A claim without a check is <see cref="OutcomeStatus.Pending"/>; a check that throws is
/// <see cref="OutcomeStatus.Crashed"/>; a check that has not returned when its budget (plus a short grace for
/// cooperative cancellation) is over, or that throws <see cref="OperationCanceledException"/> after its token was
/// cancelled, is <see cref="OutcomeStatus.OutOfBudget"/>. None of these is ever reported as a verdict.
/// </summary>
/// <remarks>
/// Implementation note: each check runs on its own long-running task so that the worker can stop waiting for it at
/// the deadline. .NET cannot abort a thread, so a check that ignores its cancellation token keeps running in the
/// background after it has been reported out of budget; checks must poll <see cref="CheckContext.CancellationToken"/>.
/// </remarks>
public static class ClaimRunner
{
    /// <summary>The grace period after the budget during which a cancelled check may still return.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(250);

    /// <summary>Runs the claims and returns their outcomes in input order.</summary>
    /// <param name="claims">The claims, in catalog order.</param>
    /// <param name="options">Seed, budget per claim, thoroughness, parallelism.</param>
    /// <param name="progress">Receives one report per finished claim (from worker threads), or null.</param>
    /// <param name="cancellationToken">Stops the run: claims not yet finished are reported out of budget.</param>
    /// <returns>The outcomes, index-aligned with <paramref name="claims"/>.</returns>
    public static IReadOnlyList<ClaimOutcome> Run(
        IReadOnlyList<Claim> claims,
        RunOptions options,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(options);
        if (options.BudgetPerClaim <= TimeSpan.Zero && options.BudgetPerClaim != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.BudgetPerClaim, $"Argument 'options.BudgetPerClaim' = {options.BudgetPerClaim} must be positive or infinite.");
        }

        var outcomes = new ClaimOutcome[claims.Count];
        int finished = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.EffectiveParallelism };
        Parallel.For(0, claims.Count, parallel, i =>
        {
            outcomes[i] = RunOne(claims[i], options, cancellationToken);
            int done = Interlocked.Increment(ref finished);
            progress?.Report(new RunProgress(done, claims.Count, outcomes[i]));
        });
        return outcomes;
    }

    /// <summary>Runs one claim under the options' budget.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The outcome.</returns>
    public static ClaimOutcome RunOne(Claim claim, RunOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(options);
        if (claim.Check is not { } check)
        {
            return ClaimOutcome.Pending(claim);
        }

        var budget = options.BudgetPerClaim;
        var watch = Stopwatch.StartNew();
        if (cancellationToken.IsCancellationRequested)
        {
            return ClaimOutcome.OutOfBudget(claim, budget, 0);
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bool finite = budget != Timeout.InfiniteTimeSpan;
        if (finite)
        {
            cts.CancelAfter(budget);
        }

        var context = new CheckContext(options.Seed, budget, options.Thorough, cts.Token) { ClaimId = claim.Id.Text };
        var task = Task.Factory.StartNew(
            () => check(context), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        bool returned = finite
            ? ((IAsyncResult)task).AsyncWaitHandle.WaitOne(budget + Grace)
            : ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
        double seconds = watch.Elapsed.TotalSeconds;
        if (!returned)
        {
            // Observe a later fault of the abandoned task so it is not rethrown as unobserved.
            _ = task.ContinueWith(t => t.Exception, TaskScheduler.Default);
            return ClaimOutcome.OutOfBudget(claim, budget, seconds);
        }

        if (task.IsFaulted || task.IsCanceled)
        {
            var error = task.Exception?.InnerException ?? new OperationCanceledException();
            return error is OperationCanceledException && cts.IsCancellationRequested
                ? ClaimOutcome.OutOfBudget(claim, budget, seconds)
                : ClaimOutcome.Crashed(claim, error, seconds);
        }

        if (finite && watch.Elapsed > budget && cts.IsCancellationRequested && task.Result.Verdict != Evidence.Verdict.Inconclusive)
        {
            // The check ignored its token and returned a non-inconclusive verdict after the budget: not trusted.
            return ClaimOutcome.OutOfBudget(claim, budget, seconds);
        }

        return task.Result is { } result
            ? ClaimOutcome.Completed(claim, result, seconds)
            : ClaimOutcome.Crashed(claim, new InvalidOperationException($"The check of '{claim.Id}' returned null."), seconds);
    }
}
