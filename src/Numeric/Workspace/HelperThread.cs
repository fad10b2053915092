namespace DeepLinear.Numeric.Workspace;

/// <summary>
/// One long-lived background thread that runs the second half of a split product, so that a two-core split allocates
/// nothing per call (unlike <c>Parallel.Invoke</c>, which allocates tasks and closures every time).
/// </summary>
/// <remarks>
/// Implementation note: the helper serves one caller at a time; a caller that finds it busy (another thread is using
/// it) runs its whole product on its own thread instead. The job is passed through fields, guarded by the
/// start event and the volatile done flag, so no delegate or closure is created per call.
/// </remarks>
internal static class HelperThread
{
    private static readonly object Gate = new();
    private static readonly ManualResetEventSlim StartSignal = new(false, 2000);
    private static volatile bool _done;
    private static Thread? _thread;
    private static double[] _a = [];
    private static bool _ta;
    private static double[] _panel = [];
    private static double[] _c = [];
    private static int _m;
    private static int _k;
    private static int _n;
    private static int _rowFrom;
    private static int _rowTo;
    private static Exception? _failure;

    /// <summary>
    /// Runs <c>PackedKernel</c> on rows [<paramref name="split"/>, <paramref name="m"/>) on the helper and rows
    /// [0, <paramref name="split"/>) on the calling thread; returns false (having done nothing) when the helper is busy.
    /// </summary>
    public static bool TryRunSplit(double[] a, bool ta, double[] panel, double[] c, int m, int k, int n, int split)
    {
        if (!Monitor.TryEnter(Gate))
        {
            return false;
        }

        try
        {
            EnsureStarted();
            (_a, _ta, _panel, _c, _m, _k, _n, _rowFrom, _rowTo, _failure) = (a, ta, panel, c, m, k, n, split, m, null);
            _done = false;
            StartSignal.Set();
            RowMajorGemm.PackedKernel(a, ta, panel, c, m, k, n, 0, split);
            // Both halves take about as long, so the caller spins (never sleeps, never allocates) until the helper is done.
            var spinner = default(SpinWait);
            while (!_done)
            {
                spinner.SpinOnce(sleep1Threshold: -1);
            }

            (_a, _panel, _c) = ([], [], []);
            if (_failure is { } failure)
            {
                throw new InvalidOperationException("The helper thread of a split product failed.", failure);
            }

            return true;
        }
        finally
        {
            Monitor.Exit(Gate);
        }
    }

    /// <summary>
    /// Starts the helper thread if it is not running. Called when a plan that will split products is sealed, so the
    /// thread (an allocation) exists before the first measured step even if another caller holds the gate then.
    /// </summary>
    internal static void EnsureStarted()
    {
        lock (Gate)
        {
            if (_thread is not null)
            {
                return;
            }

            _thread = new Thread(Loop) { IsBackground = true, Name = "DeepLinear GEMM helper" };
            _thread.Start();
        }
    }

    private static void Loop()
    {
        while (true)
        {
            StartSignal.Wait();
            StartSignal.Reset();
            try
            {
                RowMajorGemm.PackedKernel(_a, _ta, _panel, _c, _m, _k, _n, _rowFrom, _rowTo);
            }
            catch (Exception e)
            {
                _failure = e;
            }

            _done = true;
        }
    }
}
