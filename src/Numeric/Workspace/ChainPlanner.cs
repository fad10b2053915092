using System.Text;

namespace DeepLinear.Numeric.Workspace;

/// <summary>
/// Plans products of matrix chains once, so that every iteration of the descent runs a fixed list of products on
/// preallocated buffers. For each chain it chooses the association of least multiply-add count by the classic
/// matrix-chain dynamic programme, counting a sub-chain that an earlier chain already computed (in either orientation:
/// <c>(W₃W₂)ᵀ = W₂ᵀW₃ᵀ</c>) as free, so common sub-products are shared between the gradients of all layers.
/// </summary>
/// <remarks>
/// Implementation note: this is what makes the nrt workloads fast. Their product chain has a width-2 bottleneck
/// (d₁ = 2), and the order of multiplication changes the cost of a step by an order of magnitude; the plan finds the
/// orders through the bottleneck without shape-specific code.
/// </remarks>
internal sealed class ChainPlanner
{
    private readonly List<ChainBuffer> _buffers = [];
    private readonly List<ChainOperation> _operations = [];
    private readonly Dictionary<string, int> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _multiplicity = new(StringComparer.Ordinal);
    private GemmScratch? _scratch;

    /// <summary>The buffers: inputs first (as registered), then intermediates.</summary>
    public IReadOnlyList<ChainBuffer> Buffers => _buffers;

    /// <summary>The operations in execution order.</summary>
    public IReadOnlyList<ChainOperation> Operations => _operations;

    /// <summary>The multiply-add count of one execution of the plan.</summary>
    public long MultiplyAdds { get; private set; }

    /// <summary>Registers an input matrix (its array is used directly) and returns its buffer index.</summary>
    public int AddInput(string name, double[] data, int rows, int columns)
    {
        _buffers.Add(new ChainBuffer(name, data, rows, columns));
        return _buffers.Count - 1;
    }

    /// <summary>Allocates an intermediate buffer.</summary>
    public int AddBuffer(string name, int rows, int columns)
    {
        _buffers.Add(new ChainBuffer(name, new double[rows * columns], rows, columns));
        return _buffers.Count - 1;
    }

    /// <summary>Appends <c>target ← left − right</c> (same shapes, both read as stored).</summary>
    public void AddSubtract(int target, int left, int right) => AddSubtract(target, (left, false), (right, false));

    /// <summary>Appends <c>target ← op(left) − op(right)</c>, each operand read transposed when its flag is set.</summary>
    public void AddSubtract(int target, (int Buffer, bool Transposed) left, (int Buffer, bool Transposed) right)
    {
        var t = _buffers[target];
        foreach (var (buffer, transposed) in new[] { left, right })
        {
            var b = _buffers[buffer];
            int rows = transposed ? b.Columns : b.Rows;
            int columns = transposed ? b.Rows : b.Columns;
            if (rows != t.Rows || columns != t.Columns)
            {
                throw new InvalidOperationException($"Subtract operand {b.Name} is {rows}×{columns} but the target {t.Name} is {t.Rows}×{t.Columns}.");
            }
        }

        _operations.Add(new ChainOperation(ChainOperationKind.Subtract, left.Buffer, left.Transposed, right.Buffer, right.Transposed, target, t.Rows, 0, t.Columns));
    }

