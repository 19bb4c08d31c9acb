using System.Reflection;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Host.Tests.Architecture;

/// <summary>Contracts stand apart from implementations: what the stores implement does not pull in the engine.</summary>
public sealed class AssemblyBoundaryTests
{
    [Fact]
    public void The_contracts_reference_nothing_but_the_runtime()
    {
        var references = Names(typeof(SegmentDefinition).Assembly);

        Assert.All(references, r => Assert.True(r.StartsWith("System", StringComparison.Ordinal) || r == "netstandard", $"Agent.Abstractions references {r}"));
    }

    [Fact]
    public void The_memory_stores_build_on_the_contracts_not_on_the_engine_or_its_infrastructure()
    {
        var references = Names(typeof(MemoryServiceCollectionExtensions).Assembly);

        Assert.Contains("Agent.Abstractions", references);
        Assert.DoesNotContain(references, r => r == typeof(RepositoryLayout).Assembly.GetName().Name
            || r.StartsWith("DuckDB", StringComparison.Ordinal) || r.StartsWith("Microsoft.ML", StringComparison.Ordinal)
            || r.StartsWith("OpenAI", StringComparison.Ordinal) || r.StartsWith("Qdrant", StringComparison.Ordinal));
    }

    private static List<string> Names(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
}
