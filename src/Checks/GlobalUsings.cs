// Implementation note: the namespaces nearly every check file uses (numbers and text, matrices, the numeric engine,
// the runner, evidence and the shared sampling layer), imported once for the assembly instead of in each file.
global using System.Globalization;
global using DeepLinear.Checks.Running;
global using MathNet.Numerics.LinearAlgebra;
global using DeepLinear.Checks.Support;
global using DeepLinear.Checks.Evidence;
global using DeepLinear.Checks.Catalog;
global using DeepLinear.Numeric.Model;
global using DeepLinear.Symbolic.Scalars;
global using DeepLinear.Numeric.Data;
global using DeepLinear.Numeric.Dynamics;
global using DeepLinear.Numeric.Diagnostics;
global using DeepLinear.Numeric.Derivatives;
global using DeepLinear.Numeric.Initialization;
global using DeepLinear.Checks.Reports;
global using System.Text;
global using DeepLinear.Checks.Sampling;