    /// <summary>
    /// Announces the chains that will be planned, so that the cost of a sub-product that several of them contain (in
    /// either orientation) is shared among them when each chain's association is chosen.
    /// </summary>
    public void Anticipate(IEnumerable<IReadOnlyList<(int Buffer, bool Transposed)>> chains)
    {
        ArgumentNullException.ThrowIfNull(chains);
        foreach (var chain in chains)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < chain.Count; i++)
            {
                for (int k = i + 1; k < chain.Count; k++)
                {
                    string key = CanonicalKey(chain, i, k);
                    if (seen.Add(key))
                    {
                        _multiplicity[key] = _multiplicity.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Plans the product of <paramref name="chain"/> (buffer indices with transpose flags) and returns the operand that
    /// holds it (a buffer and whether it must be read transposed).
    /// </summary>
    public (int Buffer, bool Transposed) PlanProduct(IReadOnlyList<(int Buffer, bool Transposed)> chain)
    {
        int n = chain.Count;
        if (n == 0)
        {
            throw new ArgumentException("A chain needs at least one factor.", nameof(chain));
        }

        var rows = new int[n];
        var cols = new int[n];
        for (int t = 0; t < n; t++)
        {
            var b = _buffers[chain[t].Buffer];
            rows[t] = chain[t].Transposed ? b.Columns : b.Rows;
            cols[t] = chain[t].Transposed ? b.Rows : b.Columns;
            if (t > 0 && rows[t] != cols[t - 1])
            {
                throw new InvalidOperationException($"Chain factor {t} has {rows[t]} rows but factor {t - 1} has {cols[t - 1]} columns.");
            }
        }

        var cost = new double[n, n];
        var split = new int[n, n];
        for (int length = 2; length <= n; length++)
        {
            for (int i = 0; i + length - 1 < n; i++)
            {
                int k = i + length - 1;
                if (Lookup(chain, i, k) is not null)
                {
                    cost[i, k] = 0;
                    continue;
                }

                double best = double.MaxValue;
                double share = Multiplicity(chain, i, k);
                for (int s = i; s < k; s++)
                {
                    double c = cost[i, s] + cost[s + 1, k] + ((double)rows[i] * cols[s] * cols[k] / share);
                    if (c < best)
                    {
                        best = c;
                        split[i, k] = s;
                    }
                }

                cost[i, k] = best;
            }
        }

        return Emit(chain, rows, cols, split, 0, n - 1);
    }

    private (int Buffer, bool Transposed) Emit(IReadOnlyList<(int Buffer, bool Transposed)> chain, int[] rows, int[] cols, int[,] split, int i, int k)
    {
        if (i == k)
        {
            return chain[i];
        }

        if (Lookup(chain, i, k) is { } cached)
        {
            return cached;
        }

        int s = split[i, k];
        var left = Emit(chain, rows, cols, split, i, s);
        var right = Emit(chain, rows, cols, split, s + 1, k);
        int target = AddBuffer(DisplayName(chain, i, k), rows[i], cols[k]);
        _operations.Add(new ChainOperation(ChainOperationKind.Multiply, left.Buffer, left.Transposed, right.Buffer, right.Transposed, target, rows[i], cols[s], cols[k]));
        MultiplyAdds += (long)rows[i] * cols[s] * cols[k];
        _cache[Key(chain, i, k, reversed: false)] = target;
        return (target, false);
    }

    private (int Buffer, bool Transposed)? Lookup(IReadOnlyList<(int Buffer, bool Transposed)> chain, int i, int k)
    {
        if (_cache.TryGetValue(Key(chain, i, k, reversed: false), out int b))
        {
            return (b, false);
        }

        if (_cache.TryGetValue(Key(chain, i, k, reversed: true), out b))
        {
            return (b, true);
        }

        return null;
    }

    private static string Operand(string name, bool transposed) =>
        !transposed ? name : name.Contains('·', StringComparison.Ordinal) ? $"({name})ᵀ" : name + "ᵀ";

    private string DisplayName(IReadOnlyList<(int Buffer, bool Transposed)> chain, int i, int k)
    {
        var parts = new List<string>();
        for (int t = i; t <= k; t++)
        {
            parts.Add(Operand(_buffers[chain[t].Buffer].Name, chain[t].Transposed));
        }

        return string.Join("·", parts);
    }

    private double Multiplicity(IReadOnlyList<(int Buffer, bool Transposed)> chain, int i, int k) =>
        Math.Max(1, _multiplicity.GetValueOrDefault(CanonicalKey(chain, i, k)));

    private static string CanonicalKey(IReadOnlyList<(int Buffer, bool Transposed)> chain, int i, int k)
    {
        string forward = Key(chain, i, k, reversed: false);
        string backward = Key(chain, i, k, reversed: true);
        return string.CompareOrdinal(forward, backward) <= 0 ? forward : backward;
    }

    private static string Key(IReadOnlyList<(int Buffer, bool Transposed)> chain, int i, int k, bool reversed)
    {
        var sb = new StringBuilder();
        if (!reversed)
        {
            for (int t = i; t <= k; t++)
            {
                sb.Append(chain[t].Buffer).Append(chain[t].Transposed ? "' " : " ");
            }
        }
        else
        {
            for (int t = k; t >= i; t--)
            {
                sb.Append(chain[t].Buffer).Append(chain[t].Transposed ? " " : "' ");
            }
        }

        return sb.ToString();
    }

    // target[r, c] = op(left)[r, c] − op(right)[r, c] on rows × columns row-major storage.
    private static void Subtract(double[] left, bool leftTransposed, double[] right, bool rightTransposed, double[] target, int rows, int columns)
    {
        if (!leftTransposed && !rightTransposed)
        {
            RowMajorGemm.Difference(left, right, target);
            return;
        }

        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                double a = leftTransposed ? left[(c * rows) + r] : left[(r * columns) + c];
                double b = rightTransposed ? right[(c * rows) + r] : right[(r * columns) + c];
                target[(r * columns) + c] = a - b;
            }
        }
    }

    /// <summary>The operations, one per line: <c>target ← op(left)·op(right)</c> with shapes.</summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        foreach (var op in _operations)
        {
            string l = Operand(_buffers[op.Left].Name, op.LeftTransposed);
            string r = Operand(_buffers[op.Right].Name, op.RightTransposed);
            sb.Append('[').Append(_buffers[op.Target].Name.Trim()).Append("] ← ");
            if (op.Kind == ChainOperationKind.Multiply)
            {
                sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"[{l.Trim()}]·[{r.Trim()}]  ({op.M}×{op.K}·{op.K}×{op.N})");
            }
            else
            {
                sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"[{l.Trim()}] − [{r.Trim()}]  ({op.M}×{op.N})");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Allocates the shared scratch of the products; call once after planning, before <see cref="Execute"/>.</summary>
    public void Seal()
    {
        var products = _operations.Where(o => o.Kind == ChainOperationKind.Multiply).ToList();
        _scratch = new GemmScratch(products.Select(o => (o.M, o.K, o.N)));
        if (products.Any(o => (long)o.M * o.K * o.N >= RowMajorGemm.ParallelThreshold))
        {
            HelperThread.EnsureStarted(); // allocate the helper thread now, not inside a measured step
        }
    }

    /// <summary>Runs every operation of the plan in order (no allocation).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Execute()
    {
        var scratch = _scratch ?? throw new InvalidOperationException("Seal the plan before executing it.");
        var ops = _operations;
        for (int o = 0; o < ops.Count; o++)
        {
            var op = ops[o];
            var target = _buffers[op.Target].Data;
            if (op.Kind == ChainOperationKind.Multiply)
            {
                RowMajorGemm.Multiply(_buffers[op.Left].Data, op.LeftTransposed, _buffers[op.Right].Data, op.RightTransposed, target, op.M, op.K, op.N, scratch);
            }
            else
            {
                Subtract(_buffers[op.Left].Data, op.LeftTransposed, _buffers[op.Right].Data, op.RightTransposed, target, op.M, op.N);
            }
        }
    }
}
