using BenchmarkDotNet.Running;
using ZorgzameBuurt.Sim.Benchmarks;
using ZorgzameBuurt.Sim.Benchmarks.Quick;

// --short: the quick ratio table (under two minutes); --short --large adds 1,000,000 residents;
// --year: a 1,000,000-resident year on all cores; --orleans: the Orleans host against the engine; --profile: step one world for a while (for perf); anything else goes to BenchmarkDotNet (e.g. --filter '*Macro*').
if (args.Contains("--short") || args.Contains("--year")) return QuickRun.Run(args);
if (args.Contains("--orleans")) return ZorgzameBuurt.Sim.Benchmarks.Orleans.OrleansRun.Run(args);
if (args.Contains("--memory")) return QuickRun.MemoryOnly();
if (args.Contains("--profile")) return QuickRun.Profile(args);
BenchmarkSwitcher.FromAssembly(typeof(Worlds).Assembly).Run(args, BenchConfig.Create());
return 0;
