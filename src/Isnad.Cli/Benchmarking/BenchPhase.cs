namespace Isnad.Cli.Benchmarking;

/// <summary>One thing being measured: a name and a pass over all texts that returns how many tokens it produced.</summary>
internal sealed record BenchPhase(string Name, Func<IReadOnlyList<string>, long> Pass);
