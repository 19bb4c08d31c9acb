using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Tests.SkillSystem;

namespace SegmentAI.Skills.Tests.Handlers;

/// <summary>A repository whose skills are a copy a test may edit; tenants and data are the repository's own.</summary>
internal sealed class RepositoryCopy : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("repository-").FullName;

    /// <param name="copyTenants">True to copy the tenants too, so a test may edit them (<see cref="AppendToTenant"/>).</param>
    public RepositoryCopy(bool copyTenants = false)
    {
        Skills = new SkillsCopy();
        Directory.CreateSymbolicLink(Path.Combine(_root, "skills"), Skills.Root);
        var tenants = Path.Combine(RepositorySkills.RepositoryRoot, "tenants");
        if (copyTenants)
        {
            foreach (var file in Directory.EnumerateFiles(tenants, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(_root, "tenants", Path.GetRelativePath(tenants, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        else
        {
            Directory.CreateSymbolicLink(Path.Combine(_root, "tenants"), tenants);
        }

        Directory.CreateSymbolicLink(Path.Combine(_root, "data"), Path.Combine(RepositorySkills.RepositoryRoot, "data"));
    }

    public SkillsCopy Skills { get; }

    /// <summary>Adds <paramref name="yaml"/> at the end of a copied tenant's tenant.yaml.</summary>
    public void AppendToTenant(string tenantId, string yaml) =>
        File.AppendAllText(Path.Combine(_root, "tenants", tenantId, "tenant.yaml"), "\n" + yaml + "\n");

    public ServiceProvider Services(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["SegmentAI:RepositoryRoot"] = _root,

                // As in the engine fixture: a busy machine must not turn the vector search's budget into a lexical-only answer.
                ["SegmentAI:Retrieval:Retriever:VectorBudget"] = "00:00:30",
            }).Build());
        configure?.Invoke(services);
        services.AddOptions<SegmentAiOptions>().Configure(o => o.RepositoryRoot = _root);
        return services.AddSegmentSkills().BuildServiceProvider();
    }

    /// <summary>What a host does when it starts: every options validation registered to run on start.</summary>
    public void StartUp()
    {
        using var services = Services();
        services.GetRequiredService<IStartupValidator>().Validate();
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Skills.Dispose();
    }
}
