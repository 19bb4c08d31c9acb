using System.CommandLine;
using SegmentAI.Skills.Configuration;

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

        var validate = new Command("validate", "Load every tenant and print each problem with file, line and field; exit 1 if any.");
        validate.SetAction((_, cancellationToken) => CommandRunner.RunAsync(_ =>
        {
            var directory = CommandContext.Discover().Tenants;
            foreach (var tenant in directory.Tenants)
            {
                Console.Out.WriteLine($"ok      {tenant.Id}");
            }

            foreach (var issue in directory.Failures.SelectMany(f => f.Issues))
            {
                Console.Error.WriteLine($"error: {issue}");
            }

            return Task.FromResult(directory.Failures.Count == 0 ? 0 : CommandRunner.Failed);
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
