using System.CommandLine;
using Isnad.Cli.Commands;

// Minimal host until the full CLI lands: registers the commands of this branch.
var root = new RootCommand("Isnad: who said it, and through whom it reached the reader.")
{
    TrainNerCommand.Build(),
    EvalNerCommand.Build(),
    NerClustersCommand.Build(),
};
return root.Parse(args).Invoke();
