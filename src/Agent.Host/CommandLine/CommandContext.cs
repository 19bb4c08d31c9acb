using System.Globalization;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Host.CommandLine;

/// <summary>What every command needs: where the repository is and its tenants.</summary>
internal sealed class CommandContext
{
    private TenantDirectory? _tenants;

    public CommandContext(RepositoryLayout layout)
    {
        Layout = layout;
    }

    public RepositoryLayout Layout { get; }

    public TenantDirectory Tenants => _tenants ??= TenantDirectory.Load(Layout.Tenants);

    public static CommandContext Discover() => new(RepositoryLayout.Discover());

    public Tenant Tenant(string id) => Tenants.Get(id);

    public Warehouse Warehouse(Tenant tenant, string? overridePath) =>
        global::SegmentAI.Skills.Warehouses.Warehouse.For(tenant, Layout.Root, overridePath);

    public static DateOnly? ParseDate(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CommandFailedException($"{option} '{text}' is not a date; use YYYY-MM-DD");
    }
}
