using SegmentAI.Skills.Library;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tests.Tenants;

namespace SegmentAI.Skills.Tests.Library;

/// <summary>The permission each library operation needs is checked at the operation, whoever calls it.</summary>
public sealed class AuthorizedSegmentLibraryTests
{
    private const string Tenant = "acme-retail";
    private const string Marketer = "marco.marketer@acme";
    private const string Viewer = "hannah.viewer@acme";

    private static readonly SegmentDefinition Ohio = new()
    {
        Root = new SegmentCondition { SourceText = "customers in Ohio", Facet = "state", Operator = ConditionOperator.In, Values = ["OH"] },
    };

    private readonly InMemorySegmentLibrary _store = new();
    private readonly PermissionChecker _permissions = new(RepositoryTenants.Directory);

    [Fact]
    public async Task A_viewer_can_read_the_library()
    {
        var saved = await As(Marketer).SaveAsync(Tenant, Marketer, "Q4 list", Ohio);
        var viewer = As(Viewer);

        Assert.Equal(saved.Id, (await viewer.GetAsync(Tenant, saved.Id))!.Id);
        Assert.Equal(saved.Id, (await viewer.FindByNameAsync(Tenant, "q4 list"))!.Id);
        Assert.Single(await viewer.ListAsync(Tenant));
        Assert.Single(await viewer.HistoryAsync(Tenant, saved.Id));
    }

    [Fact]
    public async Task A_viewer_can_neither_rename_copy_update_delete_nor_save()
    {
        var saved = await As(Marketer).SaveAsync(Tenant, Marketer, "Q4 list", Ohio);
        var viewer = As(Viewer);

        var refusals = new[]
        {
            await Assert.ThrowsAsync<SegmentLibraryException>(() => viewer.RenameAsync(Tenant, saved.Id, "Hacked", Viewer)),
            await Assert.ThrowsAsync<SegmentLibraryException>(() => viewer.DuplicateAsync(Tenant, saved.Id, "Viewer Copy 2", Viewer)),
            await Assert.ThrowsAsync<SegmentLibraryException>(() => viewer.UpdateAsync(Tenant, saved.Id, Ohio, Viewer)),
            await Assert.ThrowsAsync<SegmentLibraryException>(() => viewer.DeleteAsync(Tenant, saved.Id, Viewer)),
            await Assert.ThrowsAsync<SegmentLibraryException>(() => viewer.SaveAsync(Tenant, Viewer, "Mine", Ohio)),
        };

        Assert.All(refusals, r => Assert.Equal(SegmentLibraryFailure.Forbidden, r.Failure));
        Assert.Contains("Viewers can look at segments but not edit them", refusals[0].Message, StringComparison.Ordinal);
        var untouched = await _store.GetAsync(Tenant, saved.Id);
        Assert.Equal(("Q4 list", 1), (untouched!.Name, untouched.Version));
        Assert.Single(await _store.ListAsync(Tenant));
    }

    [Fact]
    public async Task A_marketer_change_is_recorded_as_theirs()
    {
        var marketer = As(Marketer);
        var saved = await marketer.SaveAsync(Tenant, Marketer, "Q4 list", Ohio);

        var renamed = await marketer.RenameAsync(Tenant, saved.Id, "Q4 Ohio", Marketer);

        Assert.Equal(Marketer, renamed.ChangedBy);
        Assert.Equal([Marketer, Marketer], (await _store.HistoryAsync(Tenant, saved.Id)).Select(v => v.ChangedBy));
    }

    [Fact]
    public async Task A_change_cannot_be_made_in_someone_elses_name()
    {
        var saved = await As(Marketer).SaveAsync(Tenant, Marketer, "Q4 list", Ohio);

        var refusal = await Assert.ThrowsAsync<SegmentLibraryException>(() => As(Marketer).RenameAsync(Tenant, saved.Id, "Q4 Ohio", "priya.marketer@acme"));

        Assert.Equal(SegmentLibraryFailure.Forbidden, refusal.Failure);
    }

    [Fact]
    public async Task Another_tenants_library_is_out_of_reach()
    {
        var saved = await _store.SaveAsync("dealflow", "lena.lifecycle@dealflow", "Founders", Ohio);

        var refusal = await Assert.ThrowsAsync<SegmentLibraryException>(() => As(Marketer).GetAsync("dealflow", saved.Id));

        Assert.Equal(SegmentLibraryFailure.Forbidden, refusal.Failure);
    }

    private AuthorizedSegmentLibrary As(string userId) =>
        new(_store, _permissions, RepositoryTenants.Directory.Get(Tenant).Config, userId, trustUnknownUsers: false);
}
