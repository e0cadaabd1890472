using Segmentation.TestSupport;

[assembly: AssemblyFixture(typeof(PostgresFixture))]
