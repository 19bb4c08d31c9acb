using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Catalog.Loading;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tenants;

/// <summary>
/// All tenants under a <c>tenants/</c> folder, one sub-folder each with <c>tenant.yaml</c> and <c>catalog.yaml</c>.
/// A broken tenant is reported in <see cref="Failures"/> and never stops the others from loading.
/// </summary>
public sealed class TenantDirectory
{
    /// <summary>File name of a tenant's configuration.</summary>
    public const string TenantFileName = "tenant.yaml";

    /// <summary>File name of a tenant's facet catalog.</summary>
    public const string CatalogFileName = "catalog.yaml";

    private readonly Dictionary<string, Tenant> _tenants;

    private TenantDirectory(string root, IReadOnlyList<Tenant> tenants, IReadOnlyList<TenantLoadFailure> failures)
    {
        Root = root;
        Tenants = tenants;
        Failures = failures;
        _tenants = tenants.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>The folder the tenants were loaded from.</summary>
    public string Root { get; }

    /// <summary>Tenants that loaded, by id.</summary>
    public IReadOnlyList<Tenant> Tenants { get; }

    /// <summary>Tenants that did not load, with their problems.</summary>
    public IReadOnlyList<TenantLoadFailure> Failures { get; }

    /// <summary>Loads every tenant folder under <paramref name="root"/>.</summary>
    public static TenantDirectory Load(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new Hosting.RepositoryFolderNotFoundException("tenants", root);
        }

        var loaded = new List<Tenant>();
        var failures = new List<TenantLoadFailure>();
        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(folder);
            try
            {
                loaded.Add(LoadTenant(id, folder));
            }
            catch (ConfigurationException ex)
            {
                failures.Add(new TenantLoadFailure(id, ex.Issues));
            }
        }

        var accepted = RejectSharedUsers(loaded, failures);
        return new TenantDirectory(root, accepted, failures);
    }

    /// <summary>The tenant with this id; a clear error names the known tenants otherwise.</summary>
    public Tenant Get(string tenantId)
    {
        if (_tenants.TryGetValue(tenantId, out var tenant))
        {
            return tenant;
        }

        var failure = Failures.FirstOrDefault(f => f.TenantId == tenantId);
        if (failure is not null)
        {
            throw new UnknownTenantException(tenantId, failure.ToString());
        }

        var known = string.Join(", ", _tenants.Keys.Order(StringComparer.Ordinal));
        var hint = EditDistance.Suggest(tenantId, _tenants.Keys) is { } close ? $" Did you mean '{close}'?" : "";
        throw new UnknownTenantException(tenantId, $"unknown tenant '{tenantId}'; known tenants: {known}.{hint}");
    }

    /// <summary>The tenant with this id, or null.</summary>
    public Tenant? Find(string tenantId) => _tenants.GetValueOrDefault(tenantId);

    private static Tenant LoadTenant(string id, string folder)
    {
        var tenantFile = Path.Combine(folder, TenantFileName);
        var catalogFile = Path.Combine(folder, CatalogFileName);
        var issues = new List<ConfigurationIssue>();
        TenantConfig? config = null;
        FacetCatalog? catalog = null;
        try
        {
            config = TenantConfigParser.Parse(id, tenantFile, ReadFile(tenantFile));
        }
        catch (ConfigurationException ex)
        {
            issues.AddRange(ex.Issues);
        }

        try
        {
            catalog = FacetCatalogParser.Parse(id, catalogFile, ReadFile(catalogFile));
        }
        catch (ConfigurationException ex)
        {
            issues.AddRange(ex.Issues);
        }

        if (config is not null && catalog is not null)
        {
            var tenant = new Tenant(config, catalog, folder);
            issues.AddRange(CheckAgainstCatalog(tenant, tenantFile));
            if (issues.Count == 0)
            {
                return tenant;
            }
        }

        throw new ConfigurationException(issues);
    }

    private static string ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException(new ConfigurationIssue(path, 0, 0, "", "file is missing"));
        }

        return File.ReadAllText(path);
    }

    private static List<ConfigurationIssue> CheckAgainstCatalog(Tenant tenant, string tenantFile)
    {
        var issues = new List<ConfigurationIssue>();
        foreach (var facetId in tenant.Config.AllowedFacets.Concat(tenant.Config.RestrictedFacets))
        {
            if (tenant.Catalog.Find(facetId) is null)
            {
                issues.Add(new ConfigurationIssue(tenantFile, 0, 0, "facets", $"facet '{facetId}' is not in the catalog"));
            }
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var index = 0; index < tenant.Config.Vocabulary.Count; index++)
        {
            var entry = tenant.Config.Vocabulary[index];

            // The entry's window_days is the window its condition is used with ('within' needs one to be valid).
            var condition = entry.WindowDays is { } days ? entry.Condition with { Window = TimeWindow.Trailing(days, today) } : entry.Condition;
            var definition = new SegmentDefinition { Root = condition };
            try
            {
                SegmentValidator.Validate(definition, tenant);
            }
            catch (SegmentValidationException ex)
            {
                issues.AddRange(ex.Issues.Select(i =>
                    new ConfigurationIssue(tenantFile, entry.Line, 0, VocabularyField(index, i.Path), $"'{entry.Phrase}': {i.Message}")));
            }
        }

        for (var index = 0; index < tenant.Config.VagueTerms.Count; index++)
        {
            var term = tenant.Config.VagueTerms[index];
            foreach (var option in term.Options.Where(o => o.Condition is not null))
            {
                var condition = option.WindowDays is { } days ? option.Condition! with { Window = TimeWindow.Trailing(days, today) } : option.Condition!;
                try
                {
                    SegmentValidator.Validate(new SegmentDefinition { Root = condition }, tenant);
                }
                catch (SegmentValidationException ex)
                {
                    var field = $"vague_terms[{index}].options[{option.Id}].condition";
                    issues.AddRange(ex.Issues.Select(i => new ConfigurationIssue(tenantFile, term.Line, 0, field, $"'{option.Label}': {i.Message}")));
                }
            }
        }

        return issues;
    }

    // Validator paths start with the condition id ("C1.values[0]"); in the file the condition sits under its entry.
    private static string VocabularyField(int index, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? $"vocabulary[{index}].condition" : $"vocabulary[{index}].condition.{path[(dot + 1)..]}";
    }

    private static List<Tenant> RejectSharedUsers(List<Tenant> loaded, List<TenantLoadFailure> failures)
    {
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        var accepted = new List<Tenant>();
        foreach (var tenant in loaded)
        {
            var clashes = tenant.Config.Users
                .Select((u, index) => (User: u, Index: index))
                .Where(x => owner.ContainsKey(x.User.Id))
                .Select(x => new ConfigurationIssue(Path.Combine(tenant.Folder, TenantFileName), x.User.Line, 0, $"users[{x.Index}].id",
                    $"user '{x.User.Id}' is already enrolled in tenant '{owner[x.User.Id]}'; a user belongs to exactly one tenant"))
                .ToList();
            if (clashes.Count > 0)
            {
                failures.Add(new TenantLoadFailure(tenant.Id, clashes));
                continue;
            }

            foreach (var user in tenant.Config.Users)
            {
                owner[user.Id] = tenant.Id;
            }

            accepted.Add(tenant);
        }

        return accepted;
    }
}
