using System.Diagnostics;
using Dapper;
using Google.Protobuf;
using Npgsql;
using Segmentation.Bench.Import;
using Segmentation.Events;
using Segmentation.Events.V1;
using Segmentation.Migrator;
using Segmentation.Requirements;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;
using Segmentation.TestSupport.InMemory;
using Segmentation.ServiceDefaults.Hosting;

// Times the gRPC import of a generated register against `psql \copy` of the same file.
// WebApplicationFactory finds the services' content roots through a manifest in the output folder.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var rows = args.SkipWhile(a => a != "--rows").Skip(1).Select(int.Parse).DefaultIfEmpty(100_000).First();
const int clientCount = 400;

await using var server = await PostgresServer.StartAsync();
var connectionString = server.ConnectionString("bench");
await using (var admin = new NpgsqlConnection(server.ConnectionString()))
    await admin.ExecuteAsync("CREATE DATABASE bench");
var migrated = new MigrationRunner(connectionString, new DbUp.Engine.Output.NoOpUpgradeLog()).Up();
if (!migrated.Successful) throw new InvalidOperationException("Migration failed.", migrated.Error);

var clients = RegisterGenerator.ClientNames(clientCount);
await using (var connection = new NpgsqlConnection(connectionString))
{
    await connection.ExecuteAsync("INSERT INTO nps_clients (client_name, segment, cse) SELECT unnest(@clients), 'Maintain', 'Bench'", new { clients });
    await connection.ExecuteAsync("CREATE TABLE import_scratch (client text, event text, date text, completed text, notes text)");
}

var file = Path.Combine(Path.GetTempPath(), $"events-{rows}.csv");
var generate = Stopwatch.StartNew();
RegisterGenerator.Write(file, rows, clients);
Console.WriteLine($"generated {rows:N0} rows ({new FileInfo(file).Length / 1024.0 / 1024.0:F1} MB) in {generate.Elapsed.TotalSeconds:F2} s: {file}");

await using var system = InMemorySystem.On(connectionString)
    .Add<RequirementsServiceMarker, RequirementsService.RequirementsServiceClient>()
    .Add<EventsServiceMarker, EventsService.EventsServiceClient>()
    .Build();
var client = system.GrpcClient<EventsService.EventsServiceClient>(TestAuth.Admin);
var content = ByteString.CopyFrom(await File.ReadAllBytesAsync(file));

// Warm-up (JIT, pools) with dry runs, which write nothing; the last one is timed too.
var dry = Stopwatch.StartNew();
for (var i = 0; i < 2; i++)
{
    dry.Restart();
    await client.ImportEventsAsync(new ImportEventsRequest { Format = ImportEventsRequest.Types.Format.Csv, Content = content, DryRun = true });
}
dry.Stop();

var grpc = Stopwatch.StartNew();
var response = await client.ImportEventsAsync(new ImportEventsRequest { Format = ImportEventsRequest.Types.Format.Csv, Content = content });
grpc.Stop();
if (response.Inserted != rows) throw new InvalidOperationException($"Imported {response.Inserted} of {rows} rows ({response.Rejected.Count} rejected).");

var psql = Path.Combine(PostgresBinaries.Directory(), "psql");
var copy = Stopwatch.StartNew();
using (var process = Process.Start(new ProcessStartInfo(psql,
    ["-h", "127.0.0.1", "-p", server.Port.ToString(), "-U", "postgres", "-d", "bench", "-v", "ON_ERROR_STOP=1",
     "-c", $"\\copy import_scratch FROM '{file}' WITH (FORMAT csv, HEADER true)"]) { RedirectStandardOutput = true })!)
{
    await process.WaitForExitAsync();
    if (process.ExitCode != 0) throw new InvalidOperationException("psql \\copy failed.");
}
copy.Stop();

Console.WriteLine($"gRPC ImportEvents : {rows:N0} rows in {grpc.Elapsed.TotalSeconds,6:F2} s = {rows / grpc.Elapsed.TotalSeconds,10:N0} rows/s (validated, resolved, inserted with change feed, one transaction)");
Console.WriteLine($"gRPC dry run      : {rows:N0} rows in {dry.Elapsed.TotalSeconds,6:F2} s = {rows / dry.Elapsed.TotalSeconds,10:N0} rows/s (everything but the insert)");
Console.WriteLine($"psql \\copy        : {rows:N0} rows in {copy.Elapsed.TotalSeconds,6:F2} s = {rows / copy.Elapsed.TotalSeconds,10:N0} rows/s (raw text into a scratch table, no checks)");
File.Delete(file);
