return Isnad.Cli.IsnadCli.RunOnConsole(args);
