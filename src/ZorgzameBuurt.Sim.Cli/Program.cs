return ZorgzameBuurt.Sim.Cli.Cli.Run(args, Console.Out, Console.Error);
