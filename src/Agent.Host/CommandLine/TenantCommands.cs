using System.CommandLine;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Host.CommandLine;

/// <summary><c>tenants list</c>, <c>tenants validate</c> and <c>catalog facets</c>.</summary>
internal static class TenantCommands
{
    public static Command BuildTenants()
    {
        var tenants = new Command("tenants", "Inspect configured tenants.");
        var list = new Command("list", "List tenants and whether they loaded.");
        list.SetAction((_, cancellationToken) => CommandRunner.RunAsync(_ =>
        {
            var directory = CommandContext.Discover().Tenants;
            foreach (var tenant in directory.Tenants)
            {
                Console.Out.WriteLine($"{tenant.Id,-20} {tenant.Config.DisplayName,-24} {tenant.Catalog.Facets.Count,3} facets  {tenant.Config.Users.Count,2} users  {tenant.Config.Entity.Noun}");
            }

            foreach (var failure in directory.Failures)
            {
                Console.Out.WriteLine($"{failure.TenantId,-20} FAILED: {failure.Issues.Count} problem(s); run 'tenants validate'");
            }

            return Task.FromResult(0);
        }, cancellationToken));

        var validate = new Command("validate", "Load every tenant and skill, print each problem with file, line and field; exit 1 if any.");
        validate.SetAction((_, cancellationToken) => CommandRunner.RunAsync(_ =>
        {
            var context = CommandContext.Discover();
            var directory = context.Tenants;
            var skills = SkillLoader.Load(context.Layout.Skills);
            var registry = new SkillRegistry(skills, SkillManifest.Load(Path.Combine(context.Layout.Skills, SkillManifest.FileName)));
            var problems = directory.Failures.SelectMany(f => f.Issues).Select(i => i.ToString())
                .Concat(skills.Failures.SelectMany(f => f.Issues).Select(i => i.ToString()))
                .ToList();
            foreach (var tenant in directory.Tenants)
            {
                var tenantProblems = registry.Check(tenant.Config);
                problems.AddRange(tenantProblems);
                if (tenantProblems.Count == 0)
                {
                    Console.Out.WriteLine($"ok      {tenant.Id}");
                }
            }

            Console.Out.WriteLine($"skills  {skills.Skills.Count} loaded ({string.Join(", ", registry.ActiveSkills().Select(s => s.Label))})");
            foreach (var problem in problems)
            {
                Console.Error.WriteLine($"error: {problem}");
            }

            return Task.FromResult(problems.Count == 0 ? 0 : CommandRunner.Failed);
        }, cancellationToken));

        tenants.Subcommands.Add(list);
        tenants.Subcommands.Add(validate);
        return tenants;
    }

    public static Command BuildCatalog()
    {
        var catalog = new Command("catalog", "Inspect a tenant's facet catalog.");
        var tenantOption = CommonOptions.Tenant();
        var category = new Option<string?>("--category") { Description = "Only facets of this category." };
        var facets = new Command("facets", "List facets: id, type, kind, operators, category.") { tenantOption, category };
        facets.SetAction((result, cancellationToken) => CommandRunner.RunAsync(_ =>
        {
            var tenant = CommandContext.Discover().Tenant(result.GetValue(tenantOption)!);
            var only = result.GetValue(category);
            foreach (var facet in tenant.Catalog.Facets.Where(f => only is null || string.Equals(f.Category, only, StringComparison.OrdinalIgnoreCase)))
            {
                var status = tenant.WhyFacetIsUnusable(facet) is null ? "" : facet.Pii ? "  [PII, restricted]" : "  [restricted]";
                var operators = string.Join(",", facet.Operators.Select(o => SnakeCase.From(o.ToString())));
                Console.Out.WriteLine($"{facet.Id,-28} {SnakeCase.From(facet.Type.ToString()),-8} {SnakeCase.From(facet.Kind.ToString()),-9} {operators,-32} {facet.Category}{status}");
            }

            return Task.FromResult(0);
        }, cancellationToken));
        catalog.Subcommands.Add(facets);
        return catalog;
    }
}
