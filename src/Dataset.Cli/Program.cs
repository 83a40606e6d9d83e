return Dataset.Cli.CommandLine.Run(args, Console.Out, Console.Error);
