using BenchmarkDotNet.Running;
using Isnad.Benchmarks;

// BenchmarkDotNet runs each benchmark in a child process started elsewhere: pass the corpus on as an absolute path.
Environment.SetEnvironmentVariable(CorpusSample.CorpusVariable, CorpusSample.ResolveCorpusPath());
BenchmarkSwitcher.FromAssembly(typeof(ArabicAnalysisBenchmarks).Assembly).Run(args);
