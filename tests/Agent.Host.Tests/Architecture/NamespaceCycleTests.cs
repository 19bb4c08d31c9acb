using System.Text;
using SegmentAI.Evals.Gates;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Host.Tests.Architecture;

public sealed class NamespaceCycleTests
{
    [Fact]
    public void No_namespace_of_the_product_depends_on_itself_through_another()
    {
        var graph = NamespaceDependencies.Scan(
            "SegmentAI.",
            typeof(SegmentDefinition).Assembly,
            typeof(RepositoryLayout).Assembly,
            typeof(MemoryServiceCollectionExtensions).Assembly,
            typeof(EvalGate).Assembly,
            typeof(AgentServices).Assembly);

        var cycles = graph.Cycles();

        Assert.True(cycles.Count == 0, Describe(graph, cycles));
    }

    [Fact]
    public void The_scan_sees_dependencies_inside_method_bodies()
    {
        var graph = NamespaceDependencies.Scan("SegmentAI.", typeof(NamespaceCycleTests).Assembly);

        Assert.Contains("SegmentAI.Host.Tests.Architecture", graph.Edges.Keys);
        Assert.Contains("SegmentAI.Evals.Gates", graph.Edges["SegmentAI.Host.Tests.Architecture"].Keys);
    }

    private static string Describe(NamespaceDependencies graph, IReadOnlyList<IReadOnlyList<string>> cycles)
    {
        var text = new StringBuilder();
        foreach (var cycle in cycles)
        {
            text.AppendLine($"Cycle of {cycle.Count} namespaces:");
            foreach (var from in cycle)
            {
                foreach (var (to, example) in graph.Edges[from].Where(edge => cycle.Contains(edge.Key)))
                {
                    text.AppendLine($"  {from} -> {to}   ({example.From} uses {example.To})");
                }
            }
        }

        return text.ToString();
    }
}
