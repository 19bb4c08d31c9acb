using System.Globalization;
using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Host.CommandLine;

/// <summary>What every command needs: where the repository is and its tenants.</summary>
internal sealed class CommandContext
{
    private readonly string _tenantsFolder;
    private TenantDirectory? _tenants;

    public CommandContext(RepositoryLayout layout, string tenantsFolder)
    {
        Layout = layout;
        _tenantsFolder = tenantsFolder;
    }

    public RepositoryLayout Layout { get; }

    public TenantDirectory Tenants => _tenants ??= TenantDirectory.Load(_tenantsFolder);

    /// <summary>
    /// The layout the web host and <c>chat</c> would use: <c>SegmentAI:RepositoryRoot</c> and
    /// <c>SegmentAI:TenantsDirectory</c> from the environment (<c>SegmentAI__RepositoryRoot</c>), else discovered.
    /// </summary>
    public static CommandContext Discover()
    {
        var options = new ConfigurationBuilder().AddEnvironmentVariables().Build()
            .GetSection(SegmentAiOptions.SectionName).Get<SegmentAiOptions>() ?? new SegmentAiOptions();
        var layout = options.Layout();
        return new(layout, options.TenantsFolder(layout));
    }

    public Tenant Tenant(string id) => Tenants.Get(id);

    /// <summary>Prepares definitions to run on a warehouse as of a date, the same way the web host does.</summary>
    public SegmentRunner Runner => new(Layout, TimeProvider.System);

    public static DateOnly? ParseDate(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new CommandFailedException($"{option} '{text}' is not a date; use YYYY-MM-DD");
        }

        return SupportedDates.Contains(date)
            ? date
            : throw new CommandFailedException($"{option} {text} is outside the dates SegmentAI works with; use a date between {SupportedDates.Range}");
    }
}
