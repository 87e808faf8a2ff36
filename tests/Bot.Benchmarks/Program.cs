using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Bot.Benchmarks -- --filter '*' (see README, Performance).
BenchmarkSwitcher.FromAssembly(typeof(Bot.Benchmarks.AnswerBenchmarks).Assembly).Run(args);
