namespace SegmentAI.Host.Tests.CommandLine;

public sealed class TenantCommandTests
{
    [Fact]
    public async Task Validate_passes_for_the_repository_tenants()
    {
        var (exit, stdout, stderr) = await HostProcess.RunAsync("tenants", "validate");

        Assert.True(exit == 0, stderr);
        Assert.Contains("ok      acme-retail", stdout, StringComparison.Ordinal);
        Assert.Contains("ok      dealflow", stdout, StringComparison.Ordinal);
        Assert.Contains("ok      contoso-workforce", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_facets_marks_personal_data()
    {
        var (exit, stdout, _) = await HostProcess.RunAsync("catalog", "facets", "--tenant", "acme-retail");

        Assert.Equal(0, exit);
        Assert.Contains("[PII, restricted]", stdout.Split('\n').Single(l => l.StartsWith("email ", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
