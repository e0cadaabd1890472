using Segmentation.Bench.Portfolio;
using Segmentation.TestSupport;

// Usage: dotnet run -c Release --project bench/portfolio [clients=10000] [events=1000000] [runs=5]
var clients = args.Length > 0 ? int.Parse(args[0]) : 10_000;
var events = args.Length > 1 ? int.Parse(args[1]) : 1_000_000;
var runs = args.Length > 2 ? int.Parse(args[2]) : 5;

// A scratch PostgreSQL (the test fixture: own server, temp data directory, migrated template), removed at the end.
await using var postgres = new PostgresFixture();
await postgres.InitializeAsync();
await PortfolioBenchmark.RunAsync(await postgres.CreateMigratedDatabaseAsync(), clients, events, runs);
