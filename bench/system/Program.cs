using Segmentation.Bench.System;

// bench/run.sh  [--clients N] [--events N] [--runs N] [--connections N] [--threads N] [--seconds N] [--import-rows N] [--suffix S]
// bench/soak.sh [--clients N] [--events N] [--minutes N] [--rate N]
// bench/dashboard.sh [--clients N] [--events N] [--runs N] [--suffix S]
// dotnet SystemBench.dll floor-script [--feed-lock 0|1] [--read 1]
var mode = args.FirstOrDefault() ?? "bench";
int Arg(string name, int fallback) =>
    args.SkipWhile(a => a != $"--{name}").Skip(1).Select(int.Parse).DefaultIfEmpty(fallback).First();
string Text(string name, string fallback) => args.SkipWhile(a => a != $"--{name}").Skip(1).DefaultIfEmpty(fallback).First();
var output = Path.Combine(Segmentation.Faults.Processes.Repository.Root, "bench", "results");

if (mode == "serve")
{
    // For investigating: the same system, left running (bounded) with its URL, token and database printed.
    await using var system = await BenchSystem.StartAsync(Arg("clients", 10_000), Arg("events", 1_000_000), Benchmark.AsOf, Console.WriteLine);
    Console.WriteLine($"gateway {system.Processes.GatewayUrl}\ntoken {system.Token}\npostgres {system.ConnectionString}");
    foreach (var s in system.Processes.All) Console.WriteLine($"{s.Project} pid {s.ProcessId} {s.Url}");
    await Task.Delay(TimeSpan.FromMinutes(Arg("minutes", 15)));
}
else if (mode == "floor-script")
{
    // For reading: the pgbench script of the schedule floor (--feed-lock 0: without the change feed's lock and NOTIFY),
    // or with --read 1 the single-client read's.
    Console.Write(Arg("read", 0) != 0 ? ReadFloorScript.Build() : ScheduleFloorScript.Build(withFeedLock: Arg("feed-lock", 1) != 0));
}
else if (mode == "soak")
{
    await Soak.RunAsync(new Soak.Options(Arg("clients", 10_000), Arg("events", 1_000_000), TimeSpan.FromMinutes(Arg("minutes", 10)), Arg("rate", 20), output));
}
else if (mode == "dashboard")
{
    await DashboardTiming.RunAsync(new DashboardTiming.Options(Arg("clients", 10_000), Arg("events", 1_000_000), Arg("runs", 3), output, Text("suffix", "")));
}
else
{
    await Benchmark.RunAsync(new Benchmark.Options(Arg("clients", 10_000), Arg("events", 1_000_000), Arg("runs", 3), Arg("connections", 16), Arg("threads", 2),
        TimeSpan.FromSeconds(Arg("seconds", 15)), Arg("import-rows", 100_000), output, Text("suffix", "")));
}
