using Xunit.Sdk;
using Xunit.v3;

namespace Segmentation.AppHost.Tests.Replicas;

/// <summary>Runs a class's tests in the order of their method names: the replica tests end with the one that
/// kills processes, after the others have used both gateways.</summary>
public sealed class ByMethodName : ITestCaseOrderer
{
    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : notnull, ITestCase =>
        testCases.OrderBy(t => t.TestMethod?.MethodName, StringComparer.Ordinal).ToList();
}
